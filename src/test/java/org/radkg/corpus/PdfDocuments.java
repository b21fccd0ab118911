package org.radkg.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs written by PDFBox for the tests: text placed line by line where the test says. */
public final class PdfDocuments {
  /** One line of text at a position (points from the page's bottom left) in a font size. */
  public record Line(double x, double y, double size, String text) {}

  private final List<List<Line>> pages = new ArrayList<>();
  private final List<Boolean> rectangleOnly = new ArrayList<>();
  private String userPassword;

  /** A page with these lines. */
  public PdfDocuments page(List<Line> lines) {
    pages.add(lines);
    rectangleOnly.add(false);
    return this;
  }

  /** A page with a filled rectangle and no text at all, as a scan without OCR looks. */
  public PdfDocuments scannedPage() {
    pages.add(List.of());
    rectangleOnly.add(true);
    return this;
  }

  /** The document opens only with {@code password}. */
  public PdfDocuments encryptedWith(String password) {
    this.userPassword = password;
    return this;
  }

  /**
   * The paragraphs as lines of at most {@code width} characters from the top of a page down, a
   * blank line's space between paragraphs; "-" at a line's end where a word is broken on purpose by
   * the caller (written "radio-|logy").
   */
  public static List<Line> column(double x, double top, int width, String... paragraphs) {
    List<Line> out = new ArrayList<>();
    double y = top;
    for (String paragraph : paragraphs) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        String[] parts = word.split("\\|", 2);
        if (line.length() > 0 && line.length() + 1 + parts[0].length() > width) {
          out.add(new Line(x, y, 10, line.toString()));
          y -= 12;
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(parts[0]);
        if (parts.length == 2) {
          out.add(new Line(x, y, 10, line.toString()));
          y -= 12;
          line.setLength(0);
          line.append(parts[1]);
        }
      }
      if (line.length() > 0) {
        out.add(new Line(x, y, 10, line.toString()));
        y -= 12;
      }
      y -= 12;
    }
    return out;
  }

  /**
   * A PDF of {@code text} as an edition is printed: each paragraph (text between blank lines)
   * wrapped to lines of 100 characters, a gap between paragraphs, new pages as they fill;
   * characters the standard fonts cannot show become "?".
   */
  public static PdfDocuments of(String text) {
    PdfDocuments pdf = new PdfDocuments();
    List<Line> page = new ArrayList<>();
    double y = 740;
    for (String p : text.split("\\n\\s*\\n")) {
      if (p.isBlank()) {
        continue;
      }
      String shown =
          p.replace('\n', ' ')
              .strip()
              .replaceAll(
                  "[^\\x20-\\x7E\\u00A0-\\u00FF\\u2018\\u2019\\u201C\\u201D\\u2013\\u2014\\u2022\\u2026]",
                  "?");
      List<Line> lines = column(60, y, 100, shown);
      if (lines.get(lines.size() - 1).y() < 60) {
        pdf.page(page);
        page = new ArrayList<>();
        y = 740;
        lines = column(60, y, 100, shown);
      }
      page.addAll(lines);
      y = lines.get(lines.size() - 1).y() - 24;
    }
    return pdf.page(page);
  }

  /** The PDF's bytes. */
  public byte[] bytes() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 0; i < pages.size(); i++) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          if (rectangleOnly.get(i)) {
            s.addRect(50, 50, 500, 700);
            s.fill();
          }
          for (Line l : pages.get(i)) {
            s.beginText();
            s.setFont(font, (float) l.size());
            s.newLineAtOffset((float) l.x(), (float) l.y());
            s.showText(l.text());
            s.endText();
          }
        }
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy(
                "owner-" + userPassword, userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
