package org.radkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.radkg.corpus.Article;
import org.radkg.corpus.Segmenter;
import org.radkg.corpus.SourceDocument;
import org.radkg.extract.ArticleFindings;
import org.radkg.extract.Evidence;
import org.radkg.extract.MethodConfidences;
import org.radkg.extract.Predicate;
import org.radkg.extract.ReadingMethod;
import org.radkg.extract.ReferenceData;
import org.radkg.extract.Relation;
import org.radkg.vocab.Rkg;

/**
 * Every statement says which method read it and how far that method is trusted; the threshold drops
 * the untrusted.
 */
class ReadingProvenanceTest {
  private static final ReferenceData REFERENCE = ReferenceData.fromClasspath();
  private static final String TEXT =
      """
      Imaging Society of Testland (IST)

      A registry opens

      The Imaging Society of Testland (IST) launched the Testland Dose Registry in 2021. The registry is funded by the Bureau of Dose Studies.
      """;
  private static final Node LEAD_ACTIVE =
      NodeFactory.createURI(Rkg.DATA_BASE + "method/rule-lead-active");

  private static List<Article> articles() {
    return new Segmenter()
        .segment(new SourceDocument("urn:test:prov", "prov.txt", TEXT, "text/plain"));
  }

  private static MethodConfidences leadActiveAt(double confidence) {
    return new MethodConfidences(
        Map.of(MethodConfidences.key("rule-lead-active", "leads"), confidence), 0.0);
  }

  private static Graph union(MethodConfidences table, double min) {
    DatasetGraph dsg =
        new KnowledgeGraphBuilder(REFERENCE, Rkg.DATA_BASE, table, min).build(articles());
    return dsg.getUnionGraph();
  }

  private static List<Node> statementsOf(Graph g, Node predicate) {
    return g.find(Node.ANY, Rkg.predicate, predicate).mapWith(Triple::getSubject).toList();
  }

  @Test
  void aRelationReadByARuleCarriesThatRulesMethodAndConfidence() {
    Graph g = union(leadActiveAt(0.8), 0.0);
    List<Node> leads = statementsOf(g, Rkg.leads);
    assertEquals(1, leads.size(), "one statement of the launch");
    Node st = leads.get(0);
    assertTrue(g.contains(st, Rkg.wasAttributedTo, LEAD_ACTIVE));
    assertTrue(
        g.contains(st, Rkg.confidence, NodeFactory.createLiteralDT("0.8", XSDDatatype.XSDdecimal)));
    assertTrue(g.contains(LEAD_ACTIVE, Rkg.type, Rkg.SoftwareAgent));
    assertTrue(g.contains(LEAD_ACTIVE, Rkg.label, Node.ANY));
    assertTrue(g.contains(LEAD_ACTIVE, Rkg.comment, Node.ANY));
    // A method the table does not name gets the unknown confidence.
    Node funds = statementsOf(g, Rkg.funds).get(0);
    assertTrue(
        g.contains(
            funds, Rkg.confidence, NodeFactory.createLiteralDT("0.5", XSDDatatype.XSDdecimal)));
  }

  @Test
  void minConfidenceDropsALowConfidenceFactAndKeepsTheOthers() {
    Graph kept = union(leadActiveAt(0.2), 0.1);
    assertTrue(kept.contains(Node.ANY, Rkg.leads, Node.ANY));
    Graph dropped = union(leadActiveAt(0.2), 0.3);
    assertFalse(
        dropped.contains(Node.ANY, Rkg.leads, Node.ANY),
        "the fact under the threshold is left out");
    assertTrue(statementsOf(dropped, Rkg.leads).isEmpty(), "and so is its statement");
    assertTrue(dropped.contains(Node.ANY, Rkg.funds, Node.ANY), "a fact at 0.5 stays");
  }

  @Test
  void aFactReadByTwoMethodsKeepsTheMostConfidentReading() {
    ArticleFindings f =
        new KnowledgeGraphBuilder(REFERENCE, Rkg.DATA_BASE).extract(articles()).get(0);
    Relation rule =
        f.relations().stream()
            .filter(r -> r.predicate() == Predicate.LEADS)
            .findFirst()
            .orElseThrow();
    Relation other =
        new Relation(
            rule.subject(),
            rule.predicate(),
            rule.object(),
            new Evidence("Another sentence.", 0, 17),
            ReadingMethod.model("test-1"));
    MethodConfidences table =
        new MethodConfidences(
            Map.of(
                MethodConfidences.key("rule-lead-active", "leads"),
                0.6,
                MethodConfidences.key("model-test-1", "leads"),
                0.9),
            0.0);
    FindingsGraphWriter writer = new FindingsGraphWriter(Rkg.DATA_BASE, null, table, 0.0);
    assertEquals(List.of(other), writer.published(List.of(rule, other)));
    FindingsGraphWriter equal =
        new FindingsGraphWriter(Rkg.DATA_BASE, null, MethodConfidences.NONE, 0.0);
    assertEquals(
        List.of(rule), equal.published(List.of(rule, other)), "among equals, the first sentence");
  }
}
