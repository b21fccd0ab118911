package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Terms and result columns are named in words on the pages, not as prefixed IRIs. */
class TermWordsTest {
  @Test
  void relationsByTheirOntologyLabelElseTheirNameInWords() {
    assertEquals(
        "member of", TermWords.of(NodeFactory.createURI("http://www.w3.org/ns/org#memberOf")));
    assertEquals(
        "collaborates with",
        TermWords.of(NodeFactory.createURI("https://w3id.org/radkg/ontology#collaboratesWith")));
    assertEquals("located in", TermWords.of(NodeFactory.createURI("https://schema.org/location")));
    assertEquals(
        "some new relation",
        TermWords.of(NodeFactory.createURI("https://example.org/v#someNewRelation")));
  }

  @Test
  void columnsInWords() {
    assertEquals("host", TermWords.column("hostLabel"));
    assertEquals("an article", TermWords.column("anArticle"));
    assertEquals("ROR id", TermWords.column("RORId"));
    assertEquals("year", TermWords.column("year"));
  }
}
