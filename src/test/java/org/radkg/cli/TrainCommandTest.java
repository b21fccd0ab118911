package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.extract.RelationModel;

/**
 * {@code train}: fits the relation model to a tiny annotated page set, learns only from its learn
 * half, names the learn pages without text, and gives the same model bytes when run twice.
 */
class TrainCommandTest {
  @TempDir Path dir;

  private void pageSet() throws Exception {
    Path set = dir.resolve("set");
    Files.createDirectories(set.resolve("gold"));
    Files.createDirectories(set.resolve("text"));
    Files.writeString(
        set.resolve("pages.tsv"),
        "id\tsplit\turl\n"
            + "p1\tlearn\thttps://example.org/1\np2\tlearn\thttps://example.org/2\np3\ttest\thttps://example.org/3\n"
            + "p4\tlearn\thttps://example.org/4\n");
    String[][] texts = {
      {
        "p1",
        "The American College of Radiology (ACR) shared a booth with the European Society of Radiology (ESR) at the fair. "
            + "Separately, the ACR and the Korean Society of Radiology (KSR) issued statements."
      },
      {
        "p2",
        "The Radiological Society of North America (RSNA) shared a booth with the International Society of Radiology (ISR) at the fair. "
            + "The ISR thanked its hosts in Vienna. The course is open to members."
      },
      {
        "p3",
        "The Japan Radiological Society (JRS) works with the Korean Society of Radiology (KSR) on research."
      }
    };
    String[][] gold = {
      {
        "p1",
        "real-learn",
        "American College of Radiology\tSociety\tACR",
        "European Society of Radiology\tSociety\tESR",
        "American College of Radiology\tcollaboratesWith\tEuropean Society of Radiology"
      },
      {
        "p2",
        "real-learn",
        "Radiological Society of North America\tSociety\tRSNA",
        "International Society of Radiology\tSociety\tISR",
        "Radiological Society of North America\tcollaboratesWith\tInternational Society of Radiology"
      },
      {
        "p3",
        "real-test",
        "Japan Radiological Society\tSociety\tJRS",
        "Korean Society of Radiology\tSociety\tKSR",
        "Japan Radiological Society\tcollaboratesWith\tKorean Society of Radiology"
      }
    };
    for (String[] t : texts) {
      Files.writeString(set.resolve("text/" + t[0] + ".txt"), t[1] + "\n");
    }
    for (String[] g : gold) {
      StringBuilder b = new StringBuilder("# split: " + g[1] + "\n");
      b.append(g[0]).append("\tentity\t").append(g[2]).append('\n');
      b.append(g[0]).append("\tentity\t").append(g[3]).append('\n');
      b.append(g[0]).append("\trelation\t").append(g[4]).append('\n');
      Files.writeString(set.resolve("gold/" + g[0] + ".tsv"), b.toString());
    }
    Files.writeString(dir.resolve("seed.tsv"), "# split: dev\n");
    Files.writeString(dir.resolve("seed.txt"), "Nothing here is annotated.\n");
  }

  private CliRun train(String out) {
    return CliRun.of(
        "train",
        "--gold",
        dir.resolve("seed.tsv").toString(),
        "--input",
        dir.resolve("seed.txt").toString(),
        "--pages",
        dir.resolve("set").toString(),
        "--out",
        dir.resolve(out).toString(),
        "--folds",
        "2");
  }

  @Test
  void learnsFromTheLearnHalfAndGivesTheSameBytesTwice() throws Exception {
    pageSet();
    CliRun first = train("a");
    assertEquals(0, first.code(), first.err());
    assertTrue(
        first.err().contains("1 learn pages have no text") && first.err().contains("p4"),
        first.err());
    CliRun second = train("b");
    assertEquals(0, second.code(), second.err());
    byte[] a = Files.readAllBytes(dir.resolve("a/relation-model.bin"));
    assertArrayEquals(
        a, Files.readAllBytes(dir.resolve("b/relation-model.bin")), "same data, same model bytes");
    String record = Files.readString(dir.resolve("a/relation-model.properties"));
    assertTrue(
        record.contains("learn pages with text): 2 articles"),
        "only the two learn pages with text: " + record);
    assertTrue(record.contains("threshold=") && record.contains("sha256="), record);
    // The bytes read back as a model that knows the collaboration it was shown.
    assertTrue(RelationModel.read(a).getIndex("collaboratesWith") >= 0);
  }

  @Test
  void aMissingPageSetIsBadInput() throws Exception {
    pageSet();
    CliRun run =
        CliRun.of(
            "train",
            "--gold",
            dir.resolve("seed.tsv").toString(),
            "--input",
            dir.resolve("seed.txt").toString(),
            "--pages",
            dir.resolve("nowhere").toString(),
            "--out",
            dir.resolve("c").toString());
    assertEquals(3, run.code());
    assertTrue(run.err().contains("not a page set"), run.err());
  }
}
