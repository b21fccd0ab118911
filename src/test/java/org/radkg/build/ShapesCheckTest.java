package org.radkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.store.Fixture;
import org.radkg.store.GenerationPreparation;
import org.radkg.store.StoreBuilder;
import org.radkg.store.StoreLayout;
import org.radkg.vocab.Rkg;

/**
 * The check of a few changed graphs' nodes on the written generation finds a clash with a graph
 * that did not change, and then no generation is switched in nor left behind.
 */
class ShapesCheckTest {
  @TempDir Path tmp;

  @Test
  void aViolationFoundOnTheWrittenGenerationDiscardsItAndAConformingOneIsServed() throws Exception {
    Path store = tmp.resolve("store");
    new StoreBuilder().build(Fixture.dataset(false), store);
    Path served = StoreLayout.of(store).tdb2().toRealPath();

    DatasetGraph bad = Fixture.dataset(false);
    // A second label for RSNA in another article's graph: one label per entity is broken.
    Txn.executeWrite(
        bad,
        () ->
            bad.add(
                Fixture.ARTICLE_2,
                Fixture.RSNA,
                Rkg.label,
                NodeFactory.createLiteralLang("RSNA", "en")));
    ShapesCheck.Focus focus = new ShapesCheck.Focus(Set.of(Fixture.RSNA), 1);
    GenerationPreparation checked =
        ShapesCheck.before(GenerationPreparation.NONE, focus, BuildListener.SILENT);
    ShapesCheck.Violated v =
        assertThrows(
            ShapesCheck.Violated.class,
            () -> new StoreBuilder().build(CanonicalQuads.of(bad), store, checked));
    assertTrue(
        v.asInvalidGraph().validation().report().contains("exactly one rdfs:label"),
        v.asInvalidGraph().validation().report());
    assertEquals(served, StoreLayout.of(store).tdb2().toRealPath(), "still the old generation");
    try (Stream<Path> list = Files.list(store)) {
      assertEquals(
          1,
          list.filter(p -> p.getFileName().toString().startsWith("tdb2-")).count(),
          "the discarded generation is gone");
    }

    DatasetGraph good = Fixture.dataset(false);
    Txn.executeWrite(
        good,
        () ->
            good.add(
                Fixture.ARTICLE_2,
                Fixture.RSNA,
                Rkg.altLabel,
                NodeFactory.createLiteralLang("The RSNA", "en")));
    assertTrue(
        new StoreBuilder().build(CanonicalQuads.of(good), store, checked).changed(),
        "conforming: switched in");
    assertFalse(served.equals(StoreLayout.of(store).tdb2().toRealPath()));
  }
}
