package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code radkg network} on the seed store: files written, reproducible, empty results and usage
 * errors.
 */
class NetworkCommandTest {
  @TempDir static Path seed;
  @TempDir Path tmp;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @BeforeAll
  static void buildSeed() {
    assertEquals(0, run("build", "--store", seed.resolve("out").toString()).code());
  }

  private String store() {
    return seed.resolve("out").toString();
  }

  @Test
  void exportsAreReproducible() throws Exception {
    Path a = tmp.resolve("a.gexf");
    Path b = tmp.resolve("b.gexf");
    CliRun first = run("network", "--store", store(), "--format", "gexf", "--out", a.toString());
    assertEquals(0, first.code());
    assertTrue(
        first
            .err()
            .matches(
                "(?s)radkg: wrote \\d+ organizations, \\d+ links and \\d+ communities to .*a\\.gexf \\(gexf\\)\\R"),
        "a written file is announced: " + first.err());
    assertEquals(
        0, run("network", "--store", store(), "--format", "gexf", "--out", b.toString()).code());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    assertTrue(Files.readString(a).contains("id=\"n_radiological_society_of_north_america\""));
  }

  @Test
  void folderFormatsWriteTwoFiles() {
    assertEquals(
        0,
        run(
                "network",
                "--store",
                store(),
                "--format",
                "csv",
                "--out",
                tmp.resolve("csv").toString())
            .code());
    assertTrue(
        Files.isRegularFile(tmp.resolve("csv/nodes.csv"))
            && Files.isRegularFile(tmp.resolve("csv/edges.csv")));
    assertEquals(
        0,
        run(
                "network",
                "--store",
                store(),
                "--format",
                "vosviewer",
                "--out",
                tmp.resolve("vos").toString())
            .code());
    assertTrue(
        Files.isRegularFile(tmp.resolve("vos/map.txt"))
            && Files.isRegularFile(tmp.resolve("vos/network.txt")));
  }

  @Test
  void anEmptyResultIsAValidEmptyFileAndAMessage() throws Exception {
    Path f = tmp.resolve("none.graphml");
    CliRun r = run("network", "--store", store(), "--from", "2090", "--out", f.toString());
    assertEquals(0, r.code());
    assertTrue(r.err().contains("no organization links match"), r.err());
    assertTrue(
        Files.readString(f).contains("<graph edgedefault=\"undirected\"/>")
            || Files.readString(f).contains("<graph edgedefault=\"undirected\">"));
  }

  @Test
  void badOptionsAreBadInput() {
    assertEquals(
        ExitCode.BAD_INPUT.code(), run("network", "--store", store(), "--format", "xls").code());
    assertEquals(
        ExitCode.BAD_INPUT.code(), run("network", "--store", store(), "--format", "csv").code());
    assertEquals(
        ExitCode.BAD_INPUT.code(),
        run("network", "--store", store(), "--from", "2024", "--to", "2020").code());
    assertEquals(
        ExitCode.BAD_INPUT.code(),
        run("network", "--store", store(), "--projection", "friends").code());
    assertEquals(
        ExitCode.BAD_INPUT.code(),
        run("network", "--store", store(), "--node-kind", "person").code());
    CliRun missing = run("network", "--store", tmp.resolve("nothing").toString());
    assertEquals(ExitCode.BAD_INPUT.code(), missing.code());
    assertTrue(missing.err().contains("no store here"), missing.err());
    assertEquals(ExitCode.USAGE.code(), run("network", "--min-weight", "x").code());
  }
}
