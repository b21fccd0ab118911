package org.radkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;

/**
 * The counts {@code stats} shows of a built graph: entities by type, articles by society and topic,
 * dates, facts.
 */
public final class GraphStatistics {
  /** One row of a section: what is counted and how many there are. */
  public record Count(String key, int n) {}

  private static final String PREFIXES =
      """
      PREFIX rkg: <https://w3id.org/radkg/ontology#>
      PREFIX schema: <https://schema.org/>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      """;

  private static final Map<String, String> SECTIONS = sections();

  private GraphStatistics() {}

  private static Map<String, String> sections() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put(
        "Entities by type",
        "SELECT ?key (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a ?t } FILTER(?g != <https://w3id.org/radkg/ontology>) BIND(REPLACE(STR(?t), '^.*[/#]', '') AS ?key) } GROUP BY ?key ORDER BY DESC(?n) ?key");
    s.put(
        "Articles by society",
        "SELECT ?key (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?a rkg:reportedBy ?s } GRAPH ?g { ?s rdfs:label ?key } } GROUP BY ?key ORDER BY DESC(?n) ?key");
    s.put(
        "Articles by topic",
        "SELECT ?key (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?a schema:about ?t . ?t rdfs:label ?key } } GROUP BY ?key ORDER BY DESC(?n) ?key");
    s.put(
        "Articles by edition",
        "SELECT ?key (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?a <https://schema.org/isPartOf> ?e . ?e <https://schema.org/name> ?key } } GROUP BY ?key ORDER BY ?key");
    s.put(
        "Articles by year published",
        "SELECT ?key (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?a schema:datePublished ?d } BIND(SUBSTR(STR(?d), 1, 4) AS ?key) } GROUP BY ?key ORDER BY ?key");
    s.put(
        "Start dates by year",
        "SELECT ?key (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?x ?d WHERE { GRAPH ?g { ?x schema:startDate ?d } } } GROUP BY (SUBSTR(STR(?d), 1, 4) AS ?key) ORDER BY ?key");
    s.put(
        "Facts by relation",
        "SELECT ?key (COUNT(DISTINCT ?st) AS ?n) WHERE { GRAPH ?g { ?st rkg:evidence ?ev ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ?p } BIND(REPLACE(STR(?p), '^.*[/#]', '') AS ?key) } GROUP BY ?key ORDER BY DESC(?n)");
    return s;
  }

  /** Every section of {@code ds}, in the order {@code stats} prints them, each with its rows. */
  public static Map<String, List<Count>> of(Dataset ds) {
    Map<String, List<Count>> out = new LinkedHashMap<>();
    Txn.executeRead(ds, () -> SECTIONS.forEach((title, query) -> out.put(title, rows(ds, query))));
    return out;
  }

  private static List<Count> rows(Dataset ds, String query) {
    List<Count> rows = new ArrayList<>();
    try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
      ResultSet rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        rows.add(
            new Count(s.get("key").toString().replaceAll("@en$", ""), s.getLiteral("n").getInt()));
      }
    }
    return rows;
  }
}
