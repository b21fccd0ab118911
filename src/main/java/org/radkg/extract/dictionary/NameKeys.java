package org.radkg.extract.dictionary;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds names so that typographic variants meet: case, curly quotes, dashes, trademark signs and
 * runs of white space do not distinguish two names. Acronyms are compared exactly instead.
 */
public final class NameKeys {
  private NameKeys() {}

  /**
   * "Alzheimer’s Network for Treatment and Diagnostics™" and "alzheimer's network ..." share a key.
   */
  public static String of(String name) {
    String s =
        Normalizer.normalize(name, Normalizer.Form.NFKC)
            .replace('’', '\'')
            .replace('‘', '\'')
            .replace('“', '"')
            .replace('”', '"')
            .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
            .replaceAll("[™®©]", "")
            .replaceAll("\\s+", " ")
            .strip();
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * True for forms written like an acronym ("ESR-PAG", "SoR", "FKUI/RSCM"): one token with at least
   * two capitals. Such forms are also compared case-sensitively, so "ICR" the congress and an alias
   * "ICR" elsewhere collide, while the word "Eurorad" stays a name.
   */
  public static boolean looksLikeAcronym(String form) {
    if (form.isEmpty() || form.chars().anyMatch(Character::isWhitespace) || form.length() > 12) {
      return false;
    }
    return form.chars().filter(Character::isUpperCase).count() >= 2;
  }
}
