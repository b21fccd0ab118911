package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.corpus.PdfDocuments;
import org.radkg.store.BuildRecord;

/**
 * {@code radkg add} copies readable documents into the corpus folder and rebuilds incrementally; a
 * file it cannot read, or one that would overwrite another text, stops it before anything is
 * copied.
 */
class AddCommandTest {
  private static final String NEWSLETTER =
      """
      American College of Radiology (ACR)

      ACR Launches National Clinical Imaging Research Registry

      The ACR launched the National Clinical Imaging Research Registry (NCIRR) in 2020. The registry is funded by the National Institutes of Health.
      """;

  @TempDir Path tmp;

  @Test
  void addsAPageAndAPdfAndRebuildsOnlyWhatIsNew() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("news.txt"), NEWSLETTER);
    Path store = tmp.resolve("out");
    assertEquals(
        0, CliRun.of("build", "--input", corpus.toString(), "--store", store.toString()).code());
    long quadsBefore = BuildRecord.read(store).orElseThrow().quads();

    Path incoming = Files.createDirectories(tmp.resolve("incoming"));
    Path page =
        Files.writeString(
            incoming.resolve("release.html"),
            "<html><head><title>RSNA opens a learning center</title></head><body><h1>RSNA opens a"
                + " learning center</h1><p>The Radiological Society of North America opened a Global"
                + " Learning Center in Kigali in 2023 with the University of Rwanda.</p></body></html>");
    Path pdf =
        Files.write(
            incoming.resolve("edition.pdf"),
            new PdfDocuments()
                .page(
                    PdfDocuments.column(
                        72,
                        700,
                        80,
                        "ESR and EFRS sign a training agreement",
                        "The European Society of Radiology and the European Federation of"
                            + " Radiographer Societies signed an agreement on training in Vienna in 2024."))
                .bytes());
    CliRun add =
        CliRun.of(
            "add",
            page.toString(),
            pdf.toString(),
            "--corpus",
            corpus.toString(),
            "--store",
            store.toString());
    assertEquals(0, add.code(), add.err());
    assertTrue(Files.isRegularFile(corpus.resolve("release.html")));
    assertTrue(Files.isRegularFile(corpus.resolve("edition.pdf")));
    assertTrue(add.err().contains("added 2 document(s)"), add.err());
    assertTrue(add.out().contains("2 article(s) extracted, 1 from the cache"), add.out());
    assertTrue(BuildRecord.read(store).orElseThrow().quads() > quadsBefore);

    CliRun again =
        CliRun.of(
            "add", page.toString(), "--corpus", corpus.toString(), "--store", store.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.err().contains("(1 already there)"), again.err());
  }

  @Test
  void aBadFileOrAConflictStopsTheAdditionBeforeAnythingIsCopied() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("news.txt"), NEWSLETTER);
    Path incoming = Files.createDirectories(tmp.resolve("incoming"));
    Path good = Files.writeString(incoming.resolve("good.txt"), NEWSLETTER.replace("2020", "2021"));
    Path binary = Files.write(incoming.resolve("bad.txt"), new byte[] {0, 1, 2, 3, 0, 0});
    CliRun bad =
        CliRun.of(
            "add", good.toString(), binary.toString(), "--corpus", corpus.toString(), "--no-build");
    assertEquals(3, bad.code(), bad.err());
    assertTrue(bad.err().contains("bad.txt"), bad.err());
    assertFalse(Files.exists(corpus.resolve("good.txt")), "nothing is copied");

    Path other =
        Files.writeString(incoming.resolve("news.txt"), NEWSLETTER.replace("2020", "2019"));
    CliRun conflict =
        CliRun.of("add", other.toString(), "--corpus", corpus.toString(), "--no-build");
    assertEquals(3, conflict.code(), conflict.err());
    assertTrue(conflict.err().contains("--replace"), conflict.err());
    assertEquals(NEWSLETTER, Files.readString(corpus.resolve("news.txt")));
    CliRun replaced =
        CliRun.of(
            "add", other.toString(), "--corpus", corpus.toString(), "--replace", "--no-build");
    assertEquals(0, replaced.code(), replaced.err());
    assertTrue(Files.readString(corpus.resolve("news.txt")).contains("2019"));
    assertEquals(List.of("news.txt"), List.of(corpus.toFile().list()));
  }

  @Test
  void aDateAndPublisherGivenToAddAreRecordedAndKeptByLaterBuilds() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("news.txt"), NEWSLETTER);
    Path store = tmp.resolve("out");
    Path incoming = Files.createDirectories(tmp.resolve("incoming"));
    Path page =
        Files.writeString(
            incoming.resolve("release.txt"),
            "Kigali learning center opens\n\nThe Radiological Society of North America opened a"
                + " Global Learning Center in Kigali with the University of Rwanda.\n");
    CliRun add =
        CliRun.of(
            "add",
            page.toString(),
            "--date",
            "2023-11-02",
            "--publisher",
            "RSNA",
            "--corpus",
            corpus.toString(),
            "--store",
            store.toString());
    assertEquals(0, add.code(), add.err());
    assertEquals(
        List.of("file\tpublished\tpublisher\tlicence", "release.txt\t2023-11-02\tRSNA\t"),
        Files.readAllLines(corpus.resolve("documents.tsv")));

    // A later build of the folder, told nothing, still dates and credits the page.
    CliRun extract = CliRun.of("extract", "--input", corpus.toString(), "--format", "nquads");
    assertEquals(0, extract.code(), extract.err());
    String release =
        extract
            .out()
            .lines()
            .filter(l -> l.startsWith("<https://w3id.org/radkg/id/article/release-"))
            .reduce("", (a, b) -> a + b + "\n");
    assertTrue(
        release.contains("\"2023-11-02\"^^<http://www.w3.org/2001/XMLSchema#date>"), release);
    assertTrue(release.contains("reportedBy"), release);

    CliRun badDate =
        CliRun.of(
            "add",
            page.toString(),
            "--date",
            "2023-02-30",
            "--corpus",
            corpus.toString(),
            "--no-build");
    assertEquals(2, badDate.code(), badDate.err());
    assertTrue(badDate.err().contains("no calendar date"), badDate.err());
  }
}
