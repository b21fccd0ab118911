package org.radkg.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an operator states about a document beside its text, overriding what the document says about
 * itself: its publisher, its publication date and its licence (the {@code --publisher}, {@code
 * --date} and {@code --licence} options, or a line of a corpus folder's {@link DocumentNotes
 * documents.tsv}).
 *
 * @param publisher the publisher's name or acronym, or null
 * @param published the publication date, ISO 8601 ("2024-05-17", "2024-05" or "2024"), or null
 * @param licence the IRI of the licence the document's text is published under, or null
 */
public record DocumentNote(String publisher, String published, String licence) {
  /** Nothing stated. */
  public static final DocumentNote NONE = new DocumentNote(null, null, null);

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public DocumentNote {
    publisher = publisher == null || publisher.isBlank() ? null : publisher.strip();
    if (publisher != null && publisher.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a publisher's name is one line without tabs");
    }
    published = published == null || published.isBlank() ? null : checkDate(published.strip());
    licence = licence == null || licence.isBlank() ? null : licence.strip();
    if (licence != null && !SourceLicence.isIri(licence)) {
      throw new IllegalArgumentException(
          "'" + licence + "' is not a licence's address (an http or https IRI)");
    }
  }

  /** A publisher and a date, no licence. */
  public DocumentNote(String publisher, String published) {
    this(publisher, published, null);
  }

  /** Only a publisher ({@code null}: nothing stated). */
  public static DocumentNote publisher(String publisher) {
    return new DocumentNote(publisher, null, null);
  }

  /** Whether nothing is stated. */
  public boolean isEmpty() {
    return publisher == null && published == null && licence == null;
  }

  /** This note, each part {@code over} states replaced by it. */
  public DocumentNote overriddenBy(DocumentNote over) {
    return new DocumentNote(
        over.publisher != null ? over.publisher : publisher,
        over.published != null ? over.published : published,
        over.licence != null ? over.licence : licence);
  }

  /**
   * {@code text} when it is a real calendar date, month or year in ISO 8601; else an {@link
   * IllegalArgumentException} that says what is wrong.
   */
  public static String checkDate(String text) {
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a date in the form 2024-05-17, 2024-05 or 2024");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(3) != null) {
        LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } else if (m.group(2) != null) {
        YearMonth.of(year, Integer.parseInt(m.group(2)));
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is no calendar date", e);
    }
    return text;
  }
}
