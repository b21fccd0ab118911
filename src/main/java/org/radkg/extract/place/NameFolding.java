package org.radkg.extract.place;

import java.text.Normalizer;
import java.util.Locale;

/** Folds place names to comparison keys and measures how far two keys are apart. */
final class NameFolding {
  // Letters that NFD does not decompose; without them "Łódź" would fold to "ódź".
  private static final String SPECIAL_FROM = "ßøØłŁđĐðÐıħĦ’‘ʻʼ";
  private static final String[] SPECIAL_TO = {
    "ss", "o", "O", "l", "L", "d", "D", "d", "D", "i", "h", "H", "'", "'", "'", "'"
  };

  private NameFolding() {}

  /** "Timișoara" becomes "Timisoara": diacritics removed, letter case kept. */
  static String ascii(String name) {
    if (name.chars().allMatch(c -> c < 128)) {
      return name; // the common case, and Normalizer is the cost of loading
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      int special = SPECIAL_FROM.indexOf(c);
      if (special >= 0) {
        out.append(SPECIAL_TO[special]);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** "Daar Es-Salaam" becomes "daaressalaam": folded, lower case, letters and digits only. */
  static String key(String name) {
    String folded = ascii(name).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Optimal-string-alignment distance (Levenshtein plus adjacent transposition), or {@code max + 1}
   * as soon as it is known to exceed {@code max}: most pairs are rejected by length.
   */
  static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[] prevPrev = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      row[0] = i;
      int rowMin = row[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(row[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, prevPrev[j - 2] + 1);
        }
        row[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] spare = prevPrev;
      prevPrev = prev;
      prev = row;
      row = spare;
    }
    return Math.min(prev[b.length()], max + 1);
  }
}
