package org.radkg.corpus;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether one stripped line has the shape of a title or a link line: short, no sentence in it, not
 * a bullet, not a label, not a sentence cut short where a link was removed.
 */
final class TitleShape {
  // Titles in news pages stay well under this; body paragraphs are usually far longer.
  static final int MAX_TITLE_LENGTH = 200;

  // "  • item", "- item", "1. item", "2) item": list items belong to the body around them.
  private static final Pattern BULLET_MARK =
      Pattern.compile("^(?:[•·▪◦‣●○■□\\-*–—]|\\d{1,3}[.)])\\s+");

  // A full stop (or ? !) followed by a new capitalised sentence inside the line makes it prose.
  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("(\\p{L}+)[.!?][\"”’')]?\\s+[\"“‘(]?\\p{Lu}");

  // Abbreviations whose full stop does not end a sentence ("Prof. Beets-Tan", "St. Vincent").
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "prof", "dr", "st", "mr", "mrs", "ms", "jr", "sr", "vs", "no", "nos", "inc", "ltd", "co",
          "dept", "univ", "fig", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec", "e", "i", "u", "s");

  // Scraped pages lose their links and leave the sentence hanging: "For more information visit",
  // "Stay tuned at", "is available on". Such a line is body text, never a title.
  private static final Set<String> DANGLING_WORDS =
      Set.of(
          "visit",
          "at",
          "on",
          "to",
          "of",
          "for",
          "the",
          "and",
          "or",
          "in",
          "from",
          "with",
          "by",
          "via",
          "see",
          "a",
          "an",
          "is",
          "are",
          "here",
          "following");

  private TitleShape() {}

  static boolean isBullet(String line) {
    return BULLET_MARK.matcher(line).lookingAt();
  }

  /**
   * The length of the bullet mark (and the spaces after it) {@code line} starts with; 0 when it is
   * no list item.
   */
  static int bulletMarkLength(String line) {
    Matcher m = BULLET_MARK.matcher(line);
    return m.lookingAt() ? m.end() : 0;
  }

  static boolean isTitleShaped(String line) {
    if (line.isEmpty() || line.length() >= MAX_TITLE_LENGTH || isBullet(line)) {
      return false;
    }
    if (line.codePoints().noneMatch(Character::isLetter)) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    // A final full stop ends a sentence; a colon introduces a list or labels a link ("Website :");
    // a comma or semicolon means the line goes on.
    if (".:;,…".indexOf(last) >= 0) {
      return false;
    }
    if (endsInFullStop(line)) {
      return false;
    }
    String lastWord = line.substring(line.lastIndexOf(' ') + 1);
    if (DANGLING_WORDS.contains(lastWord)) {
      return false;
    }
    return !hasSentenceBreak(line);
  }

  // "... in 2023.”" ends in a quote, but the sentence still ends with the full stop before it.
  private static boolean endsInFullStop(String line) {
    int i = line.length() - 1;
    while (i > 0 && "\"”’')]".indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    return line.charAt(i) == '.';
  }

  private static boolean hasSentenceBreak(String line) {
    Matcher m = SENTENCE_BREAK.matcher(line);
    while (m.find()) {
      String word = m.group(1);
      if (!ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
          && !(word.length() == 1 && Character.isUpperCase(word.charAt(0)))) {
        return true;
      }
    }
    return false;
  }
}
