package org.radkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.radkg.corpus.Segmenter;
import org.radkg.corpus.SourceDocument;
import org.radkg.extract.MethodConfidences;
import org.radkg.extract.ReferenceData;
import org.radkg.vocab.Rkg;

/**
 * A single page's date line becomes its article's schema:datePublished, and never a start date of
 * what it names.
 */
class PublicationDateTest {
  private static final String PAGE =
      """
      Testland Society Opens Its Dose Registry
      Posted on March 3, 2031
      The Imaging Society of Testland launched the Testland Dose Registry. The registry will grow next year.
      """;

  @Test
  void theDateLineIsTheArticlesPublicationDateAndNoStartDate() {
    SourceDocument doc = new SourceDocument("urn:test:page", "page.txt", PAGE, "text/plain");
    Graph g =
        new KnowledgeGraphBuilder(
                ReferenceData.fromClasspath(),
                Rkg.DATA_BASE,
                new MethodConfidences(java.util.Map.of(), 0.5),
                0.0)
            .build(new Segmenter().segment(doc))
            .getUnionGraph();
    List<Node> published =
        g.find(Node.ANY, Rkg.datePublished, Node.ANY).mapWith(Triple::getObject).toList();
    assertEquals(1, published.size(), published.toString());
    assertEquals("2031-03-03", published.get(0).getLiteralLexicalForm());
    assertFalse(
        g.find(Node.ANY, Rkg.startDate, Node.ANY).hasNext(), "a date line dates no initiative");
  }
}
