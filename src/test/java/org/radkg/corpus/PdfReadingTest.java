package org.radkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.corpus.PdfDocuments.Line;

/**
 * PDFs (written by PDFBox in the test) are read as text in reading order: paragraphs whole, words
 * broken at a line's end joined, page numbers and running headers gone, a two-column page column by
 * column; a scan without text and an encrypted or damaged file are refused with a reason.
 */
class PdfReadingTest {
  @TempDir Path dir;

  private SourceDocument read(String name, byte[] bytes) throws Exception {
    return new SourceReader().read(Files.write(dir.resolve(name), bytes));
  }

  private static List<Line> withFurniture(int number, List<Line> body) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(72, 760, 8, "Example Imaging Bulletin - Issue 7 - Spring 2025"));
    lines.addAll(body);
    lines.add(new Line(300, 40, 8, Integer.toString(number)));
    return lines;
  }

  @Test
  void paragraphsRunAcrossLinesAndPagesWithoutTheirFurniture() throws Exception {
    byte[] pdf =
        new PdfDocuments()
            .page(
                withFurniture(
                    1,
                    PdfDocuments.column(
                        72,
                        700,
                        70,
                        "The Example Society of Imaging launched a fellowship in radio-|logy with"
                            + " the Northern Hospital Trust in Oslo this spring, open to young doctors.",
                        "Applications are due in May.")))
            .page(
                withFurniture(
                    2,
                    PdfDocuments.column(
                        72,
                        700,
                        70,
                        "The second course of the fellowship will be held in Bergen in 2026 and"
                            + " will be run by the Western Imaging Institute.")))
            .page(withFurniture(3, PdfDocuments.column(72, 700, 70, "Contact the editors.")))
            .bytes();
    SourceDocument doc = read("bulletin.pdf", pdf);
    String text = doc.text();
    assertEquals("application/pdf", doc.mediaType());
    assertTrue(
        text.contains(
            "The Example Society of Imaging launched a fellowship in radiology with the Northern"
                + " Hospital Trust in Oslo this spring, open to young doctors."),
        text);
    assertTrue(text.contains("Applications are due in May."), text);
    assertTrue(
        text.contains(
            "The second course of the fellowship will be held in Bergen in 2026 and will be run by"
                + " the Western Imaging Institute."),
        text);
    assertFalse(
        text.contains("Example Imaging Bulletin"), "the running header is dropped: " + text);
    assertFalse(text.lines().anyMatch(l -> l.strip().matches("\\d+")), "page numbers: " + text);
  }

  @Test
  void aTwoColumnPageIsReadColumnByColumn() throws Exception {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(72, 740, 16, "Two Societies Sign an Agreement on Training"));
    lines.addAll(
        PdfDocuments.column(
            72,
            700,
            40,
            "LEFT The Example Society of Imaging and the Northern Radiology College signed an"
                + " agreement on training in Vienna. The agreement covers courses for residents."));
    lines.addAll(
        PdfDocuments.column(
            330,
            700,
            40,
            "RIGHT The first course will be held in Oslo in 2026 and is funded by the Northern"
                + " Health Fund. A second course follows in Bergen."));
    SourceDocument doc = read("columns.pdf", new PdfDocuments().page(lines).bytes());
    String text = doc.text();
    int title = text.indexOf("Two Societies Sign");
    int left = text.indexOf("LEFT The Example Society");
    int leftEnd = text.indexOf("courses for residents.");
    int right = text.indexOf("RIGHT The first course");
    assertTrue(title >= 0 && title < left && left < leftEnd && leftEnd < right, text);
    assertTrue(
        text.contains(
            "LEFT The Example Society of Imaging and the Northern Radiology College signed an"
                + " agreement on training in Vienna."),
        text);
  }

  @Test
  void aScanWithoutATextLayerIsRefusedWithTheReason() throws Exception {
    Path scan = Files.write(dir.resolve("scan.pdf"), new PdfDocuments().scannedPage().bytes());
    CorpusException e = assertThrows(CorpusException.class, () -> new SourceReader().read(scan));
    assertEquals(CorpusException.Problem.UNREADABLE_PDF, e.problem());
    assertTrue(e.getMessage().contains("scan.pdf"), e.getMessage());
    assertTrue(e.getMessage().contains("OCR is not supported"), e.getMessage());
  }

  @Test
  void anEncryptedPdfIsRefusedWithTheReason() throws Exception {
    byte[] pdf =
        new PdfDocuments()
            .page(PdfDocuments.column(72, 700, 70, "A secret text of the society."))
            .encryptedWith("secret")
            .bytes();
    Path file = Files.write(dir.resolve("locked.pdf"), pdf);
    CorpusException e = assertThrows(CorpusException.class, () -> new SourceReader().read(file));
    assertEquals(CorpusException.Problem.UNREADABLE_PDF, e.problem());
    assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
  }

  @Test
  void aDamagedPdfIsRefusedWithTheReason() throws Exception {
    Path file = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog");
    CorpusException e = assertThrows(CorpusException.class, () -> new SourceReader().read(file));
    assertEquals(CorpusException.Problem.UNREADABLE_PDF, e.problem());
    assertTrue(e.getMessage().contains("broken.pdf"), e.getMessage());
  }

  @Test
  void theLoaderTakesPdfsFromAFolder() throws Exception {
    Files.write(
        dir.resolve("release.pdf"),
        new PdfDocuments()
            .page(
                PdfDocuments.column(
                    72,
                    700,
                    70,
                    "The Example Society of Imaging opened a training centre in Oslo in 2025.",
                    "The centre trains radiographers."))
            .bytes());
    List<Article> articles = new CorpusLoader().load(List.of(dir));
    assertEquals(1, articles.size(), articles.toString());
    assertTrue(articles.get(0).body().contains("The centre trains radiographers."));
  }
}
