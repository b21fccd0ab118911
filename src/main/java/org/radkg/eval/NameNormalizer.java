package org.radkg.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a name into the key the evaluator compares: equal keys mean "the same name" despite case,
 * diacritics, quote and dash styles, punctuation, trademark signs and a leading "the".
 */
public final class NameNormalizer {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  // Trademark signs would otherwise decompose (NFKD) into letters glued to the name: "Registry™" ->
  // "registrytm".
  private static final Pattern TRADEMARKS = Pattern.compile("[\u2122\u00AE\u00A9\u2120]");
  private static final Pattern QUOTES =
      Pattern.compile("[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]");
  private static final Pattern DOUBLE_QUOTES =
      Pattern.compile("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]");
  private static final Pattern DASHES =
      Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]");
  // Apostrophes sit inside words ("Alzheimer's"), so they vanish rather than split the word.
  private static final Pattern APOSTROPHE = Pattern.compile("'");
  private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}\\s]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private NameNormalizer() {}

  /** The comparison key of a name; the empty string for null or blank input. */
  public static String normalize(String name) {
    if (name == null) {
      return "";
    }
    String s = TRADEMARKS.matcher(name).replaceAll("");
    s = Normalizer.normalize(s, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    s = QUOTES.matcher(s).replaceAll("'");
    s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
    s = DASHES.matcher(s).replaceAll("-");
    // "&" and "and" name the same society ("Radiology & Nuclear Medicine").
    s = s.replace("&", " and ");
    s = APOSTROPHE.matcher(s).replaceAll("");
    // Other punctuation becomes a space so that "Dementia-Evidence" and "Dementia - Evidence"
    // agree.
    s = PUNCTUATION.matcher(s).replaceAll(" ");
    s = SPACES.matcher(s).replaceAll(" ").trim();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }
}
