package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radkg.bench.SyntheticCorpus;
import org.radkg.build.Build;
import org.radkg.build.BuildRequest;
import org.radkg.corpus.CorpusLoader;
import org.radkg.extract.ReferenceData;
import org.radkg.http.RadkgServer;
import org.radkg.http.ServerSettings;
import org.radkg.query.QueryCatalog;
import org.radkg.vocab.Rkg;

/**
 * The build killed with SIGKILL at named checkpoints of each phase (see {@code
 * org.radkg.store.Checkpoints}), or starved of space, in a child JVM: the previous store and dumps
 * stay intact (same canonical N-Quads, checksums verify) and are served, and the next build gives
 * the same graph as a clean one; a server restarted on the store needs no rebuild.
 */
class BuildFaultTest {
  private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
  @TempDir static Path tmp;
  static Path corpusA;
  static Path corpusB;
  static Path corpusA1;

  @BeforeAll
  static void corpora() throws Exception {
    SyntheticCorpus gen =
        new SyntheticCorpus(
            ReferenceData.fromClasspath().known(), SyntheticCorpus.citiesFromClasspath(200_000));
    List<Path> seed = filesOf(Path.of("data/corpus"));
    corpusA = tmp.resolve("corpusA");
    corpusB = tmp.resolve("corpusB");
    gen.write(seed, 3, 1, corpusA);
    gen.write(seed, 3, 2, corpusB);
    // A with one letter of one article's headline changed (same length, so no other article moves):
    // a small delta.
    corpusA1 = tmp.resolve("corpusA1");
    Files.createDirectories(corpusA1);
    org.radkg.corpus.Article first = new CorpusLoader().load(List.of(corpusA)).get(0);
    String title = first.title();
    int letter = title.indexOf('e', 1);
    String edited = title.substring(0, letter) + 'o' + title.substring(letter + 1);
    for (Path f : filesOf(corpusA)) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      if (f.getFileName().toString().equals(first.source().name())) {
        assertTrue(text.contains(title), title);
        text = text.replace(title, edited);
      }
      Files.writeString(corpusA1.resolve(f.getFileName().toString()), text, StandardCharsets.UTF_8);
    }
  }

  @Test
  void killedInEveryPhaseTheOldStoreIsIntactServedAndTheNextBuildEqualsACleanOne()
      throws Exception {
    Path store = tmp.resolve("store");
    assertEquals(
        0, CliRun.of("build", "--input", corpusA.toString(), "--store", store.toString()).code());
    // Each child pauses at a named checkpoint (RADKG_PAUSE_AT) and is killed there, however fast
    // the
    // phase: during extraction, in the middle of the bulk load, with the generation written but not
    // switched in, and with the store switched in but the dumps not yet written. Corpus B differs
    // from A in every article (a full bulk load); corpus A1, one article edited, is a
    // graph-by-graph
    // update of a copy of the served generation, killed after the copy and in the middle of the
    // delta.
    for (Map.Entry<String, Path> kill :
        List.of(
            Map.entry("extracting", corpusB),
            Map.entry("store:half-loaded", corpusB),
            Map.entry("store:written", corpusB),
            Map.entry("store:copied", corpusA1),
            Map.entry("store:half-loaded", corpusA1),
            Map.entry(Build.BEFORE_DUMPS, corpusB))) {
      Snapshot before = Snapshot.of(store);
      long servedCount = servedCount(store);
      String checkpoint = kill.getKey();
      boolean progressLine = checkpoint.equals("extracting");
      ChildBuild child =
          ChildBuild.startPausing(
              0,
              progressLine ? null : checkpoint,
              "build",
              "--input",
              kill.getValue().toString(),
              "--store",
              store.toString());
      assertTrue(
          child.awaitLine(
              l ->
                  progressLine
                      ? l.endsWith("] extracting")
                      : l.equals("radkg: paused at " + checkpoint),
              120_000),
          child.output());
      child.kill();
      String where = "killed at '" + checkpoint + "' building " + kill.getValue().getFileName();
      Snapshot after = Snapshot.of(store);
      assertTrue(after.sumsVerify(), where + ": SHA256SUMS of the served dumps");
      if (checkpoint.equals(Build.BEFORE_DUMPS)) {
        // The store was switched before the kill: it is whole, the dumps are the old ones, and the
        // record
        // says stale so that the next build (or serve) writes the dumps again.
        assertFalse(after.storeGeneration.equals(before.storeGeneration), where);
        assertEquals(before.dumpGeneration, after.dumpGeneration, where);
        assertTrue(
            Build.stale(BuildRequest.of(List.of(corpusB), store)),
            where + ": a half-finished build must look stale");
      } else {
        assertEquals(before, after, where);
        assertEquals(
            servedCount, servedCount(store), where + ": the server answers from the old graph");
      }
    }
    // Recovery: the next build succeeds and equals a clean build of the same input.
    ChildBuild next =
        ChildBuild.start(0, "build", "--input", corpusB.toString(), "--store", store.toString());
    assertEquals(0, next.waitFor(), next.output());
    Path clean = tmp.resolve("clean");
    assertEquals(
        0, CliRun.of("build", "--input", corpusB.toString(), "--store", clean.toString()).code());
    Snapshot recovered = Snapshot.of(store);
    Snapshot fresh = Snapshot.of(clean);
    assertTrue(recovered.sumsVerify());
    assertArrayEquals(
        fresh.canonicalDump, recovered.canonicalDump, "recovered graph = clean build's graph");
    assertEquals(fresh.graphSha, recovered.graphSha);
    assertEquals(servedCount(clean), servedCount(store));
    try (Stream<Path> s = Files.list(store)) {
      List<String> left =
          s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp")).toList();
      assertEquals(List.of(), left, "temporaries left behind");
    }
  }

  @Test
  void aWriteThatFailsForLackOfSpaceLeavesTheStoreAndExitsSeven() throws Exception {
    Path store = tmp.resolve("small");
    // ulimit -f makes every write past 3 MB fail with EFBIG ("File too large"), as a full disk
    // fails with
    // ENOSPC; it needs no privileges, unlike mounting a small tmpfs, so it runs in any CI
    // container.
    String output = buildBIntoAFullStore(store, 3000);
    assertTrue(output.contains("no space left to write (File too large)"), output);
    assertEquals(
        0,
        CliRun.of("build", "--input", corpusB.toString(), "--store", store.toString()).code(),
        "room again: the build succeeds");
  }

  @ParameterizedTest
  @ValueSource(strings = {"14m", "15m"})
  void aRealFullDiskOnASmallTmpfsLeavesTheStoreAndExitsSeven(String size) throws Exception {
    Path mountPoint = Files.createDirectories(tmp.resolve("tmpfs-" + size));
    // Needs the privilege to mount (root outside a restricted container); skipped elsewhere, where
    // the ulimit test stands in.
    // Room for corpus A's store (about 9.3 MB with its statements' methods and confidences, a
    // megabyte more since the ontology's graph and the materialized triples, about another since
    // each source document's text is published as the context of the evidence offsets) and little
    // more, and since the summary graph of the prebuilt queries another megabyte, and since the
    // per-graph cache of canonical graphs 0.9 MB more): with 14 MB, B fails at its first writes;
    // with 15 MB, inside the parallel loader's threads, which once left the build waiting for ever.
    Process mount =
        new ProcessBuilder(
                "mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString())
            .redirectErrorStream(true)
            .start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mount.waitFor() == 0, "cannot mount a tmpfs here");
    try {
      Path store = mountPoint.resolve("store");
      String output = buildBIntoAFullStore(store, 0);
      assertTrue(
          output.contains("the disk is probably full")
              || output.contains("No space left on device"),
          output);
      try (Stream<Path> s = Files.list(store)) {
        assertEquals(
            List.of("tdb2-1"),
            s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("tdb2-")).toList(),
            "the half-written generation is removed");
      }
    } finally {
      new ProcessBuilder("umount", mountPoint.toString()).start().waitFor();
    }
  }

  @Test
  void aRestartedServerServesTheSameGraphFromDiskWithoutRebuilding() throws Exception {
    Path store = tmp.resolve("restart");
    assertEquals(
        0, CliRun.of("build", "--input", corpusA.toString(), "--store", store.toString()).code());
    Snapshot built = Snapshot.of(store);
    String first = null;
    for (int run = 0; run < 2; run++) {
      ChildBuild serve =
          ChildBuild.start(
              0,
              "serve",
              "--input",
              corpusA.toString(),
              "--store",
              store.toString(),
              "--port",
              "0");
      try {
        assertTrue(serve.awaitLine(l -> l.contains("radkg: serving"), 60_000), serve.output());
        Matcher m = Pattern.compile("at http://localhost:(\\d+)/").matcher(serve.output());
        assertTrue(m.find(), serve.output());
        String answer = query("http://localhost:" + m.group(1) + "/", COUNT);
        if (first == null) {
          first = answer;
        }
        assertEquals(first, answer, "same answer after restart");
        assertFalse(serve.output().contains("building"), "no rebuild on start: " + serve.output());
      } finally {
        serve.kill(); // a crash, not a clean stop: the store must not depend on shutdown hooks
      }
      assertEquals(built, Snapshot.of(store), "the store on disk is unchanged by serving");
    }
  }

  /**
   * Builds corpus A into {@code store}, then B in a child that runs out of space: exit 7, A still
   * served; returns the child's output.
   */
  private static String buildBIntoAFullStore(Path store, long maxFileKb) throws Exception {
    assertEquals(
        0, CliRun.of("build", "--input", corpusA.toString(), "--store", store.toString()).code());
    Snapshot before = Snapshot.of(store);
    ChildBuild child =
        ChildBuild.start(
            maxFileKb, "build", "--input", corpusB.toString(), "--store", store.toString());
    int code = child.waitFor();
    assertEquals(ExitCode.NO_SPACE.code(), code, child.output());
    assertTrue(child.output().contains("radkg: no space left to write"), child.output());
    assertEquals(before, Snapshot.of(store));
    assertTrue(Snapshot.of(store).sumsVerify());
    return child.output();
  }

  private static long servedCount(Path store) throws Exception {
    try (RadkgServer server =
        RadkgServer.start(
            new ServerSettings(
                store,
                0,
                null,
                Rkg.DATA_BASE,
                Duration.ofSeconds(20),
                1000,
                null,
                QueryCatalog.load(Path.of("queries")),
                null))) {
      return Long.parseLong(query("http://127.0.0.1:" + server.port() + "/", COUNT));
    }
  }

  private static String query(String base, String sparql) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            base
                                + "sparql?query="
                                + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return r.body().lines().skip(1).findFirst().orElseThrow().trim();
  }

  private static List<Path> filesOf(Path dir) throws IOException {
    try {
      return CorpusLoader.files(List.of(dir));
    } catch (org.radkg.corpus.CorpusException e) {
      throw new IOException(e);
    }
  }

  /**
   * What a store folder serves: the generations its links point to, the canonical dump and the
   * record's graph hash.
   */
  record Snapshot(
      String storeGeneration,
      String dumpGeneration,
      byte[] canonicalDump,
      String graphSha,
      Path dumps) {
    static Snapshot of(Path store) throws IOException {
      String sha =
          Files.readAllLines(store.resolve("build.properties")).stream()
              .filter(l -> l.startsWith("sha256="))
              .findFirst()
              .orElse("");
      Path dumps = store.resolve("dumps").toRealPath();
      return new Snapshot(
          store.resolve("tdb2").toRealPath().getFileName().toString(),
          dumps.getFileName().toString(),
          Files.readAllBytes(dumps.resolve("radkg.nq.gz")),
          sha,
          dumps);
    }

    /** Every file listed in SHA256SUMS has that hash. */
    boolean sumsVerify() throws Exception {
      List<String> lines = Files.readAllLines(dumps.resolve("SHA256SUMS"));
      for (String line : lines) {
        String[] parts = line.split("\\s+\\*?", 2);
        byte[] digest =
            MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(dumps.resolve(parts[1])));
        if (!HexFormat.of().formatHex(digest).equals(parts[0])) {
          return false;
        }
      }
      return !lines.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Snapshot s
          && s.storeGeneration.equals(storeGeneration)
          && s.dumpGeneration.equals(dumpGeneration)
          && java.util.Arrays.equals(s.canonicalDump, canonicalDump)
          && s.graphSha.equals(graphSha);
    }

    @Override
    public int hashCode() {
      return storeGeneration.hashCode();
    }

    @Override
    public String toString() {
      return "store " + storeGeneration + ", dumps " + dumpGeneration + ", " + graphSha;
    }
  }
}
