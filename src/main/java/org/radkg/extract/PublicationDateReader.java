package org.radkg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.SourceDocument;

/**
 * Reads when a document was published: the date its page metadata gives, else the date line among
 * its first lines ("April 21, 2023", "Posted on: 2019-08-13", "Brussels, 24 January 2023", "by A.
 * Writer, Contributing Editor | February 28, 2017", "Wednesday, Nov. 28, 2018 09:00 ET"). A line
 * holding a range or two dates ("9 - 11 November 2012", "01/06/2015 - 31/05/2017") dates something
 * else, and a bare year dates no page. Pure and thread-safe.
 */
public final class PublicationDateReader {
  // A date line stands above or just below the headline; further down, dates belong to the story.
  private static final int MAX_LINES = 15;
  // Parts of one furniture line: "by X | date", "date · place", "date — OAK BROOK, Ill. — The
  // story...".
  private static final Pattern PART_SEPARATOR =
      Pattern.compile("\\s+(?:\\||·|—|–|--)\\s*|\\s*(?:\\||·)\\s+");
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)^\\W*(?:(?:publication|posted|published|released|updated|last\\s+updated|date(?:d)?|issued)\\b(?:\\s+on\\b)?)");
  private static final Pattern ISO_MONTH_OR_YEAR = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");
  private static final Pattern ISO_DATE =
      Pattern.compile("(?<![\\d-])((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?![\\d-])");
  // "10-Feb-2020": a day, a month's name and a year joined by hyphens; read as "10 Feb 2020".
  private static final Pattern HYPHENED_DATE =
      Pattern.compile("(?<![\\d-])\\d{1,2}(-)\\p{L}{3,9}\\.?(-)(?:19|20)\\d{2}(?![\\d-])");
  private static final Pattern RANGE =
      Pattern.compile("\\d\\s*(?:[-–—]|\\bto\\b|\\band\\b|\\bthrough\\b)\\s*\\d");
  // What else a date line may hold: a time, a label, a weekday, a counter; up to MAX_OTHER_WORDS
  // words remain (a place, a name).
  private static final Pattern FILLER =
      Pattern.compile(
          "(?i)\\b\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:[ap]\\.?m\\.?|et|est|edt|gmt|cet|cest|utc|pt|pst))?"
              + "|\\b(?:publication|posted|published|released|updated|last|date|dated|issued|on|at|hits?|views?|volume|vol|no|issue"
              + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b"
              + "|\\d+|[^\\p{L}\\s]");
  private static final int MAX_OTHER_WORDS = 3;
  // "Administrative Council Meeting, 25th September 2024": a heading that dates an event, not the
  // page.
  private static final Pattern EVENT_WORD =
      Pattern.compile(
          "(?i)\\b(?:meeting|congress|conference|symposium|workshop|course|webinar|summit|forum|assembly|council|day|week|session|seminar|exhibition|convention)s?\\b");

  private final DateFinder dates = new DateFinder();

  // Every article of a newsletter shares its document (80 articles, one date line): read each
  // document once
  // (weakly held, so a finished build keeps nothing; SourceDocument compares by identity).
  private static final Map<SourceDocument, Optional<DateMention>> READ =
      Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * The date {@code doc} was published, with where its date line states it (an empty span for
   * metadata), or empty.
   */
  public Optional<DateMention> read(SourceDocument doc) {
    Optional<DateMention> known = READ.get(doc);
    if (known == null) {
      known = readOnce(doc);
      READ.put(doc, known);
    }
    return known;
  }

  private Optional<DateMention> readOnce(SourceDocument doc) {
    Optional<DateMention> meta = iso(doc.metadata().published());
    if (meta.isPresent()) {
      return meta;
    }
    String text = doc.text();
    int lineBegin = 0;
    for (int lines = 0; lines < MAX_LINES && lineBegin < text.length(); ) {
      int lineEnd = text.indexOf('\n', lineBegin);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      if (!text.substring(lineBegin, lineEnd).isBlank()) {
        lines++;
        Optional<DateMention> found = dateLine(text, lineBegin, lineEnd);
        if (found.isPresent()) {
          return found;
        }
      }
      lineBegin = lineEnd + 1;
    }
    return Optional.empty();
  }

  private Optional<DateMention> dateLine(String text, int begin, int end) {
    Matcher parts = PART_SEPARATOR.matcher(text).region(begin, end);
    int partBegin = begin;
    while (true) {
      boolean more = parts.find();
      int partEnd = more ? parts.start() : end;
      Optional<DateMention> found = datePart(text, partBegin, partEnd);
      if (found.isPresent() || !more) {
        return found;
      }
      partBegin = parts.end();
    }
  }

  // One part of a line: a single full date (or month and year) and little else.
  private Optional<DateMention> datePart(String text, int begin, int end) {
    String part = text.substring(begin, end);
    List<DateMention> found = isoDates(part, begin);
    if (found.isEmpty()) {
      found =
          dates.find(dehyphened(part), 0, part.length()).stream()
              .map(
                  d ->
                      new DateMention(
                          new Span(d.span().begin() + begin, d.span().end() + begin),
                          d.value(),
                          d.xsdType()))
              .toList();
    }
    if (found.size() != 1
        || found.get(0).value() == null
        || found.get(0).xsdType().equals("gYear")) {
      return Optional.empty();
    }
    DateMention d = found.get(0);
    String stated = text.substring(d.span().begin(), d.span().end());
    if (RANGE.matcher(stated).find() && !ISO_DATE.matcher(stated).find()) {
      return Optional.empty();
    }
    if (LABEL.matcher(part).lookingAt()) {
      return Optional.of(d);
    }
    String rest =
        part.substring(0, d.span().begin() - begin) + " " + part.substring(d.span().end() - begin);
    String words = FILLER.matcher(rest).replaceAll(" ").strip();
    if (EVENT_WORD.matcher(words).find()) {
      return Optional.empty();
    }
    return words.isEmpty() || words.split("\\s+").length <= MAX_OTHER_WORDS
        ? Optional.of(d)
        : Optional.empty();
  }

  private static List<DateMention> isoDates(String part, int offset) {
    Matcher m = ISO_DATE.matcher(part);
    if (!m.find()) {
      return List.of();
    }
    Optional<DateMention> d = iso(m.group());
    int first = m.start();
    int last = m.end();
    boolean another = m.find();
    return d.isEmpty() || another
        ? List.of()
        : List.of(
            new DateMention(new Span(offset + first, offset + last), d.get().value(), "date"));
  }

  // The same text with "10-Feb-2020" read as "10 Feb 2020"; offsets unchanged.
  private static String dehyphened(String part) {
    Matcher m = HYPHENED_DATE.matcher(part);
    StringBuilder out = new StringBuilder(part);
    while (m.find()) {
      out.setCharAt(m.start(1), ' ');
      out.setCharAt(m.start(2), ' ');
    }
    return out.toString();
  }

  private static Optional<DateMention> iso(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = ISO_DATE.matcher(value);
    if (!m.lookingAt()) {
      // A month or a year alone: what an operator's --date may state.
      Matcher partial = ISO_MONTH_OR_YEAR.matcher(value.strip());
      if (!partial.matches()) {
        return Optional.empty();
      }
      if (partial.group(2) == null) {
        return Optional.of(new DateMention(new Span(0, 0), partial.group(1), "gYear"));
      }
      int month = Integer.parseInt(partial.group(2));
      return month < 1 || month > 12
          ? Optional.empty()
          : Optional.of(new DateMention(new Span(0, 0), partial.group(), "gYearMonth"));
    }
    try {
      LocalDate d =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      return Optional.of(new DateMention(new Span(0, 0), d.toString(), "date"));
    } catch (DateTimeException e) {
      return Optional.empty(); // "2019-13-45" is no date
    }
  }
}
