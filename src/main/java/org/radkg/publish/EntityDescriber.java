package org.radkg.publish;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.radkg.vocab.Rkg;

/**
 * The description of one resource that its page and its RDF variants show, read in one query:
 * its own triples, the triples pointing at it, the evidence statements about them, and the labels
 * and headlines of everything linked, so that a client needs nothing else to display it.
 */
final class EntityDescriber {
  private static final String QUERY = """
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX schema: <https://schema.org/>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX rkg: <https://w3id.org/radkg/ontology#>
      CONSTRUCT {
        ?e ?p ?o . ?o rdfs:label ?ol . ?o schema:headline ?oh . ?o skos:altLabel ?oa . ?o rkg:acronym ?oc .
        ?s ?q ?e . ?s rdfs:label ?sl . ?s schema:headline ?sh .
        ?st ?sp ?so . ?art schema:headline ?ah . ?so rdfs:label ?sol .
      } WHERE {
        { ?e ?p ?o
          OPTIONAL { ?o rdfs:label ?ol } OPTIONAL { ?o schema:headline ?oh }
          OPTIONAL { FILTER(?p = schema:mentions) ?o skos:altLabel ?oa }
          OPTIONAL { FILTER(?p = schema:mentions) ?o rkg:acronym ?oc } }
        UNION
        { ?s ?q ?e FILTER(?q NOT IN (rdf:subject, rdf:object, prov:wasDerivedFrom))
          OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?s schema:headline ?sh } }
        UNION
        { ?st rdf:subject|rdf:object ?e . ?st ?sp ?so .
          OPTIONAL { ?st prov:wasDerivedFrom ?art . ?art schema:headline ?ah } }
        UNION
        { ?st a rdf:Statement ; prov:wasDerivedFrom ?e ; ?sp ?so . OPTIONAL { ?so rdfs:label ?sol } }
      }
      """;

  private EntityDescriber() {}

  /** The description, or empty when the dataset does not name {@code entity} at all. */
  static Optional<Graph> describe(Dataset dataset, Node entity) {
    return Txn.calculateRead(dataset, () -> {
      Graph union = dataset.asDatasetGraph().getUnionGraph();
      boolean known = union.contains(entity, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, entity);
      if (!known) {
        return Optional.empty();
      }
      try (QueryExecution qe = QueryExecution.dataset(dataset).query(QUERY)
          .substitution("e", dataset.getDefaultModel().asRDFNode(entity)).build()) {
        Model m = qe.execConstruct();
        for (String[] p : Rkg.PREFIXES) {
          m.setNsPrefix(p[0], p[1]);
        }
        return Optional.of(m.getGraph());
      }
    });
  }
}
