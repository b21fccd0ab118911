package org.radkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.canonical.CanonicalQuads;

/**
 * A preparation reads each new generation as a server opens it (the default graph the union) and is
 * switched in with it, written afresh for a generation updated in place (never copied from the one
 * before); an unchanged build prepares nothing, and a failing one leaves the served store.
 */
class GenerationPreparationTest {
  private static final int ARTICLES = 20;
  private static final Node LABEL =
      NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");

  @TempDir Path tmp;

  /** Writes the number of triples of the default graph, and notes each folder it is given. */
  private static final class Counting implements GenerationPreparation {
    final List<Path> folders = new ArrayList<>();

    @Override
    public void prepare(org.apache.jena.query.Dataset dataset, Path folder, Path previous)
        throws IOException {
      assertFalse(Files.exists(folder), "a new folder, nothing copied into it: " + folder);
      folders.add(folder);
      long n =
          Txn.calculateRead(
              dataset,
              () -> {
                try (QueryExecution qe =
                    QueryExecution.dataset(dataset)
                        .query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
                        .build()) {
                  return qe.execSelect().next().getLiteral("n").getLong();
                }
              });
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("triples"), Long.toString(n));
    }
  }

  @Test
  void eachNewGenerationIsPreparedFromItselfBeforeItIsServed() throws IOException {
    Path store = tmp.resolve("store");
    Counting prep = new Counting();
    BuildOutcome first = new StoreBuilder().build(CanonicalQuads.of(corpus(null)), store, prep);
    assertEquals(List.of(GenerationPreparation.folderOf(first.location())), prep.folders);
    assertEquals(Long.toString(ARTICLES), prepared(store), "the default graph is the union");

    // One graph changed: the generation is a copy updated in place, its preparation its own.
    BuildOutcome second =
        new StoreBuilder().build(CanonicalQuads.of(corpus("Article 3, renamed")), store, prep);
    assertTrue(second.how().startsWith("updated"), second.how());
    assertEquals(2, prep.folders.size());
    assertEquals(Long.toString(ARTICLES + 1), prepared(store));

    BuildOutcome same =
        new StoreBuilder().build(CanonicalQuads.of(corpus("Article 3, renamed")), store, prep);
    assertFalse(same.changed());
    assertEquals(2, prep.folders.size(), "an unchanged store keeps what was prepared with it");
  }

  @Test
  void aFailingPreparationLeavesTheServedStoreAsItWas() throws IOException {
    Path store = tmp.resolve("store");
    BuildOutcome first = new StoreBuilder().build(CanonicalQuads.of(corpus(null)), store);
    GenerationPreparation failing =
        (dataset, folder, previous) -> {
          throw new IOException("disk full");
        };
    assertThrows(
        IOException.class,
        () -> new StoreBuilder().build(CanonicalQuads.of(corpus("other")), store, failing));
    assertEquals(first.location().toRealPath(), store.resolve("tdb2").toRealPath());
    try (var dirs = Files.list(store)) {
      assertEquals(1, dirs.filter(p -> p.getFileName().toString().startsWith("tdb2-")).count());
    }
    var ds = StoreBuilder.open(store); // still intact
    TDBInternal.expel(ds.asDatasetGraph());
  }

  private static String prepared(Path store) throws IOException {
    return Files.readString(
        GenerationPreparation.folderOf(store.resolve("tdb2").toRealPath()).resolve("triples"));
  }

  /** One label per article graph; {@code extra} adds a second label to article 3. */
  private static DatasetGraph corpus(String extra) {
    DatasetGraph d = DatasetGraphFactory.createTxnMem();
    for (int i = 0; i < ARTICLES; i++) {
      Node g = NodeFactory.createURI("https://w3id.org/radkg/id/article/a" + i);
      d.add(g, g, LABEL, NodeFactory.createLiteralString("Article " + i));
    }
    if (extra != null) {
      Node g = NodeFactory.createURI("https://w3id.org/radkg/id/article/a3");
      d.add(g, g, LABEL, NodeFactory.createLiteralString(extra));
    }
    return d;
  }
}
