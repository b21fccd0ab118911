package org.radkg.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name on a line of its own followed by one to three lines of their offices ("Madan
 * Rehani, PhD" / "President, IOMP"): the author block that heads a president's letter or a report,
 * or signs it. It is never a page's headline, and it belongs to the story, which states through it
 * who the author is.
 */
final class SignatureBlock {
  private static final int MAX_ROLE_LINES = 3;
  private static final int MAX_ROLE_LINE_CHARS = 140;
  private static final String HONORIFIC =
      "(?:(?:Prof\\.?|Professor|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Assoc\\.?|A/Prof\\.?|Sir|Dame)\\s+)";
  private static final String DEGREE =
      "(?:MD|PhD|MBBS|MBChB|FRCR|FRCP|FRCPC|FRANZCR|DO|MSc|MPH|RN|MBA|FACR|FAAPM|FIOMP|DrPH|DSc|BSc"
          + "|MS|DMRD|DNB|DABR|RT|M\\.D\\.|Ph\\.D\\.|D\\.O\\.|B\\.S\\.|M\\.S\\.|Jr\\.?|Sr\\.?)";
  // Two to five capitalized words, initials allowed ("C. Leon Partain", "Man Chung HAN").
  private static final Pattern NAME_LINE =
      Pattern.compile(
          "(?<honorific>"
              + HONORIFIC
              + "*)(?<name>\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+\\p{Lu}[\\p{L}'’-]*\\.?){1,4})"
              + "(?<degrees>(?:,?\\s+"
              + DEGREE
              + "(?![\\p{L}]))*)\\s*,?");
  private static final String OFFICE_WORDS =
      "(?i)(?:(?:past|former|vice|co|deputy|acting|interim|honorary|executive|senior|associate"
          + "|assistant|incoming|outgoing|immediate\\s+past|general|chief|founding)[- ]+){0,2}"
          + LexiconFiles.alternation(LexiconFiles.entries("role-words"))
          + "(?![\\p{L}])";
  // "Past President, X", "Vice-President of X", "Chairman of the X Board", "Secretary: X".
  private static final Pattern ROLE_LINE = Pattern.compile(OFFICE_WORDS + ".*");
  private static final Pattern OFFICE = Pattern.compile(OFFICE_WORDS + "(?:[- ]+elect)?");

  private SignatureBlock() {}

  /**
   * The index after the block that begins at line {@code i}: after its last office line; {@code i}
   * itself when no block begins there.
   */
  static int end(List<TextLine> lines, int i) {
    if (i + 1 >= lines.size() || !isNameLine(lines.get(i).content())) {
      return i;
    }
    int j = i + 1;
    while (j < lines.size() && j <= i + MAX_ROLE_LINES && isRoleLine(lines.get(j).content())) {
      j++;
    }
    return j > i + 1 ? j : i;
  }

  static boolean isNameLine(String line) {
    var m = NAME_LINE.matcher(line.strip());
    if (!m.matches() || ROLE_LINE.matcher(m.group("name")).find()) {
      return false;
    }
    boolean marked = !m.group("honorific").isEmpty() || !m.group("degrees").isBlank();
    // Without a title or a degree, a line of ordinary capitalized words ("Organizing Committee",
    // "Annual Report") is a heading, not a name.
    return marked || !mostlyEnglish(m.group("name"));
  }

  static boolean isRoleLine(String line) {
    String l = line.strip();
    return l.length() <= MAX_ROLE_LINE_CHARS
        && !l.endsWith(".")
        && Character.isUpperCase(l.isEmpty() ? 'x' : l.charAt(0))
        && ROLE_LINE.matcher(l).matches();
  }

  /** Whether {@code words} name an office and nothing else ("Past President", "Co-Chair"). */
  static boolean isOffice(String words) {
    return OFFICE.matcher(words.strip()).matches();
  }

  private static boolean mostlyEnglish(String name) {
    String[] words = name.split("\\s+");
    int english = 0;
    for (String w : words) {
      String bare = w.replaceAll("[.'’-]", "").toLowerCase(Locale.ROOT);
      if (bare.length() > 1 && Words.ENGLISH.contains(bare)) {
        english++;
      }
    }
    return english * 2 >= words.length;
  }

  // Loaded on first use: most documents have no block to test.
  private static final class Words {
    static final Set<String> ENGLISH = Set.copyOf(LexiconFiles.entries("english-words"));
  }
}
