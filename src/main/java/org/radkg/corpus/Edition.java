package org.radkg.corpus;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edition of a newsletter a document is: what its header says above the first society section
 * ("28-30 August 2025" / "Dublin, IE" / "IS3R Global Scan"), so that every article of the document
 * can say which edition it appeared in and when.
 *
 * @param name the newsletter's name with the edition's date and place ("IS3R Global Scan, 28-30
 *     August 2025, Dublin, IE")
 * @param date the edition's date, ISO ("2025-08-28", the first day of a range; "2025-08" for a
 *     month)
 * @param xsdType "date" or "gYearMonth"
 */
public record Edition(String name, String date, String xsdType) {
  // A newsletter's header is a few lines; past these the stories have begun.
  private static final int HEADER_LINES = 8;
  private static final String MONTHS =
      "(january|february|march|april|may|june|july|august|september|october|november|december)";
  // "28-30 August 2025", "28 August 2025", "August 28-30, 2025", "August 2025", "2025-08-28".
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\s+" + MONTHS + "\\s+(\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)" + MONTHS + "\\s+(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?,?\\s+(\\d{4})");
  private static final Pattern MONTH_YEAR = Pattern.compile("(?i)" + MONTHS + "\\s+(\\d{4})");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  // "Dublin, IE", "Vienna, Austria": a place line beside the date.
  private static final Pattern PLACE_LINE =
      Pattern.compile("\\p{Lu}[\\p{L} .'-]{1,40},\\s*\\p{Lu}[\\p{L} .'-]{1,40}");
  private static final List<String> MONTH_NAMES =
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
  private static final Map<SourceDocument, Optional<Edition>> READ =
      Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * The edition {@code doc} is, when it is a newsletter (society sections follow) whose header
   * dates it; else empty.
   */
  public static Optional<Edition> of(SourceDocument doc) {
    return READ.computeIfAbsent(doc, Edition::read);
  }

  private static Optional<Edition> read(SourceDocument doc) {
    List<TextLine> lines = TextLine.split(doc.text());
    String date = null;
    String dateText = null;
    String xsd = null;
    String place = null;
    String name = null;
    int seen = 0;
    for (TextLine line : lines) {
      String l = line.content().strip();
      if (l.isEmpty()) {
        continue;
      }
      if (SocietyHeaderParser.parse(l) != null) {
        break;
      }
      if (++seen > HEADER_LINES) {
        return Optional.empty();
      }
      String[] parsed = date == null ? parseDate(l) : null;
      if (parsed != null) {
        date = parsed[0];
        xsd = parsed[1];
        dateText = parsed[2];
        // "28-30 August 2025 / Dublin, IE": a date line may carry the place (a PDF joins the two).
        if (!parsed[3].isEmpty() && PLACE_LINE.matcher(parsed[3]).matches()) {
          place = parsed[3];
        }
      } else if (date != null && place == null && PLACE_LINE.matcher(l).matches()) {
        place = l;
      } else if (name == null && l.split("\\s+").length <= 8 && TitleShape.isTitleShaped(l)) {
        name = l;
      }
    }
    boolean newsletter =
        lines.stream().anyMatch(t -> SocietyHeaderParser.parse(t.content()) != null);
    if (date == null || name == null || !newsletter) {
      return Optional.empty();
    }
    // Named as the header writes it, whether date and place stand on one line or two.
    String full = name + ", " + dateText + (place != null ? ", " + place : "");
    return Optional.of(new Edition(full, date, xsd));
  }

  /**
   * A line that is a date, alone or before a place ("28-30 August 2025 / Dublin, IE"): {iso, xsd
   * type, the date as written, the rest}, or null.
   */
  private static String[] parseDate(String line) {
    Matcher m = DAY_MONTH_YEAR.matcher(line);
    if (m.lookingAt()) {
      return dated(line, m, iso(m.group(3), m.group(2), m.group(1)), "date");
    }
    m = MONTH_DAY_YEAR.matcher(line);
    if (m.lookingAt()) {
      return dated(line, m, iso(m.group(3), m.group(1), m.group(2)), "date");
    }
    m = MONTH_YEAR.matcher(line);
    if (m.lookingAt()) {
      return dated(line, m, m.group(2) + "-" + month(m.group(1)), "gYearMonth");
    }
    m = ISO.matcher(line);
    if (m.lookingAt()) {
      return dated(line, m, m.group(), "date");
    }
    return null;
  }

  // The date and what follows it on its line, once separators are dropped; null when what follows
  // is more than a place (a sentence that begins with a date is no header).
  private static String[] dated(String line, Matcher m, String iso, String xsd) {
    String rest = line.substring(m.end()).replaceFirst("^[\\s/|·•,–—-]+", "").strip();
    if (!rest.isEmpty() && !PLACE_LINE.matcher(rest).matches()) {
      return null;
    }
    return new String[] {iso, xsd, line.substring(0, m.end()).strip(), rest};
  }

  private static String iso(String year, String monthName, String day) {
    return year + "-" + month(monthName) + "-" + (day.length() == 1 ? "0" + day : day);
  }

  private static String month(String name) {
    int m = MONTH_NAMES.indexOf(name.toLowerCase(Locale.ROOT)) + 1;
    return m < 10 ? "0" + m : Integer.toString(m);
  }
}
