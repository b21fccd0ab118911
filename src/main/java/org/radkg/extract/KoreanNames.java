package org.radkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;

/**
 * Finds people named in Hangul ("회장 김민수", "김민수 교수는", "이서연(서울병원) 교수"): a word of three syllables
 * (four after a two-syllable family name) opened by a family name is a person's name when a title
 * or office stands right before it or after it (the office perhaps after a bracket and with a
 * particle).
 */
final class KoreanNames {
  private static final Set<String> SURNAMES =
      new HashSet<>(LexiconFiles.entries("korean-surnames"));
  private static final String TITLE =
      LexiconFiles.alternation(LexiconFiles.entries("korean-person-titles"));
  private static final String PARTICLE = "(?:은|는|이|가|을|를|의|과|와|도|께서|에게|으로|로|님)?";
  private static final Pattern WORD = Pattern.compile("(?<![가-힣])[가-힣]{3,4}(?![가-힣])");
  private static final Pattern TITLE_BEFORE = Pattern.compile("(?<![가-힣])" + TITLE + "[ \\t]+$");
  private static final Pattern TITLE_AFTER =
      Pattern.compile("^(?:[ \\t]*\\([^()\\n]{1,60}\\))?[ \\t]*" + TITLE + PARTICLE + "(?![가-힣])");

  // Syllables that end a noun with its particle and rarely end a given name.
  private static final String PARTICLE_END = "는를을의에가와과로도";

  private KoreanNames() {}

  /** The spans of the Korean names in {@code text[begin, end)}, in text order. */
  static List<Span> find(String text, int begin, int end) {
    List<Span> found = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(begin, end).useTransparentBounds(true);
    while (m.find()) {
      String w = m.group();
      boolean shaped =
          w.length() == 3
              ? SURNAMES.contains(w.substring(0, 1))
              : SURNAMES.contains(w.substring(0, 2));
      if (!shaped) {
        continue;
      }
      String before = text.substring(Math.max(begin, m.start() - 12), m.start());
      String after = text.substring(m.end(), Math.min(end, m.end() + 70));
      // "회장 선거는": after an office, a noun with its particle is no name.
      boolean afterTitle =
          TITLE_BEFORE.matcher(before).find() && PARTICLE_END.indexOf(w.charAt(w.length() - 1)) < 0;
      if (afterTitle || TITLE_AFTER.matcher(after).find()) {
        found.add(new Span(m.start(), m.end()));
      }
    }
    return found;
  }
}
