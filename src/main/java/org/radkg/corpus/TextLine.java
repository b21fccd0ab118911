package org.radkg.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * One non-blank line of a text with its char offsets: {@code begin..end} is the content without
 * leading and trailing whitespace, so {@code text.substring(begin, end)} is the stripped line.
 *
 * @param number the 1-based line number, for diagnostics and tests
 * @param begin offset of the first non-whitespace char
 * @param end offset one past the last non-whitespace char
 * @param gap the number of blank lines between this line and the previous non-blank one (for the
 *     first non-blank line, the blank lines before it)
 * @param content the stripped line
 */
record TextLine(int number, int begin, int end, int gap, String content) {

  /** Splits on LF, CRLF and CR without changing the text, so offsets stay true to the file. */
  static List<TextLine> split(String text) {
    List<TextLine> lines = new ArrayList<>();
    int number = 0;
    int gap = 0;
    int i = 0;
    int n = text.length();
    while (true) {
      int start = i;
      while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      int stop = i;
      number++;
      if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
        i += 2;
      } else if (i < n) {
        i++;
      }
      int b = start;
      while (b < stop && isSpace(text.charAt(b))) {
        b++;
      }
      int e = stop;
      while (e > b && isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (b == e) {
        gap++;
      } else {
        lines.add(new TextLine(number, b, e, gap, text.substring(b, e)));
        gap = 0;
      }
      if (stop == n) {
        break;
      }
    }
    return lines;
  }

  // No-break spaces count as blank too: pasted web text is full of them.
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
