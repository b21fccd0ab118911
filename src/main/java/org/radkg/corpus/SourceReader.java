package org.radkg.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one file into a {@link SourceDocument}: strict UTF-8 text kept exactly as in the file (so
 * offsets stay true to it), or, for HTML, the text {@link HtmlTextExtractor} draws from the page;
 * anything else is refused with a {@link CorpusException}.
 */
public final class SourceReader {
  /**
   * Sources are named by their path relative to the folder given ({@link SourceNames}), not their
   * full path, so the IRI is the same on every machine.
   */
  public static final String SOURCE_IRI_BASE = "https://w3id.org/radkg/id/source/";

  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  // Binary sniffing looks at the head only: a text file does not turn binary after 64 KiB.
  private static final int SNIFF_BYTES = 64 * 1024;
  private static final double MAX_CONTROL_SHARE = 0.05;

  private final long maxBytes;
  private final HtmlTextExtractor html = new HtmlTextExtractor();

  public SourceReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /**
   * @param maxBytes files larger than this are refused (TOO_LARGE) before they are read
   */
  public SourceReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** Reads {@code file}, named by its file name; the exception names the file as given. */
  public SourceDocument read(Path file) throws CorpusException {
    return read(file, file.getFileName().toString());
  }

  /**
   * Reads {@code file}, named {@code relativeName} (its path relative to the folder it was found
   * in, see {@link SourceNames}); the exception names the file as given.
   */
  public SourceDocument read(Path file, String relativeName) throws CorpusException {
    String shown = file.toString();
    if (!Files.exists(file)) {
      throw new CorpusException(shown, CorpusException.Problem.MISSING, "no such file");
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new CorpusException(
          shown,
          CorpusException.Problem.NOT_READABLE,
          Files.isDirectory(file)
              ? "is a folder, not a file"
              : "cannot be read (check permissions)");
    }
    byte[] bytes = readBytes(file, shown);
    String iri = SOURCE_IRI_BASE + SourceNames.slug(relativeName);
    if (PdfTextExtractor.isPdf(bytes)) {
      PdfTextExtractor.ExtractedPdf pdf = new PdfTextExtractor().read(bytes, shown);
      return new SourceDocument(iri, relativeName, pdf.text(), "application/pdf", pdf.metadata());
    }
    String text = decode(bytes, shown);
    if (isHtml(relativeName, text)) {
      HtmlTextExtractor.ExtractedPage page = html.page(text);
      if (page.text().isBlank()) {
        throw new CorpusException(
            shown, CorpusException.Problem.EMPTY, "the HTML page has no text");
      }
      return new SourceDocument(iri, relativeName, page.text(), "text/html", page.metadata());
    }
    return new SourceDocument(iri, relativeName, text, "text/plain");
  }

  private byte[] readBytes(Path file, String shown) throws CorpusException {
    try {
      long size = Files.size(file);
      // Checked before reading so a huge file is never loaded into memory.
      if (size > maxBytes) {
        throw new CorpusException(
            shown,
            CorpusException.Problem.TOO_LARGE,
            "is " + size + " bytes, more than the limit of " + maxBytes + " bytes");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CorpusException(
          shown,
          CorpusException.Problem.NOT_READABLE,
          "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
          e);
    }
  }

  private static String decode(byte[] bytes, String shown) throws CorpusException {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new CorpusException(
          shown,
          CorpusException.Problem.UTF16,
          "is UTF-16 (byte order mark found); convert the file to UTF-8");
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    sniffBinary(bytes, start, shown);
    String text = strictUtf8(bytes, start, shown);
    if (text.isBlank()) {
      throw new CorpusException(
          shown,
          CorpusException.Problem.EMPTY,
          text.isEmpty() ? "the file is empty" : "the file holds only whitespace");
    }
    return text;
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }

  // Text never holds NUL; UTF-16 without a BOM is the common innocent cause, so it gets its own
  // hint.
  private static void sniffBinary(byte[] b, int start, String shown) throws CorpusException {
    int end = Math.min(b.length, start + SNIFF_BYTES);
    int nulEven = 0;
    int nulOdd = 0;
    int control = 0;
    for (int i = start; i < end; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        if (((i - start) & 1) == 0) {
          nulEven++;
        } else {
          nulOdd++;
        }
      } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
        control++;
      }
    }
    int sample = end - start;
    if (nulEven + nulOdd > 0) {
      // One NUL in every other byte, and only there, is ASCII text stored as UTF-16.
      if (sample >= 4
          && Math.max(nulEven, nulOdd) >= sample / 2 - 1
          && Math.min(nulEven, nulOdd) == 0) {
        throw new CorpusException(
            shown,
            CorpusException.Problem.UTF16,
            "looks like UTF-16 without a byte order mark; convert the file to UTF-8");
      }
      int first = indexOfNul(b, start);
      throw new CorpusException(
          shown,
          CorpusException.Problem.BINARY,
          "is binary, not text (NUL byte at byte " + first + ")");
    }
    if (sample > 0 && control > MAX_CONTROL_SHARE * sample) {
      throw new CorpusException(
          shown,
          CorpusException.Problem.BINARY,
          "is binary, not text (" + control + " control bytes in the first " + sample + ")");
    }
  }

  private static int indexOfNul(byte[] b, int start) {
    for (int i = start; i < b.length; i++) {
      if (b[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  // A decoder that reports, rather than replaces, bad bytes: silent U+FFFD would corrupt names.
  private static String strictUtf8(byte[] bytes, int start, String shown) throws CorpusException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      throw new CorpusException(
          shown,
          CorpusException.Problem.NOT_UTF8,
          "not valid UTF-8 at byte "
              + offset
              + " (line "
              + lineAt(bytes, offset)
              + "; convert the file to UTF-8)");
    }
    out.flip();
    return out.toString();
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static boolean isHtml(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return true;
    }
    String head = text.stripLeading();
    head = head.substring(0, Math.min(head.length(), 20)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }
}
