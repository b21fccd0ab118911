package org.radkg.cli;

import java.util.ArrayList;
import java.util.List;

/** Joins the lines of a help text into whole sentences (see {@link Main#commandLine()}). */
final class HelpText {
  private HelpText() {}

  /**
   * {@code lines} with each line that does not end a sentence (a full stop, colon, closing
   * parenthesis or an empty line) joined to the next by a space.
   */
  static String[] joined(String[] lines) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(line.strip());
      String done = current.toString();
      if (line.isBlank() || done.matches("(?s).*[.:!?)]\\s*")) {
        out.add(done);
        current.setLength(0);
      }
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out.toArray(String[]::new);
  }
}
