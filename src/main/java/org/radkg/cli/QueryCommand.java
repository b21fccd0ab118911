package org.radkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.radkg.query.PrebuiltQuery;
import org.radkg.query.QueryCatalog;
import org.radkg.query.QueryParameter;
import org.radkg.query.QueryRunner;
import org.radkg.store.StoreBuilder;
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
      "Parameters are bound as RDF terms of their declared type, never pasted into the query text."
    },
    footer = {
      "",
      "Examples:",
      "  ./radkg query --list",
      "  ./radkg query who-funds-what",
      "  ./radkg query partners-of-organization --param organization=https://w3id.org/radkg/id/organization/acr --format csv",
      "  ./radkg query coalition-members --endpoint http://localhost:3030/sparql"
    })
final class QueryCommand implements Callable<Integer> {
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
    Map<String, Node> bindings;
    try {
      bindings = QueryRunner.bindings(query, params);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    OutputStream stdout = new CommandOutputStream(out);
    if (target.endpoint != null) {
      QueryRunner.run(target.endpoint, query, bindings, timeout.duration(), format, stdout);
    } else {
      Dataset ds = StoreBuilder.open(target.existingStore());
      QueryRunner.run(ds, query, bindings, timeout.duration(), format, stdout);
    }
    stdout.close();
    return ExitCode.OK.code();
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
