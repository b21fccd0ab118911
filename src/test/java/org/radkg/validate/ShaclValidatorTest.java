package org.radkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.radkg.store.Fixture;
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
