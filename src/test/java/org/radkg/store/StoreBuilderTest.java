package org.radkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.rdf4j.model.util.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.dump.DumpOutcome;
import org.radkg.dump.DumpWriter;
import org.radkg.dump.PublicationSettings;
import org.radkg.dump.RdfConversion;
import org.radkg.vocab.Rkg;

class StoreBuilderTest {
  @TempDir Path dir;

  private final StoreBuilder builder = new StoreBuilder();

  @Test
  void buildWritesAnIsomorphicStoreBehindTheLink() throws IOException {
    DatasetGraph fixture = Fixture.dataset(false);
    BuildOutcome out = builder.build(fixture, dir);
    assertTrue(out.changed());
    assertEquals(1, out.generation());
    assertTrue(Files.isSymbolicLink(dir.resolve("tdb2")));
    assertEquals(dir.resolve("tdb2-1").toRealPath(), dir.resolve("tdb2").toRealPath());
    assertEquals(3, out.namedGraphs()); // two articles and the source document
    assertStoreHolds(fixture);
    assertTrue(
        Files.readString(dir.resolve("build.properties")).contains("sha256=" + out.sha256()));
  }

  @Test
  void rebuildingUnchangedInputChangesNothing() throws IOException {
    BuildOutcome first = builder.build(Fixture.dataset(false), dir);
    String record = Files.readString(dir.resolve("build.properties"));
    BuildOutcome second = builder.build(Fixture.dataset(true), dir);
    assertFalse(second.changed());
    assertEquals(first.generation(), second.generation());
    assertEquals(first.sha256(), second.sha256());
    assertEquals(record, Files.readString(dir.resolve("build.properties")));
    assertEquals(List.of("build.lock", "build.properties", "tdb2", "tdb2-1"), listing());
  }

  @Test
  void changedInputMakesANewGenerationAndDropsTheOldOne() throws IOException {
    builder.build(Fixture.dataset(false), dir);
    BuildOutcome second = builder.build(smaller(), dir);
    assertTrue(second.changed());
    assertEquals(2, second.generation());
    assertEquals(List.of("build.lock", "build.properties", "tdb2", "tdb2-2"), listing());
    assertStoreHolds(smaller());
  }

  @Test
  void aReaderKeepsItsGenerationAcrossARebuild() throws IOException {
    DatasetGraph fixture = Fixture.dataset(false);
    builder.build(fixture, dir);
    Dataset reader = StoreBuilder.open(dir);
    try {
      builder.build(smaller(), dir);
      assertTrue(Files.isDirectory(dir.resolve("tdb2-1")), "generation 1 is still open here");
      assertTrue(
          Models.isomorphic(
              RdfConversion.statements(fixture),
              RdfConversion.statements(MaterializedUnion.dataOf(reader.asDatasetGraph()))));
    } finally {
      TDBInternal.expel(reader.asDatasetGraph());
    }
    builder.build(Fixture.dataset(false), dir);
    assertEquals(List.of("build.lock", "build.properties", "tdb2", "tdb2-3"), listing());
  }

  @Test
  void failingSourceLeavesStoreAndDumpsIntact() throws IOException {
    DatasetGraph fixture = Fixture.dataset(false);
    builder.build(fixture, dir);
    DumpOutcome dumps = new DumpWriter(PublicationSettings.defaults()).write(fixture, dir);

    assertThrows(
        IllegalStateException.class, () -> builder.build(failingAfter(smaller(), 20), dir));
    assertThrows(
        IllegalStateException.class,
        () ->
            new DumpWriter(PublicationSettings.defaults()).write(failingAfter(smaller(), 20), dir));
    StoreBuilder dying =
        new StoreBuilder(
            stage -> {
              if (stage.equals("store:half-loaded")) {
                throw new IllegalStateException("injected failure: " + stage);
              }
            });
    assertThrows(IllegalStateException.class, () -> dying.build(smaller(), dir));

    assertStoreHolds(fixture);
    assertEquals(
        List.of(
            "build.lock",
            "build.properties",
            "cache",
            "dumps",
            "dumps-1",
            "releases",
            "tdb2",
            "tdb2-1"),
        listing());
    // The one release is the first build's: failed writes add none.
    assertEquals(1, org.radkg.dump.Releases.list(dir).size());
    assertEquals(dumps.sha256().get("radkg.nq.gz"), sha256(dir.resolve("dumps/radkg.nq.gz")));
    assertTrue(builder.build(smaller(), dir).changed(), "a later good build still works");
  }

  @Test
  void aSecondBuilderIsToldTheStoreIsInUse() throws IOException {
    try (StoreLock held = StoreLock.acquire(dir)) {
      StoreInUseException e =
          assertThrows(StoreInUseException.class, () -> builder.build(Fixture.dataset(false), dir));
      assertTrue(e.getMessage().contains("being built by another process (pid "), e.getMessage());
    }
  }

  private void assertStoreHolds(DatasetGraph expected) throws IOException {
    Dataset ds = StoreBuilder.open(dir);
    try {
      assertTrue(
          Models.isomorphic(
              RdfConversion.statements(expected),
              RdfConversion.statements(MaterializedUnion.dataOf(ds.asDatasetGraph()))));
    } finally {
      TDBInternal.expel(ds.asDatasetGraph());
    }
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static DatasetGraph smaller() {
    DatasetGraph dsg = Fixture.dataset(false);
    Txn.executeWrite(
        dsg, () -> dsg.delete(Fixture.ARTICLE_2, Fixture.ARTICLE_2, Rkg.about, Fixture.AI));
    return dsg;
  }

  /** A source whose iteration throws after {@code n} quads, like a reader failing mid-file. */
  private static DatasetGraph failingAfter(DatasetGraph base, int n) {
    return new DatasetGraphWrapper(base) {
      @Override
      public Iterator<Quad> find() {
        Iterator<Quad> it = super.find();
        return new Iterator<>() {
          int seen;

          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Quad next() {
            if (++seen > n) {
              throw new IllegalStateException("injected failure reading quad " + seen);
            }
            return it.next();
          }
        };
      }

      @Override
      public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return find();
      }
    };
  }

  private static String sha256(Path file) throws IOException {
    return java.util.HexFormat.of()
        .formatHex(org.radkg.canonical.CanonicalQuads.newSha256().digest(Files.readAllBytes(file)));
  }
}
