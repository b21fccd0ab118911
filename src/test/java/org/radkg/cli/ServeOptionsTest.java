package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code radkg serve}'s query limits: documented in its help, refused when below 1 before anything
 * is built.
 */
class ServeOptionsTest {
  @TempDir Path tmp;

  @Test
  void queryLimitsAreDocumentedAndCheckedFirst() {
    CliRun help = CliRun.of("serve", "--help");
    assertTrue(
        help.out().contains("--max-concurrent-queries")
            && help.out().contains("--max-queries-per-client"),
        help.out());
    for (String option : new String[] {"--max-concurrent-queries", "--max-queries-per-client"}) {
      CliRun run = CliRun.of("serve", "--store", tmp.resolve("out").toString(), option, "0");
      assertEquals(ExitCode.BAD_INPUT.code(), run.code(), run.err());
      assertTrue(run.err().contains("must be at least 1"), run.err());
    }
    assertFalse(Files.exists(tmp.resolve("out")), "nothing built");
  }
}
