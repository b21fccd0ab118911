package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options the commands share through mixins behave alike in every command that mixes them in.
 */
class SharedOptionsTest {
  @TempDir Path tmp;

  @Test
  void everyStoreReaderSaysThereIsNoStoreHereAndHowToGetOne() {
    String nothing = tmp.resolve("nothing").toString();
    String[][] runs = {
      {"stats", "--store", nothing}, {"validate", "--store", nothing},
      {"query", "who-funds-what", "--store", nothing}, {"network", "--store", nothing},
      {"serve", "--no-build", "--store", nothing}
    };
    String[] hints = {
      "(run ./radkg build first)",
      "(run ./radkg build first)",
      "(run ./radkg build first, or use --endpoint)",
      "(run ./radkg build first, or use --endpoint)",
      "(run ./radkg build, or drop --no-build)"
    };
    for (int i = 0; i < runs.length; i++) {
      CliRun r = CliRun.of(runs[i]);
      assertEquals(ExitCode.BAD_INPUT.code(), r.code(), runs[i][0] + ": " + r.err());
      assertEquals(
          "radkg: " + nothing + ": no store here " + hints[i], r.err().strip(), runs[i][0]);
    }
  }

  @Test
  void eachCommandKeepsItsOwnTimeoutDefault() {
    assertTrue(CliRun.of("query", "--help").out().contains("Default: 60"));
    assertTrue(
        CliRun.of("network", "--help")
            .out()
            .replaceAll("\\s+", " ")
            .contains("after this many seconds. Default: 120"));
  }

  @Test
  void aBadPrebuiltQueryFolderIsBadInput() throws Exception {
    Path queries = java.nio.file.Files.createDirectories(tmp.resolve("queries"));
    java.nio.file.Files.writeString(queries.resolve("broken.rq"), "SELECT WHERE {");
    CliRun r = CliRun.of("query", "--list", "--queries", queries.toString());
    assertEquals(ExitCode.BAD_INPUT.code(), r.code(), r.err());
    assertTrue(r.err().startsWith("radkg: bad prebuilt query: "), r.err());
  }

  @Test
  void enumValuesIgnoreCaseInEveryCommand() {
    String nothing = tmp.resolve("nothing").toString();
    // Parsed: each run gets as far as looking for the store.
    for (String[] args :
        new String[][] {
          {"query", "who-funds-what", "--format", "CSV", "--store", nothing},
          {
            "network",
            "--format",
            "GraphML",
            "--projection",
            "INITIATIVE",
            "--node-kind",
            "Society",
            "--store",
            nothing
          }
        }) {
      CliRun r = CliRun.of(args);
      assertEquals(ExitCode.BAD_INPUT.code(), r.code(), r.err());
      assertTrue(r.err().contains("no store here"), r.err());
    }
    Main.commandLine()
        .getSubcommands()
        .forEach(
            (name, sub) ->
                assertTrue(sub.getCommandSpec().parser().caseInsensitiveEnumValuesAllowed(), name));
  }

  @Test
  void aValueNoneOfTheChoicesMatchIsBadInputInOneLine() {
    for (String[] args :
        new String[][] {
          {"query", "who-funds-what", "--format", "xls"}, {"network", "--projection", "friends"},
          {"extract", "--input", "data/corpus", "--format", "xml"}, {"eval", "--format", "html"}
        }) {
      CliRun r = CliRun.of(args);
      assertEquals(ExitCode.BAD_INPUT.code(), r.code(), r.err());
      assertTrue(r.err().startsWith("radkg: Invalid value for option '--"), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
    }
    assertEquals(
        ExitCode.USAGE.code(),
        CliRun.of("network", "--min-weight", "x").code(),
        "not a number: a usage error");
  }
}
