package org.radkg.corpus;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a source document's licence lets radkg republish its full text: only the open licences
 * that allow redistribution with changes and for any use (CC0, the Public Domain Mark, CC BY and CC
 * BY-SA, any version) do; a document with no known licence, or another licence, keeps its text to
 * its publisher, and radkg publishes only the facts read from it and the sentences quoted as
 * evidence.
 */
public final class SourceLicence {
  // Creative Commons' addresses in every form they are written: http or https, with or without
  // "www.", a trailing slash, a "legalcode" or "deed.xx" page, any version or port ("by/3.0/de").
  private static final Pattern OPEN =
      Pattern.compile(
          "https?://(?:www\\.)?creativecommons\\.org/"
              + "(?:licenses/(?:by|by-sa)/\\d(?:\\.\\d)?(?:/[a-z]{2})?"
              + "|publicdomain/(?:zero/1\\.0|mark/1\\.0))"
              + "(?:/(?:legalcode(?:\\.[a-z-]+)?|deed\\.[a-z-]+)?)?/?");

  private static final Pattern IRI = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");

  private SourceLicence() {}

  /** Whether {@code licence} (an IRI, or null when none is known) allows republishing the text. */
  public static boolean allowsRepublishing(String licence) {
    return licence != null && OPEN.matcher(licence.strip().toLowerCase(Locale.ROOT)).matches();
  }

  /** Whether {@code value} can stand as a licence's IRI in the graph (absolute http or https). */
  public static boolean isIri(String value) {
    return value != null && IRI.matcher(value.strip()).matches();
  }
}
