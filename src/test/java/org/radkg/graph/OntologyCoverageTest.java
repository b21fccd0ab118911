package org.radkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radkg.corpus.CorpusLoader;
import org.radkg.extract.ReferenceData;
import org.radkg.vocab.Rkg;

/**
 * The ontology describes the graph it ships with: every property and class the seed graph uses is
 * declared in it (the RDF, RDFS and OWL built-ins aside), reused schema.org properties are not
 * narrowed to OWL object or datatype properties, and the ontology carries its version and dates.
 */
class OntologyCoverageTest {
  private static final String ONTOLOGY_IRI = "https://w3id.org/radkg/ontology";
  // Strings, not Jena's vocabulary classes: touching those in a static initializer before Jena has
  // initialized itself fails.
  private static final List<String> BUILT_IN =
      List.of(
          "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
          "http://www.w3.org/2000/01/rdf-schema#",
          "http://www.w3.org/2002/07/owl#");
  private static Graph ontology;
  private static DatasetGraph seed;

  @BeforeAll
  static void load() throws Exception {
    ontology = RDFDataMgr.loadGraph("ontology/radkg.ttl");
    seed =
        new KnowledgeGraphBuilder(ReferenceData.fromClasspath(), Rkg.DATA_BASE)
            .build(new CorpusLoader().load(List.of(Path.of("data/corpus"))));
  }

  @Test
  void everyTermTheSeedGraphUsesIsDeclared() {
    Set<String> undeclared = new TreeSet<>();
    seed.find()
        .forEachRemaining(
            q -> {
              check(q.getPredicate(), undeclared);
              if (q.getPredicate().equals(RDF.type.asNode())) {
                check(q.getObject(), undeclared);
              }
            });
    assertEquals(Set.of(), undeclared, "terms the graph uses that the ontology does not declare");
  }

  @Test
  void reusedSchemaOrgPropertiesAreNotNarrowed() {
    Set<String> narrowed = new TreeSet<>();
    for (Node kind : List.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode())) {
      ontology
          .find(Node.ANY, RDF.type.asNode(), kind)
          .forEachRemaining(
              t -> {
                if (t.getSubject().getURI().startsWith(Rkg.SCHEMA)) {
                  narrowed.add(t.getSubject().getURI());
                }
              });
    }
    assertEquals(Set.of(), narrowed);
  }

  @Test
  void theOntologyHasItsVersionAndDates() {
    Node o = org.apache.jena.graph.NodeFactory.createURI(ONTOLOGY_IRI);
    for (String p :
        List.of(
            OWL.versionIRI.getURI(),
            OWL.versionInfo.getURI(),
            Rkg.DCTERMS + "creator",
            Rkg.DCTERMS + "created",
            Rkg.DCTERMS + "modified",
            Rkg.DCTERMS + "license")) {
      assertTrue(ontology.contains(o, org.apache.jena.graph.NodeFactory.createURI(p), Node.ANY), p);
    }
  }

  private static void check(Node term, Set<String> undeclared) {
    if (!term.isURI() || BUILT_IN.stream().anyMatch(term.getURI()::startsWith)) {
      return;
    }
    if (!ontology.contains(term, Node.ANY, Node.ANY)) {
      undeclared.add(term.getURI());
    }
  }
}
