package org.radkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether the words before "and" in a capitalized run are a name the text also uses on its
 * own ("Corvan Health and Delmar Group of Companies" where "Corvan Health is based in ..." stands
 * elsewhere): then the run coordinates two names rather than being one.
 */
final class StandaloneConjuncts {
  // After a name used alone: no further capitalized word, no "and"/"&" continuing it.
  private static final Pattern ENDS_ALONE =
      Pattern.compile(
          "(?:['’]s?)?(?![\\p{L}\\p{N}-])(?!\\s+(?:\\p{Lu}|\\d|and\\s|&|of\\s|for\\s))");

  private StandaloneConjuncts() {}

  /**
   * True when {@code name} (two words or more) occurs in {@code text} outside {@code [begin, end)}
   * as a name of its own: not preceded by a capitalized word or a hyphen, not continued by one.
   */
  static boolean usedAlone(String text, String name, int begin, int end) {
    String[] words = name.trim().split("\\s+");
    if (words.length < 2) {
      return false;
    }
    StringBuilder p = new StringBuilder("(?<![\\p{L}\\p{N}&-])");
    for (int i = 0; i < words.length; i++) {
      p.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
    }
    Matcher m = Pattern.compile(p.toString()).matcher(text);
    while (m.find()) {
      if (m.start() < end && begin < m.end()) {
        continue;
      }
      if (ENDS_ALONE.matcher(text).region(m.end(), text.length()).lookingAt()
          && !capitalizedWordBefore(text, m.start())) {
        return true;
      }
    }
    return false;
  }

  // "the Greater Corvan Health": a capitalized word right before is part of a longer name; a
  // sentence's first word ("The", after a full stop) is not.
  private static boolean capitalizedWordBefore(String text, int at) {
    int e = at;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    if (e == at) {
      return false;
    }
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    if (s == e || !Character.isUpperCase(text.charAt(s))) {
      return false;
    }
    String w = text.substring(s, e);
    boolean sentenceStart =
        s == 0 || text.substring(Math.max(0, s - 2), s).matches(".*[.!?\\n]\\s?");
    return !(sentenceStart || w.equals("The") || w.equals("In") || w.equals("At"));
  }
}
