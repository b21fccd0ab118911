package org.radkg.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a capitalized description from an organization's name: "the Federal Government" and "the
 * Executive Bureau", an ordinary English word and a head of data/lexicon/descriptive-heads.txt
 * after "the", name whichever body the text is about, which annotators leave out as generic
 * mentions, as do ordinary words after "a" ("establish a Radiology College in Ghana"); a name of
 * the authority file, one with an acronym or one given an owner stays.
 */
final class DescriptiveNames {
  private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe[^\\S\\n]+$");
  private static final Pattern A_BEFORE =
      Pattern.compile("(?:^|[^\\p{L}])(?:[Aa]|[Aa]n)[^\\S\\n]+$");
  // What may follow a noun phrase that ends there: a stop, a preposition, a verb of the clause; not
  // a noun it qualifies ("a Tarvo Medical School study").
  private static final Pattern PHRASE_ENDS =
      Pattern.compile(
          "^(?:[^\\S\\n]*(?:[.,;:!?)]|\\n|$)|[^\\S\\n]+(?:in|at|to|for|with|and|or|that|which|by|on|was|is|will|would|should|could|has|had|have)\\b)");

  private static final java.util.Set<String> GENERIC_HEADS =
      java.util.Set.copyOf(org.radkg.corpus.LexiconFiles.entries("descriptive-heads"));

  private DescriptiveNames() {}

  /** {@code mentions} without the organizations whose every mention is such a description. */
  static void drop(String text, List<Mention> mentions, Lexicon lexicon) {
    java.util.Set<String> named = new java.util.HashSet<>(); // entities also written otherwise
    for (Mention m : mentions) {
      if (!isDescription(text, m, lexicon)) {
        named.add(m.entity().key());
      }
    }
    mentions.removeIf(m -> !named.contains(m.entity().key()) && isDescription(text, m, lexicon));
  }

  private static boolean isDescription(String text, Mention m, Lexicon lexicon) {
    Entity e = m.entity();
    if (!e.primaryType().isOrganization()
        || e.acronym() != null
        || !e.label().equals(text.substring(m.begin(), m.end()))
        || lexicon.lookup(e.label()).isPresent()) {
      return false;
    }
    String[] words = e.label().split(" ");
    if (indefinite(text, m, words)) {
      return true;
    }
    return words.length == 2
        && EnglishWords.contains(words[0])
        && GENERIC_HEADS.contains(words[1].toLowerCase(java.util.Locale.ROOT))
        && THE_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 8), m.begin())).find();
  }

  // "establish a Radiology College in Ghana", "urged to set up a National Imaging Agency.":
  // ordinary
  // English words after "a" or "an", ending the noun phrase, describe a kind of body, not one
  // named.
  private static boolean indefinite(String text, Mention m, String[] words) {
    for (String w : words) {
      if (!EnglishWords.contains(w)) {
        return false;
      }
    }
    return A_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 4), m.begin())).find()
        && PHRASE_ENDS
            .matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12)))
            .find();
  }
}
