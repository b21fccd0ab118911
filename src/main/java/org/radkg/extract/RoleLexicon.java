package org.radkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.radkg.corpus.LexiconFiles;

/**
 * The role words and role modifiers people edit in {@code data/lexicon/role-words.txt} and {@code
 * role-modifiers.txt}, offered as regular-expression alternations (longest entry first, so a whole
 * title such as "director general" wins over its first word).
 */
final class RoleLexicon {
  /** Role heads: "chair", "director general", "ceo". */
  static final List<String> WORDS = load("role-words");

  /** Words that may precede a role head inside the role: "deputy", "former". */
  static final List<String> MODIFIERS = load("role-modifiers");

  private RoleLexicon() {}

  /** A non-capturing alternation of the role words, case as listed (lower case). */
  static String wordsAlternation() {
    return alternation(WORDS);
  }

  /** A non-capturing alternation of the role modifiers, case as listed (lower case). */
  static String modifiersAlternation() {
    return alternation(MODIFIERS);
  }

  /**
   * Up to three role modifiers before a role head, each followed by a hyphen or space ("deputy ",
   * "vice-"), any case.
   */
  static String modifiersBefore() {
    return "(?:(?i:" + modifiersAlternation() + ")[- ]+){0,3}";
  }

  /**
   * Whether {@code word} (any case) is a role word or a role modifier: "General", "Deputy",
   * "Chair".
   */
  static boolean isRoleWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return WORDS.contains(w) || MODIFIERS.contains(w);
  }

  /**
   * The entries of {@code data/lexicon/NAME.txt} as bare alternatives ("a|b|c"), each literal, in
   * the file's order: the order a pattern tries them in, which a lazy or repeated group can tell
   * apart, so a list moved out of a pattern keeps its order here.
   */
  static String alternativesInOrder(String name) {
    return LexiconFiles.entries(name).stream().map(Pattern::quote).collect(Collectors.joining("|"));
  }

  private static String alternation(List<String> entries) {
    return LexiconFiles.alternation(entries);
  }

  private static List<String> load(String name) {
    return LexiconFiles.entries(name).stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
  }
}
