package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.store.MaterializedUnion;
import org.radkg.store.StoreBuilder;

/**
 * A store file cut short or deleted is named as damage (exit 9, the file, "build --full") by every
 * command that opens the store, never as "open in another process"; a build rebuilds it instead of
 * calling it unchanged, and the repaired store equals a clean build.
 */
class DamagedStoreTest {
  static final String NEWSLETTER =
      """
      American College of Radiology (ACR)

      ACR Launches National Clinical Imaging Research Registry

      The ACR launched the National Clinical Imaging Research Registry (NCIRR) in 2020. The registry is funded by the National Institutes of Health. RSNA collaborates with the ACR on the registry.
      """;

  @TempDir Path tmp;
  Path input;
  Path store;

  @BeforeEach
  void build() throws IOException {
    input = tmp.resolve("news.txt");
    Files.writeString(input, NEWSLETTER, StandardCharsets.UTF_8);
    store = tmp.resolve("out");
    CliRun built = CliRun.of("build", "--input", input.toString(), "--store", store.toString());
    assertEquals(0, built.code(), built.err());
  }

  @Test
  void aTruncatedIndexIsNamedAndRebuiltByBuildFull() throws Exception {
    damage(f -> truncate(f.resolve("Data-0001/SPO.dat")));
    assertEveryOpenerSaysDamaged("SPO.dat");
    CliRun repaired =
        CliRun.of("build", "--full", "--input", input.toString(), "--store", store.toString());
    assertEquals(0, repaired.code(), repaired.err());
    assertFalse(repaired.out().contains("unchanged ("), repaired.out());
    assertTrue(repaired.out().contains("damaged"), repaired.out());
    assertSameGraphAsACleanBuild();
  }

  @Test
  void aDeletedNodeTableIsNamedAndRebuiltByAPlainBuild() throws Exception {
    damage(f -> delete(f.resolve("Data-0001/nodes.idn")));
    assertEveryOpenerSaysDamaged("nodes.idn");
    CliRun repaired = CliRun.of("build", "--input", input.toString(), "--store", store.toString());
    assertEquals(0, repaired.code(), repaired.err());
    assertTrue(repaired.out().contains("damaged"), repaired.out());
    assertSameGraphAsACleanBuild();
    assertEquals(0, CliRun.of("validate", "--store", store.toString()).code());
  }

  @Test
  void nodeDataRewrittenInPlaceIsNamedBeforeTheServerStarts() throws Exception {
    // Same size, other bytes: TDB2 would answer with values silently missing.
    damage(f -> overwrite(f.resolve("Data-0001/nodes-data.obj")));
    assertEveryOpenerSaysDamaged("nodes-data.obj");
    assertEquals(
        0,
        CliRun.of("build", "--full", "--input", input.toString(), "--store", store.toString())
            .code());
    assertSameGraphAsACleanBuild();
  }

  private void assertEveryOpenerSaysDamaged(String file) {
    // serve would block for good if it started: bound it.
    CliRun serve =
        assertTimeoutPreemptively(
            Duration.ofSeconds(120),
            () -> CliRun.of("serve", "--no-build", "--port", "0", "--store", store.toString()));
    for (CliRun run :
        List.of(
            serve,
            CliRun.of("stats", "--store", store.toString()),
            CliRun.of("validate", "--store", store.toString()),
            CliRun.of("query", "--store", store.toString(), "coalition-members"),
            CliRun.of("network", "--store", store.toString()))) {
      assertEquals(ExitCode.STORE_DAMAGED.code(), run.code(), run.err());
      assertTrue(run.err().contains("the store at " + store + " is damaged: "), run.err());
      assertTrue(run.err().contains(file), run.err());
      assertTrue(run.err().contains("radkg build --full"), run.err());
      assertFalse(run.err().contains("another process"), run.err());
    }
  }

  private void assertSameGraphAsACleanBuild() throws IOException {
    Path clean = tmp.resolve("clean");
    assertEquals(
        0, CliRun.of("build", "--input", input.toString(), "--store", clean.toString()).code());
    assertEquals(record(clean).getProperty("sha256"), record(store).getProperty("sha256"));
    Dataset ds = StoreBuilder.open(store);
    try {
      String held =
          Txn.calculateRead(
              ds, () -> CanonicalQuads.of(MaterializedUnion.dataOf(ds.asDatasetGraph())).sha256());
      assertEquals(
          record(clean).getProperty("sha256"),
          held,
          "the repaired store holds the clean build's graph");
    } finally {
      TDBInternal.expel(ds.asDatasetGraph());
    }
    CliRun stats = CliRun.of("stats", "--store", store.toString());
    assertEquals(0, stats.code(), stats.err());
  }

  private static Properties record(Path store) throws IOException {
    Properties p = new Properties();
    try (var r = Files.newBufferedReader(store.resolve("build.properties"))) {
      p.load(r);
    }
    return p;
  }

  private void damage(Consumer<Path> how) throws IOException {
    how.accept(store.resolve("tdb2").toRealPath());
  }

  private static void truncate(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(4096);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void overwrite(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {0x7f, 0x7f, 0x7f, 0x7f}), 8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
