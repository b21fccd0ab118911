package org.radkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;

/**
 * The day-first dates of Spanish, Portuguese, French, Italian and German news ("15 de marzo de
 * 2024", "del 15 al 17 de marzo", "15 e 16 de novembro de 2023", "du 3 au 5 octobre 2024", "vom 29.
 * Mai bis 1. Juni 2024") and their month-year forms ("marzo de 2024", "novembre 2023"), with the
 * month names of {@code data/lexicon/month-names.txt}. A match must show it is not English (a month
 * name, a day's dot or ordinal sign, or a connecting word of those languages), so English dates
 * stay with {@link DateFinder}'s own patterns.
 */
final class ForeignDates {
  private ForeignDates() {}

  private static final List<String> ENGLISH_MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /** Month number by lower-case name: the lexicon's names and the English ones. */
  static final Map<String, Integer> MONTHS = load();

  private static final String MONTH_NAME =
      "(?i:" + LexiconFiles.alternation(List.copyOf(MONTHS.keySet())) + ")\\.?(?![\\p{L}])";
  private static final String YEAR = "(?<year>(?:19[5-9]|20[0-4])\\d)(?![\\d%])";
  // "15", "29." (German), "1º", "1er": the day and the sign some languages write after it.
  private static final String DAY_SIGN = "(?:\\.|[º°ª]|er(?=\\s))?";
  // "al", "a", "ao", "au", "e", "y", "et", "bis": the words between the days of a range, with the
  // article some put before the second day ("entre el 5 y el 8").
  private static final String RANGE =
      "(?:\\s*[-–—/]\\s*|\\s+(?i:al|a|ao|à|au|e|y|et|und|bis|and|to)\\s+(?:(?i:el|le|il|o)\\s+)?)";
  private static final String OF = "(?:\\s+(?i:de|del|di))?";
  private static final String B = "(?<![\\p{L}\\d\\-/.$])";

  /** "15 de marzo de 2024", "29.–31. Mai 2024", "du 30 septembre au 2 octobre 2024". */
  static final Pattern DAYS_MONTH =
      Pattern.compile(
          "(?=\\d)"
              + B
              + "(?<d1>[0-3]?\\d)"
              + DAY_SIGN
              + "(?:"
              + RANGE
              + "(?<d2>[0-3]?\\d)"
              + DAY_SIGN
              + ")?"
              + OF
              + "\\s+(?<m1>"
              + MONTH_NAME
              + ")(?:"
              + RANGE
              + "(?<d3>[0-3]?\\d)"
              + DAY_SIGN
              + OF
              + "\\s+(?<m2>"
              + MONTH_NAME
              + "))?(?:,?(?:\\s+(?i:de|del))?\\s+"
              + YEAR
              + ")?(?![\\p{L}\\d])");

  /** "marzo de 2024", "novembre 2023", "Mai 2024". */
  static final Pattern MONTH_YEAR =
      Pattern.compile(B + "(?<m1>" + MONTH_NAME + "),?(?:\\s+(?i:de|del|of))?\\s+" + YEAR);

  /** "en septiembre", "em setembro", "im Oktober": a month alone, its year to be found. */
  static final Pattern IN_MONTH =
      Pattern.compile(
          "(?<=\\b(?i:en|em|in|im|ad|à)\\s)(?<m1>"
              + MONTH_NAME
              + ")(?!,?\\s*(?:(?i:de|del)\\s+)?\\d)");

  private static final Pattern FOREIGN_WORDING =
      Pattern.compile(
          "\\d[.º°ª]|\\d+er\\s|\\b(?i:de|del|di|al|ao|à|au|bis|y|et|e|und|el|le|il|o)\\b");

  /**
   * Whether a match of {@link #DAYS_MONTH} or {@link #MONTH_YEAR} is written in another language.
   */
  static boolean isForeign(Matcher m) {
    return !english(m.group("m1"))
        || (hasGroup(m, "m2") && m.group("m2") != null && !english(m.group("m2")))
        || FOREIGN_WORDING.matcher(m.group()).find();
  }

  /** Whether {@code month} is an English month name ("March", not "marzo"). */
  static boolean english(String month) {
    return ENGLISH_MONTHS.contains(clean(month));
  }

  /** The number of month {@code name}, any case, a trailing dot allowed. */
  static int month(String name) {
    Integer m = MONTHS.get(clean(name));
    if (m == null) {
      throw new IllegalArgumentException(name);
    }
    return m;
  }

  private static boolean hasGroup(Matcher m, String group) {
    return m.pattern().pattern().contains("(?<" + group + ">");
  }

  private static String clean(String month) {
    return month.toLowerCase(Locale.ROOT).replace(".", "").strip();
  }

  private static Map<String, Integer> load() {
    Map<String, Integer> months = new HashMap<>();
    for (String line : LexiconFiles.entries("month-names")) {
      int space = line.lastIndexOf(' ');
      months.put(
          line.substring(0, space).toLowerCase(Locale.ROOT),
          Integer.parseInt(line.substring(space + 1)));
    }
    for (String m : ENGLISH_MONTHS) {
      months.putIfAbsent(m, ENGLISH_MONTHS.indexOf(m) + 1);
    }
    return Map.copyOf(months);
  }
}
