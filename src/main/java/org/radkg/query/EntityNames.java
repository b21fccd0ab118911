package org.radkg.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Finds the entities a name, an acronym or another name stands for ("ESR", "European Society of
 * Radiology", case aside), so that a query's IRI parameter may be given the way people name things;
 * the name is bound into the lookup as a literal, never pasted into it.
 */
public final class EntityNames {
  private static final int MAX_CANDIDATES = 20;
  private static final String LOOKUP =
      """
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX rkg:  <https://w3id.org/radkg/ontology#>
      SELECT ?e (SAMPLE(?l) AS ?label) WHERE {
        { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } UNION { ?e rkg:acronym ?n }
        FILTER(LCASE(STR(?n)) = LCASE(STR(?name)))
        # Not a term of the ontology, which the store serves too: each one rdfs:isDefinedBy its vocabulary.
        FILTER NOT EXISTS { ?e rdfs:isDefinedBy ?vocabulary }
        ?e rdfs:label ?l
      } GROUP BY ?e ORDER BY ?e LIMIT %d
      """
          .formatted(MAX_CANDIDATES);

  /**
   * One entity a name may stand for.
   *
   * @param iri the entity
   * @param label its label
   */
  public record Candidate(Node iri, String label) {}

  private EntityNames() {}

  /** The entities of a local store named {@code name}. */
  public static List<Candidate> lookup(Dataset dataset, String name, Duration timeout) {
    Model terms = ModelFactory.createDefaultModel();
    return Txn.calculateRead(
        dataset,
        () -> {
          try (QueryExecution qe =
              QueryExecution.dataset(dataset)
                  .query(LOOKUP)
                  .substitution("name", terms.createLiteral(name))
                  .set(TDB2.symUnionDefaultGraph, QueryRunner.unionDefault(dataset))
                  .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                  .build()) {
            return candidates(qe);
          }
        });
  }

  /** The entities a SPARQL endpoint knows by {@code name}. */
  public static List<Candidate> lookup(String endpoint, String name, Duration timeout) {
    Model terms = ModelFactory.createDefaultModel();
    try (QueryExecution qe =
        QueryExecutionHTTP.service(endpoint)
            .query(LOOKUP)
            .substitution("name", terms.createLiteral(name))
            .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .build()) {
      return candidates(qe);
    }
  }

  private static List<Candidate> candidates(QueryExecution qe) {
    List<Candidate> out = new ArrayList<>();
    var rs = qe.execSelect();
    while (rs.hasNext()) {
      var row = rs.next();
      out.add(
          new Candidate(
              row.getResource("e").asNode(),
              row.contains("label") ? row.getLiteral("label").getLexicalForm() : ""));
    }
    return out;
  }
}
