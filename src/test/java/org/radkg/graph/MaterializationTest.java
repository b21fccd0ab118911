package org.radkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.radkg.corpus.CorpusLoader;
import org.radkg.extract.ReferenceData;
import org.radkg.vocab.Entailment;
import org.radkg.vocab.Rkg;

/**
 * What the ontology promises is in the graph: rkg:participatesIn beside every sub-property fact, in
 * the fact's own article graph, as a plain triple; and what is materialized is read from the
 * ontology given, not from a list in the code.
 */
class MaterializationTest {
  private static final List<Node> SUB_PROPERTIES =
      List.of(Rkg.leads, Rkg.partnersIn, Rkg.funds, Rkg.hosts);

  @Test
  void theObviousCountCountsEveryParticipationFactOfTheSeed() throws Exception {
    if (PrebuiltQueriesTest.seed == null) {
      PrebuiltQueriesTest.build();
    }
    var seed = PrebuiltQueriesTest.seed;
    long counted =
        Txn.calculateRead(
            seed,
            () -> {
              try (QueryExecution qe =
                  QueryExecution.dataset(seed)
                      .query(
                          "PREFIX rkg: <https://w3id.org/radkg/ontology#> SELECT (COUNT(*) AS ?n)"
                              + " { ?s rkg:participatesIn ?o }")
                      .set(TDB2.symUnionDefaultGraph, true)
                      .build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
              }
            });
    // The participation facts, read from their statements: every (organization, thing) pair that
    // some sentence states with rkg:participatesIn or one of its sub-properties.
    Set<List<Node>> facts = new HashSet<>();
    Txn.executeRead(
        seed,
        () ->
            seed.asDatasetGraph()
                .find(Node.ANY, Node.ANY, Rkg.predicate, Node.ANY)
                .forEachRemaining(
                    q -> {
                      Node p = q.getObject();
                      if (p.equals(Rkg.participatesIn) || SUB_PROPERTIES.contains(p)) {
                        DatasetGraph d = seed.asDatasetGraph();
                        Node s =
                            d.find(q.getGraph(), q.getSubject(), Rkg.subject, Node.ANY)
                                .next()
                                .getObject();
                        Node o =
                            d.find(q.getGraph(), q.getSubject(), Rkg.object, Node.ANY)
                                .next()
                                .getObject();
                        facts.add(List.of(s, o));
                      }
                    }));
    assertTrue(facts.size() > 40, "the seed states " + facts.size() + " participation facts");
    assertEquals(facts.size(), counted);
  }

  @Test
  void eachSubPropertyFactHasItsSuperPropertyInTheSameGraphWithoutAStatementOfItsOwn()
      throws Exception {
    if (PrebuiltQueriesTest.seed == null) {
      PrebuiltQueriesTest.build();
    }
    DatasetGraph d = PrebuiltQueriesTest.seed.asDatasetGraph();
    Txn.executeRead(
        d,
        () -> {
          int checked = 0;
          for (Node p : SUB_PROPERTIES) {
            for (Quad q : Iter.toList(d.find(Node.ANY, Node.ANY, p, Node.ANY))) {
              assertTrue(
                  d.contains(q.getGraph(), q.getSubject(), Rkg.participatesIn, q.getObject()),
                  "no rkg:participatesIn beside " + q);
              checked++;
            }
          }
          assertTrue(checked > 40);
          // Statements stay on what was read: one per stated fact, none for a materialized one.
          for (Quad q : Iter.toList(d.find(Node.ANY, Node.ANY, Rkg.participatesIn, Node.ANY))) {
            boolean stated =
                Iter.asStream(d.find(q.getGraph(), Node.ANY, Rkg.subject, q.getSubject()))
                    .anyMatch(
                        st ->
                            d.contains(
                                    q.getGraph(),
                                    st.getSubject(),
                                    Rkg.predicate,
                                    Rkg.participatesIn)
                                && d.contains(
                                    q.getGraph(), st.getSubject(), Rkg.object, q.getObject()));
            boolean entailed =
                SUB_PROPERTIES.stream()
                    .anyMatch(p -> d.contains(q.getGraph(), q.getSubject(), p, q.getObject()));
            assertTrue(stated || entailed, q + " is neither stated nor entailed");
          }
        });
  }

  @Test
  void whatIsMaterializedFollowsTheOntologyGiven() throws Exception {
    String ex = "https://example.org/test#";
    Graph ontology =
        RDFParser.fromString(
                """
                    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                    @prefix owl: <http://www.w3.org/2002/07/owl#> .
                    @prefix rkg: <https://w3id.org/radkg/ontology#> .
                    @prefix ex: <https://example.org/test#> .
                    rkg:funds rdfs:subPropertyOf ex:supports .
                    ex:supports rdfs:subPropertyOf ex:isInvolvedIn .
                    ex:isFundedBy owl:inverseOf rkg:funds .
                    """,
                Lang.TURTLE)
            .toGraph();
    DatasetGraph built =
        new KnowledgeGraphBuilder(ReferenceData.fromClasspath(), Rkg.DATA_BASE)
            .withEntailment(Entailment.of(ontology))
            .build(new CorpusLoader().load(List.of(Path.of("data/corpus"))));
    Node supports = NodeFactory.createURI(ex + "supports");
    Node involved = NodeFactory.createURI(ex + "isInvolvedIn");
    Node fundedBy = NodeFactory.createURI(ex + "isFundedBy");
    List<Quad> funds = Iter.toList(built.find(Node.ANY, Node.ANY, Rkg.funds, Node.ANY));
    assertFalse(funds.isEmpty(), "the seed states who funds what");
    for (Quad q : funds) {
      Node g = q.getGraph();
      assertTrue(built.contains(g, q.getSubject(), supports, q.getObject()), "super-property");
      assertTrue(built.contains(g, q.getSubject(), involved, q.getObject()), "its super-property");
      assertTrue(built.contains(g, q.getObject(), fundedBy, q.getSubject()), "inverse");
    }
    assertEquals(
        Iter.toList(built.find(Node.ANY, Node.ANY, Rkg.predicate, Rkg.participatesIn)).size(),
        Iter.toList(built.find(Node.ANY, Node.ANY, Rkg.participatesIn, Node.ANY)).size(),
        "an ontology without rkg:leads ⊑ rkg:participatesIn: only the stated participation");
    assertEquals(
        Iter.toList(built.find(Node.ANY, Node.ANY, Rkg.funds, Node.ANY)).size(),
        Iter.toList(built.find(Node.ANY, Node.ANY, fundedBy, Node.ANY)).size());
  }

  @Test
  void entailmentFollowsChainsEquivalencesInversesAndSymmetry() {
    Graph ontology =
        RDFParser.fromString(
                """
                    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                    @prefix owl: <http://www.w3.org/2002/07/owl#> .
                    @prefix : <https://example.org/t#> .
                    :a rdfs:subPropertyOf :b . :b rdfs:subPropertyOf :c .
                    :c owl:equivalentProperty :d .
                    :e owl:inverseOf :b .
                    :knows a owl:SymmetricProperty .
                    :dated rdfs:subPropertyOf :when .
                    """,
                Lang.TURTLE)
            .toGraph();
    Entailment e = Entailment.of(ontology);
    Node s = NodeFactory.createURI("https://example.org/t#s");
    Node o = NodeFactory.createURI("https://example.org/t#o");
    Set<Triple> fromA = new HashSet<>(e.entailed(Triple.create(s, n("a"), o)));
    assertEquals(
        Set.of(
            Triple.create(s, n("b"), o),
            Triple.create(s, n("c"), o),
            Triple.create(s, n("d"), o),
            Triple.create(o, n("e"), s)),
        fromA);
    assertEquals(
        List.of(Triple.create(o, n("knows"), s)), e.entailed(Triple.create(s, n("knows"), o)));
    Node literal = NodeFactory.createLiteralString("2024");
    assertEquals(
        List.of(Triple.create(s, n("when"), literal)),
        e.entailed(Triple.create(s, n("dated"), literal)));
    assertEquals(
        List.of(),
        e.entailed(Triple.create(s, n("c"), o)).stream()
            .filter(t -> t.getPredicate().equals(n("a")))
            .toList(),
        "never down to a sub-property");
  }

  @Test
  void theShippedOntologyMaterializesParticipationForEachSubProperty() {
    Entailment e = Entailment.fromClasspath();
    Node s = NodeFactory.createURI(Rkg.DATA_BASE + "organization/x");
    Node o = NodeFactory.createURI(Rkg.DATA_BASE + "initiative/y");
    for (Node p : SUB_PROPERTIES) {
      assertEquals(
          List.of(Triple.create(s, Rkg.participatesIn, o)), e.entailed(Triple.create(s, p, o)));
    }
    assertEquals(List.of(), e.entailed(Triple.create(s, Rkg.participatesIn, o)));
  }

  private static Node n(String local) {
    return NodeFactory.createURI("https://example.org/t#" + local);
  }
}
