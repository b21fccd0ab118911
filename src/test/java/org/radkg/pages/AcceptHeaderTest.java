package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Accept as RFC 9110 reads it: the most specific range decides, and q=0 refuses. */
class AcceptHeaderTest {
  private static Optional<RdfVariant> all(String accept) {
    return RdfVariant.negotiate(accept, RdfVariant.values());
  }

  @Test
  void qZeroRefusesEvenBesideAWildcard() {
    AcceptHeader h = AcceptHeader.of("text/html;q=0, */*");
    assertFalse(h.accepts("text/html"));
    assertTrue(h.accepts("text/turtle"));
    assertEquals(Optional.of(RdfVariant.TURTLE), all("text/html;q=0, */*"));
    assertEquals(Optional.of(RdfVariant.TURTLE), all("text/*;q=0, text/turtle, */*;q=0.5"));
    assertEquals(Optional.of(RdfVariant.JSONLD), all("text/*;q=0, */*"));
    assertEquals(Optional.empty(), all("*/*;q=0"));
    assertFalse(AcceptHeader.of("text/html;Q=0.0").accepts("text/html"), "Q and 0.0 too");
  }

  @Test
  void qualityThenSpecificityThenTheClientsOrderThenTheServers() {
    assertEquals(Optional.of(RdfVariant.HTML), all(null));
    assertEquals(Optional.of(RdfVariant.HTML), all("*/*"));
    assertEquals(
        Optional.of(RdfVariant.HTML),
        all("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
        "a browser");
    assertEquals(Optional.of(RdfVariant.RDFXML), all("application/rdf+xml, text/turtle;q=0.9"));
    assertEquals(Optional.of(RdfVariant.JSONLD), all("application/ld+json, text/turtle"));
    assertEquals(Optional.of(RdfVariant.TURTLE), all("text/turtle, */*;q=0.1"));
    assertEquals(Optional.of(RdfVariant.JSONLD), all("application/json"), "JSON takes JSON-LD");
    assertEquals(Optional.of(RdfVariant.NTRIPLES), all("text/plain"), "text/plain N-Triples");
    assertEquals(
        Optional.of(RdfVariant.NTRIPLES),
        all("application/json;q=0, application/n-triples;q=0.5, */*;q=0.1"),
        "a refused alias refuses");
    assertEquals(Optional.empty(), all("foo/bar"));
    assertEquals(Optional.empty(), all("image/png"));
  }

  @Test
  void garbageIsNoRefusal() {
    assertTrue(AcceptHeader.of("nonsense").accepts("text/html"), "no media range: as absent");
    assertTrue(AcceptHeader.of("text/html;q=abc").accepts("text/html"), "bad q counts as 1");
    assertTrue(AcceptHeader.of("*/*;q=-1").accepts("text/html"));
    assertFalse(AcceptHeader.of("nonsense, image/png").accepts("text/html"));
  }
}
