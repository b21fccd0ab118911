package org.radkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.radkg.store.StoreBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code radkg stats}: counts of the built graph by type, society, topic and year. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Counts of the built graph: entities by type, articles by society, articles by topic, facts by year.",
    footer = {"", "Example:", "  ./radkg stats --store out"})
final class StatsCommand implements Callable<Integer> {
  private static final String PREFIXES =
      """
      PREFIX rkg: <https://w3id.org/radkg/ontology#>
      PREFIX schema: <https://schema.org/>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      """;

  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Override
  public Integer call() throws Exception {
    Dataset ds = StoreBuilder.open(store.existing());
    PrintWriter out = spec.commandLine().getOut();
    Txn.executeRead(
        ds,
        () -> {
          table(
              ds,
              out,
              "Entities by type",
              "SELECT ?key (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a ?t } BIND(REPLACE(STR(?t), '^.*[/#]', '') AS ?key) } GROUP BY ?key ORDER BY DESC(?n) ?key");
          table(
              ds,
              out,
              "Articles by society",
              "SELECT ?key (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?a rkg:reportedBy ?s } GRAPH ?g { ?s rdfs:label ?key } } GROUP BY ?key ORDER BY DESC(?n) ?key");
          table(
              ds,
              out,
              "Articles by topic",
              "SELECT ?key (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?a schema:about ?t . ?t rdfs:label ?key } } GROUP BY ?key ORDER BY DESC(?n) ?key");
          table(
              ds,
              out,
              "Start dates by year",
              "SELECT ?key (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?x ?d WHERE { GRAPH ?g { ?x schema:startDate ?d } } } GROUP BY (SUBSTR(STR(?d), 1, 4) AS ?key) ORDER BY ?key");
          table(
              ds,
              out,
              "Facts by relation",
              "SELECT ?key (COUNT(DISTINCT ?st) AS ?n) WHERE { GRAPH ?g { ?st rkg:evidence ?ev ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ?p } BIND(REPLACE(STR(?p), '^.*[/#]', '') AS ?key) } GROUP BY ?key ORDER BY DESC(?n)");
        });
    out.flush();
    return ExitCode.OK.code();
  }

  private static void table(Dataset ds, PrintWriter out, String title, String query) {
    out.println(title);
    try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        out.printf(
            "  %-55s %6d%n",
            s.get("key").toString().replaceAll("@en$", ""), s.getLiteral("n").getInt());
      }
    }
    out.println();
  }
}
