package org.radkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;

/**
 * Finds people named in Arabic script after a title ("الدكتور سالم ناصر رئيس الجمعية"): Arabic has
 * no capitals, so the name is the two words after the titles, or three when an office or a function
 * word follows the third; a single word after a title that ends a name found in full is that
 * person's surname.
 */
final class ArabicTitledNames {
  private static final Set<String> TITLES =
      new HashSet<>(LexiconFiles.entries("arabic-person-titles"));
  private static final Set<String> STOPS = new HashSet<>(LexiconFiles.entries("arabic-name-stops"));
  // A word of Arabic letters (with its diacritics), or any other run of non-space characters.
  private static final Pattern TOKEN = Pattern.compile("[\\p{IsArabic}&&[\\p{L}\\p{M}]]+|\\S");
  private static final Pattern ARABIC_WORD = Pattern.compile("[\\p{IsArabic}&&[\\p{L}\\p{M}]]+");

  private ArabicTitledNames() {}

  /** A name found: its words as written, and its span. */
  record Found(String name, Span span) {}

  /** The names in {@code text[begin, end)} after an Arabic title, in text order. */
  static List<Found> find(String text, int begin, int end) {
    List<Found> out = new ArrayList<>();
    if (!hasArabic(text, begin, end)) {
      return out;
    }
    List<int[]> tokens = new ArrayList<>();
    // Tokens as [begin, end] offsets: Arabic words, and every other character on its own.
    Matcher t = TOKEN.matcher(text).region(begin, end);
    while (t.find()) {
      tokens.add(new int[] {t.start(), t.end()});
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!isTitle(text, tokens, i) || (i > 0 && isTitle(text, tokens, i - 1))) {
        continue;
      }
      int k = i;
      while (k < tokens.size() && isTitle(text, tokens, k)) {
        k++;
      }
      int n = nameWords(text, tokens, k);
      if (n >= 2) {
        out.add(found(text, tokens, k, n));
      }
    }
    // "الدكتورة هدى سامي ... الدكتورة سامي حديثها": words after a title opened by the surname of a
    // name found in full are that person named again, not a new name.
    Set<String> surnames = new HashSet<>();
    out.forEach(f -> surnames.add(f.name().substring(f.name().lastIndexOf(' ') + 1)));
    out.removeIf(f -> surnames.contains(f.name().substring(0, f.name().indexOf(' '))));
    return out;
  }

  // How many words from token k make the name: 0 when fewer than two Arabic words no stop word
  // opens; 1 when only one does.
  private static int nameWords(String text, List<int[]> tokens, int k) {
    int n = 0;
    while (n < 3 && k + n < tokens.size() && nameWord(text, tokens, k + n)) {
      n++;
    }
    if (n == 3 && k + 3 < tokens.size() && nameWord(text, tokens, k + 3)) {
      return 2; // a fourth word that is no stop: the third may begin the sentence's predicate
    }
    return n;
  }

  private static boolean nameWord(String text, List<int[]> tokens, int i) {
    String w = word(text, tokens, i);
    return ARABIC_WORD.matcher(w).matches() && !STOPS.contains(w) && !TITLES.contains(w);
  }

  private static boolean isTitle(String text, List<int[]> tokens, int i) {
    String w = word(text, tokens, i);
    if (w.equals("د") && i + 1 < tokens.size() && word(text, tokens, i + 1).equals(".")) {
      return true;
    }
    return TITLES.contains(w) || (w.equals(".") && i > 0 && word(text, tokens, i - 1).equals("د"));
  }

  private static String word(String text, List<int[]> tokens, int i) {
    return text.substring(tokens.get(i)[0], tokens.get(i)[1]);
  }

  private static Found found(String text, List<int[]> tokens, int k, int n) {
    int s = tokens.get(k)[0];
    int e = tokens.get(k + n - 1)[1];
    return new Found(text.substring(s, e).replaceAll("\\s+", " "), new Span(s, e));
  }

  private static boolean hasArabic(String text, int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.ARABIC) {
        return true;
      }
    }
    return false;
  }
}
