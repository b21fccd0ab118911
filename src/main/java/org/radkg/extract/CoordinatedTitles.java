package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a stated title at "and" into the titles it joins: "Deputy Director General and Head of the
 * Department" is two titles, while "president and CEO", "professor and chair of radiology" and
 * "former chair and professor emeritus" are one title as stated.
 */
final class CoordinatedTitles {
  private static final String ROLE_WORDS = RoleLexicon.wordsAlternation();
  private static final Pattern AND_ROLE =
      Pattern.compile(
          "\\s+(?:and|&)\\s+(?=(?:[\\p{L}-]+\\s+){0,3}?" + ROLE_WORDS + "\\b)",
          Pattern.CASE_INSENSITIVE);
  // A single role head, at most preceded by a word of time: what follows "and" completes it, so the
  // two heads share one complement ("professor and chair of radiology") or one office ("president
  // and CEO").
  private static final Pattern BARE_ROLE =
      Pattern.compile(
          "(?:(?:former|past|incoming|outgoing|founding|then|current)[- ]+)?" + ROLE_WORDS,
          Pattern.CASE_INSENSITIVE);

  private CoordinatedTitles() {}

  /** The titles {@code title} joins, in text order; the title itself when it joins none. */
  static List<String> split(String title) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    var m = AND_ROLE.matcher(title);
    while (m.find()) {
      String left = title.substring(from, m.start());
      if (BARE_ROLE.matcher(left).matches()) {
        continue;
      }
      parts.add(left);
      from = m.end();
    }
    parts.add(title.substring(from));
    return parts;
  }
}
