package org.radkg.pages;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.jsoup.nodes.Element;

/**
 * The world map on an organization's page: the countries where it is, and where the initiatives and
 * events it takes part in are, shaded by how many of them each holds.
 */
final class OrganizationMap {
  private static final String QUERY =
      """
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX schema: <https://schema.org/>
      PREFIX rkg: <https://w3id.org/radkg/ontology#>
      SELECT ?c (SAMPLE(?label) AS ?name) (COUNT(DISTINCT ?x) AS ?n) WHERE {
        # rkg:participatesIn is materialized for every sub-property fact (leads, funds ...).
        { BIND(?org AS ?x) } UNION { ?org rkg:participatesIn ?x }
        { ?x schema:location ?c } UNION { ?x schema:location/schema:containedInPlace ?c }
        ?c a schema:Country ; rdfs:label ?label .
      } GROUP BY ?c
      """;

  private OrganizationMap() {}

  /** Appends the map section to {@code main}; nothing when no country is known. */
  static void append(Dataset ds, Node org, Element main, LinkMapper links) {
    Map<String, WorldMap.Activity> activity = new TreeMap<>();
    Txn.executeRead(
        ds,
        () -> {
          ParameterizedSparqlString q = new ParameterizedSparqlString(QUERY);
          q.setIri("org", org.getURI());
          try (QueryExecution qe = QueryExecution.dataset(ds).query(q.asQuery()).build()) {
            qe.execSelect()
                .forEachRemaining(
                    r ->
                        activity.put(
                            r.getLiteral("name").getString(),
                            new WorldMap.Activity(
                                r.getResource("c").getURI(), r.getLiteral("n").getLong())));
          }
        });
    if (activity.isEmpty()) {
      return;
    }
    Element section = main.appendElement("section").attr("id", "where");
    section.appendElement("h2").text("Where");
    WorldMap.get().draw(section, activity, links);
    section
        .appendElement("p")
        .addClass("count")
        .text(
            "Countries where it is, or where its initiatives and events are: "
                + String.join(", ", activity.keySet())
                + ".");
  }
}
