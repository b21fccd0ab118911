package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval --pages}: a page set kept by address is scored page by page, gold keyed by page id
 * whatever title the layout chose; pages whose text was not read are named and left out of the
 * scores.
 */
class EvalPagesTest {
  @TempDir Path dir;

  @Test
  void scoresPagesByIdAndNamesThoseWithoutText() throws Exception {
    Files.createDirectories(dir.resolve("gold"));
    Files.createDirectories(dir.resolve("text"));
    Files.writeString(
        dir.resolve("pages.tsv"),
        "id\tsplit\turl\n" + "p1\tlearn\thttps://example.org/1\np2\ttest\thttps://example.org/2\n");
    Files.writeString(
        dir.resolve("text/p1.txt"),
        "RESTON, Va. (Nov. 4, 2015) — The American College of Radiology "
            + "(ACR) and the European Society of Radiology (ESR) will meet in Vienna. The meeting is open to members.\n");
    Files.writeString(
        dir.resolve("gold/p1.tsv"),
        "# split: real-learn\n"
            + "p1\tentity\tAmerican College of Radiology\tSociety\tACR\n"
            + "p1\tentity\tEuropean Society of Radiology\tSociety\tESR\n"
            + "p1\tentity\tVienna\tCity\t\n");
    Files.writeString(
        dir.resolve("gold/p2.tsv"),
        "# split: real-test\n"
            + "p2\tentity\tRadiological Society of North America\tSociety\tRSNA\n");
    CliRun run = CliRun.of("eval", "--pages", dir.toString(), "--format", "json");
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.err().contains("1 of 2 pages have no text") && run.err().contains("p2"), run.err());
    assertTrue(
        run.out().contains("\"real-learn\":{\"articles\":1,\"missingArticles\":[]"), run.out());
    assertTrue(!run.out().contains("real-test"), "a page without text is not scored: " + run.out());
    assertTrue(run.out().contains("\"entityMicro\":{\"tp\":3"), run.out());
  }

  @Test
  void withoutOptionsEverySetIsReportedRealPagesFirst() {
    CliRun run = CliRun.of("eval");
    assertEquals(0, run.code(), run.err());
    int real = run.out().indexOf("set: data/eval/real");
    int seed = run.out().indexOf("set: seed newsletter");
    int unseen3 = run.out().indexOf("set: data/eval/unseen3");
    assertTrue(real >= 0 && seed > real && unseen3 > seed, run.out());
    assertTrue(run.out().contains("== split: test ("), "the seed's held-back split: " + run.out());
  }

  @Test
  void aFolderWithoutAnIndexIsBadInput() {
    CliRun run = CliRun.of("eval", "--pages", dir.toString());
    assertEquals(3, run.code());
    assertTrue(run.err().contains("not a page set"), run.err());
  }
}
