package org.radkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.radkg.query.EntityNames;
import org.radkg.query.PrebuiltQuery;
import org.radkg.query.QueryCatalog;
import org.radkg.query.QueryParameter;
import org.radkg.query.QueryRunner;
import org.radkg.store.StoreBuilder;
import org.radkg.store.StoreInUseException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code radkg query}: runs a prebuilt query (or a .rq file) against the store or a SPARQL
 * endpoint.
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Run a prebuilt query of queries/ (or a .rq file) against the local store or a SPARQL endpoint.",
      "Parameters are bound as RDF terms of their declared type, never pasted into the query text.",
      "An IRI parameter may be given as a name, acronym or other name (organization=ESR); a name that stands for",
      "several entities lists them (exit 2). While ./radkg serve holds the store, the query is sent to that server."
    },
    footer = {
      "",
      "Examples:",
      "  ./radkg query --list",
      "  ./radkg query who-funds-what",
      "  ./radkg query partners-of-organization --param organization=ESR --format csv",
      "  ./radkg query coalition-members --endpoint http://localhost:3030/sparql"
    })
final class QueryCommand implements Callable<Integer> {
  // "https://…", "urn:…": a value with a scheme is an IRI; anything else is a name to look up.
  private static final Pattern ABSOLUTE_IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "NAME",
      description = "A prebuilt query name (see --list) or the path of a .rq file.")
  String name;

  @Option(names = "--list", description = "List the prebuilt queries with their parameters.")
  boolean list;

  @Option(
      names = "--param",
      paramLabel = "KEY=VALUE",
      description = "A parameter value (repeatable).")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv, tsv or json. Default: ${DEFAULT-VALUE}")
  QueryRunner.Format format;

  @Mixin QueriesOption queries;
  @Mixin TimeoutOption timeout = new TimeoutOption(60);

  @ArgGroup(exclusive = true)
  StoreOrEndpoint target = new StoreOrEndpoint();

  @Override
  public Integer call() throws Exception {
    QueryCatalog catalog = queries.catalog();
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      for (PrebuiltQuery q : catalog.all()) {
        out.printf("%-32s %s%n", q.name(), q.title());
        for (QueryParameter p : q.parameters()) {
          out.printf(
              "%-32s   --param %s=... (%s, default %s)%n",
              "", p.name(), p.type(), p.defaultValue());
        }
      }
      return ExitCode.OK.code();
    }
    if (name == null) {
      throw new BadInputException(
          "name a query (./radkg query --list shows them) or give a .rq file");
    }
    PrebuiltQuery query = resolve(catalog);
    String endpoint = target.endpoint;
    Dataset ds = null;
    if (endpoint == null) {
      Path dir = target.existingStore();
      try {
        ds = StoreBuilder.open(dir);
      } catch (StoreInUseException e) {
        endpoint = RunningServer.askInstead(dir, e, spec.commandLine().getErr());
      }
    }
    Map<String, Node> bindings;
    try {
      bindings = QueryRunner.bindings(query, named(query, ds, endpoint));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    OutputStream stdout = new CommandOutputStream(out);
    if (ds == null) {
      QueryRunner.run(endpoint, query, bindings, timeout.duration(), format, stdout);
    } else {
      QueryRunner.run(ds, query, bindings, timeout.duration(), format, stdout);
    }
    stdout.close();
    return ExitCode.OK.code();
  }

  /**
   * The parameters with every IRI parameter given as a name ("ESR", "European Society of
   * Radiology") replaced by the IRI of the one entity of that name.
   */
  private Map<String, String> named(PrebuiltQuery query, Dataset ds, String endpoint)
      throws BadInputException, AmbiguousNameException {
    Map<String, String> out = new LinkedHashMap<>(params);
    for (QueryParameter p : query.parameters()) {
      String value = params.get(p.name());
      if (p.type() != QueryParameter.Type.IRI
          || value == null
          || ABSOLUTE_IRI.matcher(value).find()) {
        continue;
      }
      List<EntityNames.Candidate> found =
          ds != null
              ? EntityNames.lookup(ds, value, timeout.duration())
              : EntityNames.lookup(endpoint, value, timeout.duration());
      if (found.isEmpty()) {
        throw new BadInputException(
            "--param "
                + p.name()
                + "="
                + value
                + ": no entity has that name, acronym or other name; give its IRI, or find it with"
                + " the server's search (/search?q=)");
      }
      if (found.size() > 1) {
        StringBuilder list = new StringBuilder();
        for (EntityNames.Candidate c : found) {
          list.append("\n  ").append(c.iri().getURI()).append("  ").append(c.label());
        }
        throw new AmbiguousNameException(
            "--param "
                + p.name()
                + "="
                + value
                + ": that name stands for "
                + found.size()
                + " entities; give the IRI of one:"
                + list);
      }
      out.put(p.name(), found.get(0).iri().getURI());
    }
    return out;
  }

  private PrebuiltQuery resolve(QueryCatalog catalog) throws BadInputException, IOException {
    if (name.endsWith(".rq")) {
      Path file = Path.of(name);
      if (!Files.isRegularFile(file)) {
        throw new BadInputException(file + ": no such query file");
      }
      try {
        return QueryCatalog.readFile(file);
      } catch (IllegalArgumentException e) {
        throw new BadInputException(e.getMessage());
      }
    }
    return catalog
        .find(name)
        .orElseThrow(
            () ->
                new BadInputException(
                    "no prebuilt query '" + name + "' (./radkg query --list shows them)"));
  }
}
