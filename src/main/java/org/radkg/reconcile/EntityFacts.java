package org.radkg.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * The values of the {@link EntityProperty properties} of one entity, read from the served graph
 * (its union of article graphs) by one query with the entity's IRI bound, never written into it.
 */
final class EntityFacts {
  /** One value: a string, or an entity with its name. */
  record Value(String str, String id, String name) {
    static Value string(String s) {
      return new Value(s, null, null);
    }
  }

  private static final String QUERY =
      """
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX owl: <http://www.w3.org/2002/07/owl#>
      PREFIX org: <http://www.w3.org/ns/org#>
      PREFIX schema: <https://schema.org/>
      PREFIX rkg: <https://w3id.org/radkg/ontology#>
      SELECT DISTINCT ?p ?v (MIN(STR(?label)) AS ?name) WHERE {
        {
          { ?e rkg:acronym ?v BIND("acronym" AS ?p) }
          UNION { ?e schema:location ?v BIND("location" AS ?p) }
          UNION { ?e schema:location ?v . ?v a schema:Country BIND("country" AS ?p) }
          UNION { ?e schema:location/schema:containedInPlace ?v . ?v a schema:Country
                  BIND("country" AS ?p) }
          UNION { ?e a schema:City ; schema:containedInPlace ?v . ?v a schema:Country
                  BIND("country" AS ?p) }
          UNION { ?e a schema:Country BIND(?e AS ?v) BIND("country" AS ?p) }
          UNION { ?e owl:sameAs ?v BIND("sameAs" AS ?p) }
          UNION { ?e org:memberOf ?v BIND("memberOf" AS ?p) }
          UNION { ?e rkg:leads ?v BIND("leads" AS ?p) }
          UNION { ?e rkg:partnersIn ?v BIND("partnersIn" AS ?p) }
          UNION { ?e schema:affiliation ?v BIND("affiliation" AS ?p) }
          UNION { ?e schema:startDate ?v BIND("startDate" AS ?p) }
          UNION { ?e a ?v BIND("type" AS ?p) }
        }
        OPTIONAL { ?v rdfs:label ?label }
      }
      GROUP BY ?p ?v
      ORDER BY ?p ?name ?v
      """;

  private static final String ARTICLES =
      """
      PREFIX schema: <https://schema.org/>
      SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a schema:mentions ?e }
      """;

  private EntityFacts() {}

  /**
   * Every property value of {@code iri}, keyed by property id in the order of {@link
   * EntityProperty#ALL}; {@code kinds} names the class IRIs people see.
   */
  static Map<String, List<Value>> of(Dataset dataset, String iri, Map<String, String> kinds) {
    Map<String, List<Value>> out = new LinkedHashMap<>();
    EntityProperty.ALL.forEach(p -> out.put(p.id(), new ArrayList<>()));
    Txn.executeRead(
        dataset,
        () -> {
          ParameterizedSparqlString q = new ParameterizedSparqlString(QUERY);
          q.setIri("e", iri);
          try (QueryExecution qe = QueryExecution.dataset(dataset).query(q.asQuery()).build()) {
            qe.execSelect().forEachRemaining(row -> add(row, out, kinds));
          }
          ParameterizedSparqlString n = new ParameterizedSparqlString(ARTICLES);
          n.setIri("e", iri);
          try (QueryExecution qe = QueryExecution.dataset(dataset).query(n.asQuery()).build()) {
            out.get("articles")
                .add(Value.string(qe.execSelect().next().getLiteral("n").getLexicalForm()));
          }
        });
    return out;
  }

  private static void add(
      QuerySolution row, Map<String, List<Value>> out, Map<String, String> kinds) {
    String p = row.getLiteral("p").getString();
    RDFNode v = row.get("v");
    String name = row.contains("name") ? row.getLiteral("name").getString() : null;
    switch (p) {
      case "sameAs" -> {
        String u = v.asResource().getURI();
        if (u.startsWith("http://www.wikidata.org/entity/")) {
          out.get("wikidata").add(Value.string(u.substring(u.lastIndexOf('/') + 1)));
        } else if (u.startsWith("https://ror.org/")) {
          out.get("ror").add(Value.string(u));
        } else if (u.contains("geonames.org/")) {
          out.get("geonames").add(Value.string(u.replaceAll("^.*geonames\\.org/(\\d+).*$", "$1")));
        }
      }
      case "type" -> {
        String kind = kinds.get(v.asResource().getURI());
        if (kind != null) {
          out.get("type").add(Value.string(kind));
        }
      }
      case "acronym", "startDate" -> out.get(p).add(Value.string(v.asLiteral().getLexicalForm()));
      default -> {
        if (v.isURIResource()) {
          String id = v.asResource().getURI();
          out.get(p).add(new Value(null, id, name != null ? name : id));
        }
      }
    }
  }
}
