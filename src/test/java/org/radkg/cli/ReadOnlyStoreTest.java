package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store folder this process may not write (simulated with {@code chattr +i} on each of its files
 * and folders, which even root cannot write through; skipped where chattr is missing or the file
 * system has no such flag) is named as such with exit 10 by build, serve and the commands that read
 * it, never "internal error".
 */
class ReadOnlyStoreTest {
  @TempDir Path tmp;
  Path store;
  boolean immutable;

  @Test
  void everyCommandNamesTheUnwritableStore() throws Exception {
    Path input = tmp.resolve("news.txt");
    Files.writeString(input, DamagedStoreTest.NEWSLETTER, StandardCharsets.UTF_8);
    store = tmp.resolve("out");
    assertEquals(
        0, CliRun.of("build", "--input", input.toString(), "--store", store.toString()).code());
    immutable = true; // from here on, clear the flag whatever happens
    assumeTrue(
        chattr("+i") && !Files.isWritable(store),
        "chattr +i is not available here (needs root and a file system with the immutable flag)");

    Files.writeString(
        tmp.resolve("more.txt"),
        DamagedStoreTest.NEWSLETTER.replace("2020", "2021"),
        StandardCharsets.UTF_8);
    CliRun build =
        CliRun.of(
            "build", "--input", tmp.resolve("more.txt").toString(), "--store", store.toString());
    CliRun serve =
        assertTimeoutPreemptively(
            Duration.ofSeconds(120),
            () ->
                CliRun.of(
                    "serve",
                    "--port",
                    "0",
                    "--input",
                    input.toString(),
                    "--store",
                    store.toString()));
    for (CliRun run :
        List.of(
            build,
            serve,
            CliRun.of("stats", "--store", store.toString()),
            CliRun.of("validate", "--store", store.toString()))) {
      assertEquals(ExitCode.STORE_NOT_WRITABLE.code(), run.code(), run.err());
      assertTrue(run.err().contains("the store at " + store + " is not writable: "), run.err());
      assertFalse(run.err().contains("internal error"), run.err());
    }
  }

  @AfterEach
  void writableAgain() throws Exception {
    if (immutable) {
      chattr("-i"); // else the temporary folder cannot be deleted
    }
  }

  /**
   * Sets or clears the immutable flag of every folder and file of the store (symbolic links have
   * none).
   */
  private boolean chattr(String flag) throws InterruptedException {
    List<String> command = new ArrayList<>(List.of("chattr", flag));
    try (Stream<Path> walk = Files.walk(store)) {
      walk.filter(p -> !Files.isSymbolicLink(p)).forEach(p -> command.add(p.toString()));
    } catch (IOException e) {
      return false;
    }
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
