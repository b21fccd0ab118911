package org.radkg.extract;

import java.util.Locale;
import java.util.Set;
import org.radkg.corpus.LexiconFiles;

/**
 * The ordinary English words of {@code data/lexicon/english-words.txt}, loaded once for every
 * reader that asks.
 */
final class EnglishWords {
  private static final Set<String> WORDS = Set.copyOf(LexiconFiles.entries("english-words"));

  private EnglishWords() {}

  /** Whether {@code word}, in any case, is an ordinary English word ("When", "global"). */
  static boolean contains(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
