package org.radkg.vocab;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key two spellings of a name share when only case, accents and punctuation tell them apart
 * ("São Paulo" and "sao paulo", "Côte d'Ivoire" and "Cote d Ivoire"): lower case, accents dropped,
 * one space between words.
 */
public final class NameKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NameKey() {}

  /** The key of {@code name}. */
  public static String of(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    return NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
