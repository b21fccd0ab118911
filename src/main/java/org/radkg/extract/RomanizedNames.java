package org.radkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;

/**
 * Finds people whose names no given-name list holds because they are romanized Chinese names
 * ("Gaojun Teng", "Xu Ke"): two or three words made of pinyin syllables, standing alone in a
 * person's frame (an apposition after the name, "by" or "said" before it).
 */
final class RomanizedNames {
  private static final Set<String> SYLLABLES = syllables();
  private static final int LONGEST = SYLLABLES.stream().mapToInt(String::length).max().orElse(0);
  private static final String WORD = "\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?";
  private static final Pattern RUN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}'’.-])("
              + WORD
              + "(?:[ \\t\\u00A0]"
              + WORD
              + "){1,2})(?![\\p{L}\\p{N}'’-])");
  // What a person's name sits in: "Xu Ke, First Hospital ...", "Xu Ke (Zhongshan Hospital)", "Xu Ke
  // said".
  private static final Pattern AFTER =
      Pattern.compile(
          "^(?:,[ \\t\\u00A0]+(?:the[ \\t\\u00A0]+)?\\p{Lu}|[ \\t\\u00A0]*\\(\\p{Lu}|[ \\t\\u00A0]+(?:said|says|added|noted)\\b)");
  private static final Pattern BEFORE =
      Pattern.compile("(?:\\b(?:by|said|says|added|with|and)|,)[ \\t\\u00A0]+$");
  // The run must stand alone: a capitalized word right before it ("Sun Yat", "Bank of China Xu")
  // makes it part of a longer name.
  private static final Pattern CAPITALIZED_BEFORE =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}'’.-]*[ \\t\\u00A0]+$");

  private RomanizedNames() {}

  /** People named in {@code text[begin, end)} by a romanized Chinese name in a person's frame. */
  static List<Mention> find(String text, int begin, int end, Predicate<Span> placed) {
    List<Mention> found = new ArrayList<>();
    Matcher m = RUN.matcher(text);
    m.region(begin, end);
    m.useTransparentBounds(true);
    while (m.find()) {
      String name = m.group(1);
      Span span = new Span(m.start(1), m.end(1));
      String after = text.substring(m.end(1), Math.min(end, m.end(1) + 12));
      String before = text.substring(Math.max(begin, m.start(1) - 12), m.start(1));
      if (!isChineseName(name)
          || !(AFTER.matcher(after).find() || BEFORE.matcher(before).find())
          || CAPITALIZED_BEFORE.matcher(before).find()
          || placed.test(span)) {
        continue;
      }
      found.add(new Mention(PersonFinder.person(name), span.begin(), span.end()));
    }
    return found;
  }

  /**
   * Whether every word of {@code name} is one or two pinyin syllables (the given name's two written
   * as one word, or joined by a hyphen), one of them a single syllable (the surname), and not every
   * word an ordinary English word ("Long Men" is no name).
   */
  static boolean isChineseName(String name) {
    String[] words = name.split("[ \\t\\u00A0]+");
    boolean single = false;
    boolean foreign = false;
    for (String w : words) {
      int n = syllableCount(w.toLowerCase(Locale.ROOT).replace("-", ""));
      if (n == 0) {
        return false;
      }
      single |= n == 1;
      foreign |= !EnglishWords.contains(w);
    }
    return single && foreign;
  }

  // The fewest syllables (1 or 2) that spell {@code word}, or 0; a syllable opening with a vowel
  // only
  // starts the word, as pinyin writes an apostrophe before one inside a word ("Xi'an").
  private static int syllableCount(String word) {
    if (SYLLABLES.contains(word)) {
      return 1;
    }
    for (int i = 1; i < word.length() && i <= LONGEST; i++) {
      String rest = word.substring(i);
      if (SYLLABLES.contains(word.substring(0, i))
          && SYLLABLES.contains(rest)
          && "aeo".indexOf(rest.charAt(0)) < 0) {
        return 2;
      }
    }
    return 0;
  }

  private static Set<String> syllables() {
    Set<String> all = new HashSet<>();
    for (String line : LexiconFiles.entries("pinyin-syllables")) {
      all.addAll(List.of(line.split("\\s+")));
    }
    return Set.copyOf(all);
  }
}
