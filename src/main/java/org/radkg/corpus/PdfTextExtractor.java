package org.radkg.corpus;

import java.io.IOException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Turns a PDF into the plain text the segmenter reads: each page's text in reading order (a
 * two-column page column by column, see {@link PdfPageText}), running headers, footers and page
 * numbers dropped ({@link PdfFurniture}), words hyphenated at a line's end joined and the lines of
 * a paragraph joined into one; with the document's title and creation date as its metadata.
 */
final class PdfTextExtractor {
  /** Whether {@code bytes} are a PDF: "%PDF-" within the first kilobyte, as readers accept. */
  static boolean isPdf(byte[] bytes) {
    int limit = Math.min(bytes.length - 5, 1024);
    for (int i = 0; i <= limit; i++) {
      if (bytes[i] == '%'
          && bytes[i + 1] == 'P'
          && bytes[i + 2] == 'D'
          && bytes[i + 3] == 'F'
          && bytes[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }

  /** The text of a PDF and what its metadata says. */
  record ExtractedPdf(String text, PageMetadata metadata) {}

  /** Reads {@code bytes}; the exception names the file as {@code shown}. */
  ExtractedPdf read(byte[] bytes, String shown) throws CorpusException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      List<List<String>> pages = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        pages.add(PdfPageText.lines(doc, page));
      }
      String text = PdfParagraphs.join(PdfFurniture.withoutFurniture(pages));
      if (text.codePoints().noneMatch(Character::isLetter)) {
        throw new CorpusException(
            shown,
            CorpusException.Problem.UNREADABLE_PDF,
            "is a PDF without a text layer (a scanned document?); OCR is not supported, so run"
                + " it through an OCR tool first");
      }
      return new ExtractedPdf(text, metadata(doc.getDocumentInformation()));
    } catch (InvalidPasswordException e) {
      throw new CorpusException(
          shown,
          CorpusException.Problem.UNREADABLE_PDF,
          "is an encrypted PDF that needs a password; save a copy without one",
          e);
    } catch (IOException e) {
      throw new CorpusException(
          shown,
          CorpusException.Problem.UNREADABLE_PDF,
          "is a damaged PDF that cannot be read (" + e.getMessage() + ")",
          e);
    }
  }

  private static PageMetadata metadata(PDDocumentInformation info) {
    String title = info.getTitle();
    // Word processors leave their file name as the title ("Microsoft Word - scan.docx"): no title.
    if (title != null && (title.isBlank() || title.matches("(?i).*\\.(docx?|pdf|indd|odt)\\s*"))) {
      title = null;
    }
    String published = null;
    if (info.getCreationDate() != null) {
      SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd");
      iso.setTimeZone(TimeZone.getTimeZone("UTC"));
      published = iso.format(info.getCreationDate().getTime());
    }
    return new PageMetadata(title == null ? null : title.strip(), null, null, null, published);
  }
}
