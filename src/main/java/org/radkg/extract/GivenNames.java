package org.radkg.extract;

import java.util.HashSet;
import java.util.Set;
import org.radkg.corpus.LexiconFiles;

/**
 * The given names of {@code data/lexicon/given-names.txt} (generated) and {@code
 * given-names-extra.txt} (by hand).
 */
final class GivenNames {
  private final Set<String> names;

  private GivenNames(Set<String> names) {
    this.names = names;
  }

  static GivenNames fromLexicon() {
    Set<String> all = new HashSet<>(LexiconFiles.entries("given-names"));
    all.addAll(LexiconFiles.entries("given-names-extra"));
    return new GivenNames(Set.copyOf(all));
  }

  /** Whether {@code word}, as written (capitalized), is a known given name. */
  boolean contains(String word) {
    return names.contains(word);
  }
}
