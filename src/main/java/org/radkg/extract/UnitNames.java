package org.radkg.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;

/**
 * Tells the name of an organization's own unit, made of ordinary English words around a unit head
 * ("Publications Committee", "Technologist Section", "Department of Technical Cooperation", "Safety
 * Task Force Group"), from a name of its own ("Trinity Health", "Standing Senate Committee on X of
 * Canada") and from phrases that name no unit ("Committee Chairs", "Group Member").
 */
final class UnitNames {
  // Unit heads ("Committee", "Task Force"): data/lexicon/unit-heads.txt.
  private static final Set<String> HEADS = Set.copyOf(LexiconFiles.entries("unit-heads"));
  private static final Set<String> CONNECTORS = Set.of("of", "on", "for", "and", "the", "&");
  // A name opening with its scope is a body of its own: "National Advisory Committee", "General
  // Medical Council".
  private static final Set<String> SCOPES = Set.copyOf(LexiconFiles.entries("unit-scopes"));
  // "Department of Energy", "Office of Health and Human Services": a government's portfolio, not a
  // unit of a society.
  private static final Set<String> PORTFOLIOS =
      Set.copyOf(LexiconFiles.entries("government-portfolios"));
  private static final Pattern YEAR_OR_ORDINAL =
      Pattern.compile("(?:19|20)\\d{2}|\\d+(?:st|nd|rd|th)");
  // "Working Group 7": the number of one of an organization's numbered units; one to three digits,
  // so not a year.
  static final Pattern UNIT_NUMBER = Pattern.compile("\\d{1,3}");

  private UnitNames() {}

  /**
   * Whether the last word of {@code label} is a unit's head ("Working Group", "Organizing
   * Committee").
   */
  static boolean endsWithUnitHead(String label) {
    String[] words = label.split("\\s+");
    return words.length >= 2 && HEADS.contains(lower(words[words.length - 1]));
  }

  /** Whether {@code label} names a unit that only its owner makes unique. */
  static boolean isUnit(String label) {
    String[] words = label.split("\\s+");
    int from = 0;
    int to = words.length;
    while (from < to && YEAR_OR_ORDINAL.matcher(words[from]).matches()) {
      from++;
    }
    while (to > from
        && (YEAR_OR_ORDINAL.matcher(words[to - 1]).matches()
            || UNIT_NUMBER.matcher(words[to - 1]).matches())) {
      to--;
    }
    if (to - from < 2 || SCOPES.contains(lower(words[from]))) {
      return false;
    }
    int head = -1;
    for (int i = from; i < to; i++) {
      String w = lower(words[i]);
      if (CONNECTORS.contains(w)) {
        // "Department of Technical Cooperation": the head stands right before the first complement.
        if (head < 0 && i > from && HEADS.contains(lower(words[i - 1]))) {
          head = i - 1;
        }
        continue;
      }
      if (!isOrdinary(words[i])) {
        return false;
      }
    }
    if (head < 0) {
      // "Publications Committee": the head ends the name and something before it says which one.
      head =
          HEADS.contains(lower(words[to - 1])) && !CONNECTORS.contains(lower(words[to - 2]))
              ? to - 1
              : -1;
      return head > from;
    }
    for (int i = head + 1; i < to; i++) {
      if (PORTFOLIOS.contains(lower(words[i]))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOrdinary(String word) {
    // An acronym or an initial is a name, whatever its letters spell ("US", "ACT", "U").
    if (word.length() < 2 || AcronymDefinitionFinder.isAcronymLike(word)) {
      return false;
    }
    for (String part : word.split("-")) {
      if (!EnglishWords.contains(part)) {
        return false;
      }
    }
    return true;
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }
}
