package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.build.Build;
import org.radkg.build.BuildRequest;

/**
 * build --min-confidence: checked, applied, and remembered so that serve rebuilds a store built
 * with another threshold.
 */
class MinConfidenceBuildTest {
  @TempDir Path tmp;

  @Test
  void aThresholdOutsideZeroToOneIsBadInput() {
    CliRun r =
        CliRun.of("build", "--store", tmp.resolve("s").toString(), "--min-confidence", "1.5");
    assertEquals(ExitCode.BAD_INPUT.code(), r.code());
    assertTrue(r.err().contains("--min-confidence"), r.err());
  }

  @Test
  void aHighThresholdDropsFactsAndAnotherThresholdMakesTheStoreStale() throws Exception {
    Path input =
        Files.writeString(
            tmp.resolve("news.txt"),
            """
        Imaging Society of Testland (IST)

        A registry opens

        The Imaging Society of Testland (IST) launched the Testland Dose Registry in 2021.
        """);
    Path store = tmp.resolve("store");
    CliRun all =
        CliRun.of(
            "build",
            "--input",
            input.toString(),
            "--store",
            store.toString(),
            "--min-confidence",
            "0");
    assertEquals(0, all.code(), all.err());
    assertFalse(Build.stale(BuildRequest.of(List.of(input), store).withMinConfidence(0.0)));
    assertTrue(
        Build.stale(BuildRequest.of(List.of(input), store).withMinConfidence(0.99)),
        "built with another threshold");
    long before = quads(all.out());
    CliRun strict =
        CliRun.of(
            "build",
            "--input",
            input.toString(),
            "--store",
            store.toString(),
            "--min-confidence",
            "0.99");
    assertEquals(0, strict.code(), strict.err());
    assertTrue(quads(strict.out()) < before, all.out() + " / " + strict.out());
    assertFalse(Build.stale(BuildRequest.of(List.of(input), store).withMinConfidence(0.99)));
  }

  private static long quads(String out) {
    return Long.parseLong(out.replaceAll("(?s).*?: (\\d+) quads.*", "$1"));
  }
}
