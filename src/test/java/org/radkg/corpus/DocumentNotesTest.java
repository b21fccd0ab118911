package org.radkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus folder's documents.tsv states publishers and dates that the loader applies. */
class DocumentNotesTest {
  @TempDir Path tmp;

  @Test
  void theLoaderDatesAndCreditsTheDocumentsTheFolderNames() throws Exception {
    Files.createDirectories(tmp.resolve("2024"));
    Files.writeString(tmp.resolve("2024/page.txt"), "A page\n\nThe society met in Lyon.\n");
    Files.writeString(tmp.resolve("other.txt"), "Other\n\nThe society met in Oslo.\n");
    Files.writeString(
        tmp.resolve("documents.tsv"),
        "file\tpublished\tpublisher\n# a comment\n2024/page.txt\t2024-03\tESR\n");
    List<SourceDocument> docs = new CorpusLoader().readDocuments(List.of(tmp));
    SourceDocument page =
        docs.stream().filter(d -> d.name().equals("2024/page.txt")).findFirst().orElseThrow();
    assertEquals("2024-03", page.metadata().published());
    assertEquals("ESR", page.metadata().publisherName());
    SourceDocument other =
        docs.stream().filter(d -> d.name().equals("other.txt")).findFirst().orElseThrow();
    assertNull(other.metadata().published());

    // What the command line states wins over the folder's file.
    List<Article> given =
        new CorpusLoader().load(List.of(tmp), new DocumentNote(null, "2025-01-09"));
    assertTrue(
        given.stream().allMatch(a -> "2025-01-09".equals(a.source().metadata().published())));
    assertTrue(
        given.stream()
            .filter(a -> a.source().name().equals("2024/page.txt"))
            .allMatch(a -> "ESR".equals(a.source().metadata().publisherName())));
  }

  @Test
  void aLineThatIsNoNoteIsRefusedWithItsFileAndLine() throws Exception {
    Files.writeString(tmp.resolve("page.txt"), "A page\n\nThe society met in Lyon.\n");
    Files.writeString(
        tmp.resolve("documents.tsv"), "file\tpublished\tpublisher\npage.txt\t17 May\n");
    CorpusException e =
        assertThrows(CorpusException.class, () -> new CorpusLoader().readDocuments(List.of(tmp)));
    assertEquals(CorpusException.Problem.BAD_NOTE, e.problem());
    assertTrue(e.getMessage().contains("documents.tsv line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("'17 May' is not a date"), e.getMessage());
  }

  @Test
  void putReplacesOnlyThePartsItStatesAndKeepsTheFileWhole() throws Exception {
    DocumentNotes notes = DocumentNotes.of(tmp);
    notes.put("a.html", new DocumentNote("ACR", "2022"));
    notes.put("a.html", new DocumentNote(null, "2022-06-01"));
    notes.put("b.pdf", DocumentNote.NONE);
    assertEquals(
        List.of("file\tpublished\tpublisher\tlicence", "a.html\t2022-06-01\tACR\t"),
        Files.readAllLines(tmp.resolve("documents.tsv")));
    assertEquals(new DocumentNote("ACR", "2022-06-01"), DocumentNotes.of(tmp).of("a.html"));
    notes.put(
        "a.html", new DocumentNote(null, null, "https://creativecommons.org/licenses/by/4.0/"));
    assertEquals(
        new DocumentNote("ACR", "2022-06-01", "https://creativecommons.org/licenses/by/4.0/"),
        DocumentNotes.of(tmp).of("a.html"));
    try (var files = Files.list(tmp)) {
      assertEquals(1, files.count(), "no partial file is left behind");
    }
  }

  @Test
  void aLicenceThatIsNoAddressIsRefusedWithItsLine() throws Exception {
    Files.writeString(
        tmp.resolve("documents.tsv"), "file\tpublished\tpublisher\tlicence\npage.txt\t\t\tCC BY\n");
    CorpusException e = assertThrows(CorpusException.class, () -> DocumentNotes.of(tmp));
    assertTrue(e.getMessage().contains("documents.tsv line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("licence"), e.getMessage());
  }

  @Test
  void onlyRealCalendarDatesAreTaken() {
    assertEquals("2024-02-29", DocumentNote.checkDate("2024-02-29"));
    assertEquals("2024-12", DocumentNote.checkDate("2024-12"));
    assertEquals("1999", DocumentNote.checkDate("1999"));
    assertThrows(IllegalArgumentException.class, () -> DocumentNote.checkDate("2023-02-29"));
    assertThrows(IllegalArgumentException.class, () -> DocumentNote.checkDate("2023-13"));
    assertThrows(IllegalArgumentException.class, () -> DocumentNote.checkDate("May 2023"));
  }
}
