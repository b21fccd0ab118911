package org.radkg.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the lines a PDF breaks a paragraph into, since the reader takes every line for a sentence
 * boundary: a line as long as the paragraph's longest runs on into the next (a word hyphenated at
 * its end joined whole), a shorter one (a heading, a name, the paragraph's last line) ends where it
 * ends. Paragraphs are separated by a blank line, pages by two.
 */
final class PdfParagraphs {
  // A line this close to its paragraph's longest was broken by the layout, not by the writer.
  private static final double FULL_LINE = 0.75;
  // "radio-\nlogy": a word broken at a line's end; "X-\nRay" keeps its hyphen.
  private static final Pattern HYPHENATED = Pattern.compile(".*\\p{Ll}[-\u00AD]");

  private PdfParagraphs() {}

  /** The text of {@code pages}, each a list of lines with blank lines between paragraphs. */
  static String join(List<List<String>> pages) {
    List<String> out = new ArrayList<>();
    for (List<String> page : pages) {
      StringBuilder text = new StringBuilder();
      for (List<String> paragraph : paragraphs(page)) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        text.append(joined(paragraph));
      }
      if (text.length() > 0) {
        out.add(text.toString());
      }
    }
    return String.join("\n\n\n", out) + (out.isEmpty() ? "" : "\n");
  }

  private static List<List<String>> paragraphs(List<String> lines) {
    List<List<String>> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          out.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line.strip());
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  private static String joined(List<String> paragraph) {
    int longest = paragraph.stream().mapToInt(String::length).max().orElse(0);
    StringBuilder b = new StringBuilder(paragraph.get(0));
    for (int i = 1; i < paragraph.size(); i++) {
      String previous = paragraph.get(i - 1);
      String line = paragraph.get(i);
      boolean full = previous.length() >= longest * FULL_LINE;
      if (full && HYPHENATED.matcher(previous).matches() && Character.isLowerCase(line.charAt(0))) {
        b.setLength(b.length() - 1);
        b.append(line);
      } else if (full) {
        b.append(' ').append(line);
      } else {
        b.append('\n').append(line);
      }
    }
    return b.toString();
  }
}
