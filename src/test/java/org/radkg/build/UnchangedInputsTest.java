package org.radkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.store.StoreBuilder;
import org.radkg.store.StoreLayout;

/**
 * A build whose documents, code, reference data and threshold are those of the last complete build
 * says so and returns without reading, extracting or writing anything, the served generation and
 * dumps staying served; anything else that changed since (a document's bytes, a dump, a generation
 * written by other means) makes it build.
 */
class UnchangedInputsTest {
  /** Two articles of a made-up society. */
  private static final String NEWS = BuildTest.NEWS;

  @TempDir Path tmp;

  @Test
  void sameInputsKeepTheServedGenerationAndDumpsWithoutReadingAnything() throws Exception {
    Path input = Files.writeString(tmp.resolve("news.txt"), NEWS);
    BuildRequest request = BuildRequest.of(List.of(input), tmp.resolve("store"));
    BuildResult first = Build.run(request, BuildListener.SILENT);
    StoreLayout layout = StoreLayout.of(request.store());
    Path servedStore = layout.tdb2().toRealPath();
    Path servedDumps = layout.dumps().toRealPath();
    List<String> files = listing(request.store());
    // Only the time changed, as after a checkout or a copy: the bytes are the same.
    Files.setLastModifiedTime(layout.buildRecord(), FileTime.fromMillis(1_000));
    assertTrue(Build.stale(request));

    List<String> steps = new ArrayList<>();
    BuildResult again = Build.run(request, steps::add);

    assertTrue(steps.stream().anyMatch(s -> s.startsWith("nothing changed")), steps.toString());
    assertFalse(steps.contains("extracting"), steps.toString());
    assertFalse(again.store().changed());
    assertFalse(again.dumps().changed());
    assertEquals(first.store().generation(), again.store().generation());
    assertEquals(first.store().sha256(), again.store().sha256());
    assertEquals(first.store().quads(), again.store().quads());
    assertEquals(first.dumps().sha256(), again.dumps().sha256());
    assertEquals(servedStore, layout.tdb2().toRealPath(), "the same generation stays served");
    assertEquals(servedDumps, layout.dumps().toRealPath());
    assertEquals(servedDumps, again.dumps().directory());
    assertEquals(files, listing(request.store()), "no generation written or removed");
    assertFalse(Build.stale(request), "marked up to date with its inputs");
    assertEquals(0, again.extracted() + again.cached(), "nothing read from the cache either");
  }

  @Test
  void aChangedDocumentThresholdOrFullBuildsAgain() throws Exception {
    Path input = Files.writeString(tmp.resolve("news.txt"), NEWS);
    BuildRequest request = BuildRequest.of(List.of(input), tmp.resolve("store"));
    Build.run(request, BuildListener.SILENT);

    assertBuilds(request.withFull(true), "--full");
    assertBuilds(request.withMinConfidence(0.5), "another threshold");
    assertBuilds(request.withMinConfidence(0.5), "nothing changed", false);
    Files.writeString(input, NEWS.replace("2021", "2022"), StandardCharsets.UTF_8);
    BuildResult edited = assertBuilds(request.withMinConfidence(0.5), "an edited document");
    assertTrue(edited.store().changed(), "a new generation for the edited document");
    Files.writeString(
        tmp.resolve("documents.tsv"), "file\tpublished\tpublisher\tlicence\nnews.txt\t\tIST\t\n");
    assertBuilds(request.withMinConfidence(0.5), "a new documents.tsv beside the document");
  }

  @Test
  void aDamagedDumpOrAGenerationWrittenSinceIsNotCalledUnchanged() throws Exception {
    Path input = Files.writeString(tmp.resolve("news.txt"), NEWS);
    BuildRequest request = BuildRequest.of(List.of(input), tmp.resolve("store"));
    BuildResult first = Build.run(request, BuildListener.SILENT);
    StoreLayout layout = StoreLayout.of(request.store());

    Files.writeString(layout.dumps().resolve("void.ttl"), "# edited\n", StandardOpenOption.APPEND);
    BuildResult repaired = assertBuilds(request, "a dump changed since the build");
    assertTrue(repaired.dumps().changed(), "the dumps are written again");
    assertFalse(repaired.store().changed(), "the store holds the same data");
    assertBuilds(request, "nothing changed", false);

    // Another writer (a test fixture, an older radkg) switches in another generation.
    new StoreBuilder().build(DatasetGraphFactory.create(), request.store());
    BuildResult rebuilt = assertBuilds(request, "a generation written by other means");
    assertTrue(rebuilt.store().changed());
    assertEquals(first.store().sha256(), rebuilt.store().sha256(), "the inputs' graph again");
  }

  private static BuildResult assertBuilds(BuildRequest request, String why) throws Exception {
    return assertBuilds(request, why, true);
  }

  private static BuildResult assertBuilds(BuildRequest request, String why, boolean builds)
      throws Exception {
    List<String> steps = new ArrayList<>();
    BuildResult r = Build.run(request, steps::add);
    assertEquals(builds, steps.contains("extracting"), why + ": " + steps);
    return r;
  }

  private static List<String> listing(Path store) throws Exception {
    try (Stream<Path> walk = Files.walk(store)) {
      return walk.filter(p -> !p.getFileName().toString().equals("build.lock"))
          .map(p -> store.relativize(p).toString())
          .sorted()
          .toList();
    }
  }
}
