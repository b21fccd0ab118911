package org.radkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.radkg.corpus.CorpusLoader;
import org.radkg.extract.ReferenceData;
import org.radkg.graph.KnowledgeGraphBuilder;
import org.radkg.store.Fixture;
import org.radkg.vocab.Ontology;
import org.radkg.vocab.Rkg;

class ShaclValidatorTest {
  private final ShaclValidator validator = new ShaclValidator();

  @Test
  void fixtureConforms() {
    ValidationResult result = validator.validate(Fixture.dataset(false));
    assertTrue(result.conforms(), result.report());
    assertEquals(0, result.violations());
  }

  @Test
  void duplicatedLabelIsReportedOnTheEntity() {
    DatasetGraph dsg = Fixture.dataset(false);
    Txn.executeWrite(
        dsg,
        () ->
            dsg.add(
                Fixture.ARTICLE_2,
                Fixture.RSNA,
                Rkg.label,
                NodeFactory.createLiteralLang("RSNA", "en")));
    ValidationResult result = validator.validate(dsg);
    assertFalse(result.conforms());
    assertEquals(1, result.violations(), result.report());
    assertTrue(result.report().contains("radiological-society-of-north-america"), result.report());
    assertTrue(result.report().contains("rdfs:label"), result.report());
    assertTrue(result.report().contains("exactly one rdfs:label"), result.report());
  }

  @Test
  void aLabelAddedInOneGraphClashesWithAnotherGraphsWhenOnlyItsNodesAreChecked() {
    DatasetGraph dsg = Fixture.dataset(false);
    Txn.executeWrite(
        dsg,
        () ->
            dsg.add(
                Fixture.ARTICLE_2,
                Fixture.RSNA,
                Rkg.label,
                NodeFactory.createLiteralLang("RSNA", "en")));
    // The changed graph's nodes, checked against the whole union: the clash with the label another
    // graph gives is found.
    ValidationResult changed = validator.validate(dsg, List.of(Fixture.RSNA));
    assertEquals(1, changed.violations(), changed.report());
    assertTrue(changed.report().contains("exactly one rdfs:label"), changed.report());
    // Nodes of other graphs only: not looked at (a full build checks everything).
    assertTrue(validator.validate(dsg, List.of(Fixture.ARTICLE_2)).conforms());
  }

  /**
   * The nodes of each article graph of the seed get the same report from the part of the union the
   * shapes read as from the whole union, as built and with the graph's evidence taken away (so its
   * statements and the relations they supported fail).
   */
  @Test
  void theFocusNodesNeighbourhoodGivesTheWholeUnionsReportForEveryArticleGraph() throws Exception {
    DatasetGraph dsg =
        new KnowledgeGraphBuilder(ReferenceData.fromClasspath(), Rkg.DATA_BASE)
            .build(new CorpusLoader().load(List.of(Path.of("data/corpus"))));
    Ontology.addTo(dsg);
    List<Node> graphs = new ArrayList<>();
    dsg.listGraphNodes()
        .forEachRemaining(
            g -> {
              if (g.getURI().contains("/article/")) {
                graphs.add(g);
              }
            });
    int failing = 0;
    for (Node g : graphs) {
      Set<Node> focus = nodesOf(dsg, g);
      assertSameReport(dsg, focus, g + " as built");
      List<Quad> evidence = dsg.stream(g, Node.ANY, Rkg.evidence, Node.ANY).toList();
      evidence.forEach(dsg::delete);
      failing += assertSameReport(dsg, focus, g + " without its evidence") ? 0 : 1;
      evidence.forEach(dsg::add);
    }
    assertTrue(graphs.size() >= 10, graphs.size() + " article graphs");
    assertTrue(failing >= 10, failing + " graphs fail without their evidence");
  }

  /** Asserts the two reports are the same; returns whether the nodes conform. */
  private boolean assertSameReport(DatasetGraph dsg, Set<Node> focus, String what) {
    Graph union = GraphFactory.createDefaultGraph();
    dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
    ValidationResult whole = validator.validate(union, focus);
    assertEquals(whole, validator.validate(dsg, focus), what);
    // The build checks its canonical quads, not a dataset: the same neighbourhood, read from them.
    List<Quad> quads = new ArrayList<>();
    dsg.find().forEachRemaining(quads::add);
    assertEquals(whole, validator.validate(quads, focus), what + ", from its quads");
    return whole.conforms();
  }

  /** The nodes a build checks for a changed graph: its subjects and non-literal objects. */
  private static Set<Node> nodesOf(DatasetGraph dsg, Node graph) {
    Set<Node> nodes = new LinkedHashSet<>();
    dsg.find(graph, Node.ANY, Node.ANY, Node.ANY)
        .forEachRemaining(
            q -> {
              nodes.add(q.getSubject());
              if (!q.getObject().isLiteral()) {
                nodes.add(q.getObject());
              }
            });
    return nodes;
  }

  @Test
  void anArticleUnderNoSocietyIsAWarningNotAViolation() {
    DatasetGraph dsg = Fixture.dataset(false);
    Txn.executeWrite(
        dsg,
        () ->
            dsg.stream(Node.ANY, Node.ANY, Rkg.reportedBy, Node.ANY).toList().forEach(dsg::delete));
    ValidationResult result = validator.validate(dsg);
    assertTrue(result.conforms(), result.report());
    assertEquals(0, result.violations());
    assertTrue(result.report().startsWith("Warning: "), result.report());
    assertTrue(result.report().contains("stands under no society header"), result.report());
  }

  @Test
  void statementWithoutEvidenceIsReported() {
    DatasetGraph dsg = Fixture.dataset(false);
    Txn.executeWrite(
        dsg,
        () -> {
          List<Quad> evidence = dsg.stream(Node.ANY, Node.ANY, Rkg.evidence, Node.ANY).toList();
          Quad first =
              evidence.stream()
                  .filter(q -> isStatementOf(dsg, q.getSubject(), Rkg.partnersIn))
                  .findFirst()
                  .orElseThrow();
          dsg.delete(first);
        });
    ValidationResult result = validator.validate(dsg);
    assertFalse(result.conforms());
    assertTrue(result.report().contains("exactly one rkg:evidence"), result.report());
    assertTrue(
        result
            .report()
            .contains(
                "[statement <"
                    + Fixture.ACR.getURI()
                    + "> rkg:partnersIn <"
                    + Fixture.EUCAIM.getURI()
                    + ">] rkg:evidence"),
        result.report());
    assertTrue(
        result
            .report()
            .contains(
                "rkg:partnersIn value <"
                    + Fixture.EUCAIM.getURI()
                    + ">: This relation has no supporting rdf:Statement"),
        result.report());
  }

  @Test
  void relationWithoutAnyStatementAndBadDateAreReported() {
    DatasetGraph dsg = Fixture.dataset(false);
    Txn.executeWrite(
        dsg,
        () -> {
          dsg.add(Fixture.ARTICLE_1, Fixture.ACR, Rkg.memberOf, Fixture.RSNA);
          dsg.add(
              Fixture.ARTICLE_1,
              Fixture.EUCAIM,
              Rkg.startDate,
              NodeFactory.createLiteralString("2022"));
        });
    ValidationResult result = validator.validate(dsg);
    assertFalse(result.conforms());
    assertTrue(result.report().contains("org:memberOf"), result.report());
    assertTrue(result.report().contains("xsd:gYear"), result.report());
  }

  private static boolean isStatementOf(DatasetGraph dsg, Node st, Node predicate) {
    return dsg.contains(Node.ANY, st, Rkg.predicate, predicate);
  }
}
