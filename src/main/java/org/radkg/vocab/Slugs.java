package org.radkg.vocab;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names into the ASCII slugs used in entity IRIs: the same name always gives the same slug. */
public final class Slugs {
  private static final int MAX_LENGTH = 80;

  private Slugs() {}

  /** "EUropean Federation for CAncer IMages" becomes "european-federation-for-cancer-images". */
  public static String of(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .replace('’', '\'')
        .replace("'", "")
        .replace("&", " and ")
        .toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder(folded.length());
    boolean dash = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    String s = slug.toString();
    if (s.length() > MAX_LENGTH) {
      s = s.substring(0, MAX_LENGTH);
      int cut = s.lastIndexOf('-');
      if (cut > MAX_LENGTH / 2) {
        s = s.substring(0, cut);
      }
    }
    return s.isEmpty() ? "x" : s;
  }
}
