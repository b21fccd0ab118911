package org.radkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each way a file can fail to be corpus text gives its own problem and a message naming the file.
 */
class SourceReaderTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private CorpusException fails(Path file, CorpusException.Problem problem) {
    return fails(new SourceReader(), file, problem);
  }

  private CorpusException fails(SourceReader reader, Path file, CorpusException.Problem problem) {
    CorpusException e = assertThrows(CorpusException.class, () -> reader.read(file));
    assertEquals(problem, e.problem());
    assertEquals(file.toString(), e.file());
    assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
    return e;
  }

  @Test
  void readsUtf8TextExactlyAndNamesItStably() throws Exception {
    Path f =
        write(
            "My News-Letter.txt",
            "Title\r\n\r\nCafé body. More.\r\n".getBytes(StandardCharsets.UTF_8));
    SourceDocument doc = new SourceReader().read(f);
    assertEquals("Title\r\n\r\nCafé body. More.\r\n", doc.text());
    assertEquals("My News-Letter.txt", doc.name());
    // Not already a slug (capitals, a space): the readable part and a hash of the name, so that
    // "my-news-letter.txt" beside it keeps an IRI of its own.
    assertEquals(
        "https://w3id.org/radkg/id/source/my-news-letter--"
            + org.radkg.vocab.Slugs.hash("My News-Letter.txt"),
        doc.iri());
    assertEquals("text/plain", doc.mediaType());
  }

  @Test
  void stripsUtf8Bom() throws Exception {
    Path f = write("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'});
    assertEquals("Hi", new SourceReader().read(f).text());
  }

  @Test
  void missing() {
    CorpusException e = fails(dir.resolve("nope.txt"), CorpusException.Problem.MISSING);
    assertTrue(e.getMessage().endsWith("no such file"));
  }

  @Test
  void folderIsNotAFile() {
    fails(dir, CorpusException.Problem.NOT_READABLE);
  }

  @Test
  void emptyAndWhitespaceOnly() throws Exception {
    fails(write("empty.txt", new byte[0]), CorpusException.Problem.EMPTY);
    fails(
        write("blank.txt", " \n\t\r\n  \n".getBytes(StandardCharsets.US_ASCII)),
        CorpusException.Problem.EMPTY);
    fails(
        write("bomonly.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
        CorpusException.Problem.EMPTY);
  }

  @Test
  void binary() throws Exception {
    fails(
        write(
            "image.txt",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}),
        CorpusException.Problem.BINARY);
    byte[] controls = new byte[100];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    fails(write("controls.txt", controls), CorpusException.Problem.BINARY);
  }

  @Test
  void invalidUtf8NamesTheByte() throws Exception {
    byte[] latin1 = "Line one\nCaf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);
    CorpusException e = fails(write("latin1.txt", latin1), CorpusException.Problem.NOT_UTF8);
    assertTrue(e.getMessage().contains("not valid UTF-8 at byte 12 (line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("convert the file to UTF-8"));
  }

  @Test
  void utf16() throws Exception {
    fails(
        write("le.txt", "\uFEFFHello".getBytes(StandardCharsets.UTF_16LE)),
        CorpusException.Problem.UTF16);
    fails(
        write("be.txt", "\uFEFFHello".getBytes(StandardCharsets.UTF_16BE)),
        CorpusException.Problem.UTF16);
    fails(
        write("nobom.txt", "Hello world".getBytes(StandardCharsets.UTF_16LE)),
        CorpusException.Problem.UTF16);
  }

  @Test
  void tooLarge() throws Exception {
    Path f = write("big.txt", "Title\n\nA body. Of text.\n".getBytes(StandardCharsets.UTF_8));
    CorpusException e = fails(new SourceReader(10), f, CorpusException.Problem.TOO_LARGE);
    assertTrue(e.getMessage().contains("limit of 10 bytes"));
  }
}
