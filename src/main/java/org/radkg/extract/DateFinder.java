package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in text and normalizes them: "March 15-17, 2023" and "24-26 August 2023" to the first
 * day, "May 2023" and "Jan. 2024" to a year-month, "early 2020" and "2019" to a year, "(12/23)" to
 * December 2023. A month and day with no year ("September 18", "14–18 September"), or a month alone
 * after "in" ("in September"), takes the year stated elsewhere in the same sentence, else the
 * article's reference year, or is dropped. Relative phrases ("over the past year") are not dates,
 * and digits glued to words ("COVID-192", "201912") are not years. Dates written in Spanish,
 * Portuguese, French, Italian or German ("del 15 al 17 de marzo de 2024", "novembre 2023") are read
 * by {@link ForeignDates}.
 */
public final class DateFinder {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sept", 9),
          Map.entry("sep", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12));
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
  private static final String YEAR = "((?:19[5-9]|20[0-4])\\d)(?![\\d%])";
  private static final String DAY = "([0-3]?\\d)(?:st|nd|rd|th)?";
  private static final String DASH = "(?:\\s*[-–—]\\s*|\\s+to\\s+|\\s+and\\s+)";
  private static final String B = "(?<![\\p{L}\\d\\-/.$])";
  // Zero-width first-character checks, cheaper than the look-behind at every position; they match
  // only
  // what the pattern's first character must be, so they change no match.
  private static final String DIGIT = "(?=\\d)";
  private static final String MONTH_INITIAL = "(?=[JFMASOND])";

  // "14.11.2024", "14/11/2024": day first, as everywhere but in the United States.
  private static final Pattern NUMERIC_DATE =
      Pattern.compile(DIGIT + B + "([0-3]?\\d)[./]([01]?\\d)[./]((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern MONTH_DAYS_YEAR =
      Pattern.compile(
          MONTH_INITIAL + B + MONTH + "\\s+" + DAY + "(?:" + DASH + DAY + ")?,?\\s+" + YEAR);
  private static final Pattern DAYS_MONTH_YEAR =
      // "the 4th and 5th of May 2031": an ordinal day may be "of" its month.
      Pattern.compile(
          DIGIT + B + DAY + "(?:" + DASH + DAY + ")?\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR);
  private static final Pattern MONTH_TO_MONTH_YEAR =
      Pattern.compile(
          MONTH_INITIAL + B + MONTH + "\\s+(?:to|through|until|and)\\s+" + MONTH + ",?\\s+" + YEAR);
  private static final Pattern MONTH_YEAR =
      Pattern.compile(MONTH_INITIAL + B + MONTH + ",?\\s+(?:of\\s+)?" + YEAR);
  private static final Pattern SLASH_MONTH_YEAR =
      Pattern.compile("\\((0?[1-9]|1[0-2])/(\\d{2})\\)");
  private static final Pattern QUALIFIED_YEAR =
      Pattern.compile(
          "(?=[emlsafw])"
              + B
              + "((?:early|mid|late|spring|summer|autumn|fall|winter)(?:-|\\s+)(?:of\\s+)?)"
              + YEAR,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE_YEAR =
      Pattern.compile("(?=[12])" + B + YEAR + "(?![\\p{L}\\-/]|\\.\\d)");
  private static final Pattern MONTH_DAYS =
      Pattern.compile(
          MONTH_INITIAL
              + B
              + MONTH
              + "\\s+"
              + DAY
              + "(?:"
              + DASH
              + DAY
              + ")?(?![\\d,]*\\s*\\d{4})(?!\\d)");
  // "in September": a month alone after "in", its year to be found (not "in May 2020", not "in
  // March 15").
  private static final Pattern IN_MONTH =
      Pattern.compile(MONTH_INITIAL + "(?<=\\bin\\s)" + MONTH + "(?![\\p{L}])(?!,?\\s*\\d)");
  // "14–18 September", "on 8 November": the day first, as outside the United States, and no year
  // after it.
  private static final Pattern DAYS_MONTH =
      Pattern.compile(
          DIGIT + B + DAY + "(?:" + DASH + DAY + ")?\\s+" + MONTH + "(?![\\p{L}])(?!,?\\s*\\d)");

  /**
   * Dates in {@code text[begin, end)}, in text order, spans relative to {@code text}; year-less
   * ones resolved per sentence later.
   */
  public List<DateMention> find(String text, int begin, int end) {
    List<DateMention> found = new ArrayList<>();
    scan(
        NUMERIC_DATE,
        text,
        begin,
        end,
        found,
        m ->
            Integer.parseInt(m.group(2)) > 12
                ? null
                : date(m.group(3), Integer.parseInt(m.group(2)), m.group(1)));
    // Spanish, Portuguese, French, Italian and German dates before the English patterns, which
    // would read only a part of them ("Mai bis 1. Juni 2024" holds "Juni 2024" for BARE_YEAR).
    scan(ForeignDates.DAYS_MONTH, text, begin, end, found, DateFinder::foreignDay);
    scan(
        ForeignDates.MONTH_YEAR,
        text,
        begin,
        end,
        found,
        m ->
            ForeignDates.isForeign(m)
                ? yearMonth(m.group("year"), ForeignDates.month(m.group("m1")))
                : null);
    scan(
        MONTH_DAYS_YEAR,
        text,
        begin,
        end,
        found,
        m -> date(m.group(4), month(m.group(1)), m.group(2)));
    scan(
        DAYS_MONTH_YEAR,
        text,
        begin,
        end,
        found,
        m -> date(m.group(4), month(m.group(3)), m.group(1)));
    scan(
        MONTH_TO_MONTH_YEAR,
        text,
        begin,
        end,
        found,
        m -> yearMonth(m.group(3), month(m.group(1))));
    scan(MONTH_YEAR, text, begin, end, found, m -> yearMonth(m.group(2), month(m.group(1))));
    scan(
        SLASH_MONTH_YEAR,
        text,
        begin,
        end,
        found,
        m -> yearMonth("20" + m.group(2), Integer.parseInt(m.group(1))));
    scan(QUALIFIED_YEAR, text, begin, end, found, m -> new String[] {m.group(2), "gYear"});
    scan(BARE_YEAR, text, begin, end, found, m -> new String[] {m.group(1), "gYear"});
    scan(
        MONTH_DAYS,
        text,
        begin,
        end,
        found,
        m ->
            new String[] {null, "date", pad(month(m.group(1))), pad(Integer.parseInt(m.group(2)))});
    scan(
        DAYS_MONTH,
        text,
        begin,
        end,
        found,
        m ->
            new String[] {null, "date", pad(month(m.group(3))), pad(Integer.parseInt(m.group(1)))});
    scan(
        IN_MONTH,
        text,
        begin,
        end,
        found,
        m -> new String[] {null, "gYearMonth", pad(month(m.group(1))), null});
    scan(
        ForeignDates.IN_MONTH,
        text,
        begin,
        end,
        found,
        m ->
            ForeignDates.english(m.group("m1"))
                ? null
                : new String[] {null, "gYearMonth", pad(ForeignDates.month(m.group("m1"))), null});
    found.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
    return found;
  }

  /**
   * Gives year-less dates the year stated in the same sentence (the first other date or {@code
   * hintYear}), or drops them.
   */
  public static List<DateMention> resolveYears(List<DateMention> inSentence, Integer hintYear) {
    return resolveYears(inSentence, hintYear, null);
  }

  /**
   * As {@link #resolveYears(List, Integer)}; a sentence that states no year gives its year-less
   * dates {@code referenceYear}, the year the article is written in ("the congress (14–18
   * September, Lisbon)").
   */
  public static List<DateMention> resolveYears(
      List<DateMention> inSentence, Integer hintYear, Integer referenceYear) {
    Integer year = hintYear;
    for (DateMention d : inSentence) {
      if (d.value() != null && year == null) {
        year = d.year();
      }
    }
    year = year != null ? year : referenceYear;
    List<DateMention> out = new ArrayList<>();
    for (DateMention d : inSentence) {
      if (d.value() != null) {
        out.add(d);
      } else if (year != null) {
        String monthDay = d.xsdType().substring(4);
        out.add(
            new DateMention(
                d.span(), year + monthDay, monthDay.length() == 3 ? "gYearMonth" : "date"));
      }
    }
    return out;
  }

  private interface Normalizer {
    String[] apply(Matcher m);
  }

  private static void scan(
      Pattern p, String text, int begin, int end, List<DateMention> found, Normalizer n) {
    Matcher m = p.matcher(text);
    m.region(begin, end);
    while (m.find()) {
      Span span = new Span(m.start(), m.end());
      if (found.stream().anyMatch(d -> d.span().overlaps(span))) {
        continue;
      }
      String[] v;
      try {
        v = n.apply(m);
      } catch (RuntimeException e) {
        continue; // an impossible day or month is no date
      }
      if (v == null) {
        continue;
      }
      if (v[0] == null) {
        // Year unknown yet: keep month and day (or the month alone) in the type slot until
        // resolveYears() fills the year.
        found.add(new DateMention(span, null, "date-" + v[2] + (v[3] == null ? "" : "-" + v[3])));
      } else {
        found.add(new DateMention(span, v[0], v[1]));
      }
    }
  }

  // The first day of a foreign day-first date; with no year, its month and day wait for one.
  private static String[] foreignDay(Matcher m) {
    if (!ForeignDates.isForeign(m)) {
      return null;
    }
    int month = ForeignDates.month(m.group("m1"));
    if (m.group("year") != null) {
      return date(m.group("year"), month, m.group("d1"));
    }
    int day = Integer.parseInt(m.group("d1"));
    return day < 1 || day > 31 ? null : new String[] {null, "date", pad(month), pad(day)};
  }

  private static int month(String name) {
    Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    if (m == null) {
      throw new IllegalArgumentException(name);
    }
    return m;
  }

  private static String[] date(String year, int month, String day) {
    int d = Integer.parseInt(day);
    if (d < 1 || d > 31) {
      return null;
    }
    return new String[] {year + "-" + pad(month) + "-" + pad(d), "date"};
  }

  private static String[] yearMonth(String year, int month) {
    return new String[] {year + "-" + pad(month), "gYearMonth"};
  }

  private static String pad(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
