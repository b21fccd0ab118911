package org.radkg.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an English sentence without the adverbs of time and addition that stand between a person
 * and the verb or the office stated of them ("Carson is currently a professor of ...", "He also
 * serves as ...", "She is now chair of ..."), so the patterns that read offices, written for the
 * plain clause, read these too. Each word dropped still stands in the sentence's evidence.
 */
final class SentenceAdverbs {
  // The adverb with the space before it, after a person, a pronoun or a verb of office.
  private static final Pattern ADVERB =
      Pattern.compile(
          "(?<=⟦H\\d{1,4}⟧|\\b[Hh]e|\\b[Ss]he|\\bis|\\bwas|\\bserves|\\bserved)"
              + "\\s+(?:currently|also|now|presently|still|additionally|concurrently)"
              + "(?=\\s+(?:is|was|serves|served|a|an|the|\\p{Lu}|\\p{Ll}+\\s+(?:of|at|for)\\s))");

  private static final List<String> WORDS =
      List.of("currently", "also", "now", "presently", "still", "additionally", "concurrently");

  private SentenceAdverbs() {}

  /** {@code s} without the adverbs between its people and the offices stated of them. */
  static MaskedSentence dropped(MaskedSentence s) {
    String masked = s.masked();
    // Most sentences hold none of the words: a plain search spares the pattern's look-behind at
    // every position.
    if (WORDS.stream().noneMatch(masked::contains)) {
      return s;
    }
    return s.without(ADVERB);
  }
}
