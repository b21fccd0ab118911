package org.radkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a stored page's text was cut off mid-word: a text that stops without closing
 * punctuation in a line of several words ("... a radiologist at Hôpital du Saint-Sacrement in Que")
 * may end in a cut word, and a name reaching it is cut too.
 */
final class CutEnding {
  // What closes a sentence, a quotation or a link line: a text ending so was not cut.
  private static final Pattern CLOSED = Pattern.compile("[.!?:;)\\]”\"’'>…»]\\s*$");
  // The last sentence boundary before the fragment: a full stop (or ! ?) and a space, or a line
  // break.
  private static final Pattern BOUNDARY = Pattern.compile("(?:[.!?][”\"’)]?[ \\t]+|\\n)");
  private static final int MIN_WORDS = 4;
  // A text whose last word is one no sentence ends in was cut mid-sentence.
  private static final Pattern FUNCTION_WORD_END =
      Pattern.compile(
          "[\\p{L},][ \\t]+(the|a|an|of|and|or|to|by|for|in|with|from|at|on|as|its|their|our|is|are|was|were|will|has|have|that|which)\\s*$");

  private CutEnding() {}

  /** Whether a place's or a person's name among {@code mentions} ends at an offset. */
  static java.util.function.IntPredicate placeOrPersonEnds(java.util.List<Mention> mentions) {
    java.util.List<Mention> names = java.util.List.copyOf(mentions);
    return at ->
        names.stream()
            .anyMatch(
                m ->
                    m.end() == at
                        && (m.entity().primaryType().isPlace()
                            || m.entity().is(EntityType.PERSON)));
  }

  /**
   * Where the last word of {@code text} begins when {@code end} is the end of the text (but for
   * spaces) and the text stops mid-sentence, in a line of several words: that word may be cut
   * ("Hospi", "Que"), and so may a name that reaches it; {@code end} otherwise.
   */
  static int lastWordStart(String text, int begin, int end) {
    return lastWordStart(text, begin, end, at -> false);
  }

  /**
   * As {@link #lastWordStart(String, int, int)}, but a word that ends a place's or person's name
   * the text was read to name ({@code nameEndsAt}: "... Partner Estonia", "Director: Mara Quint")
   * is whole, as a list or table row may end without punctuation.
   */
  static int lastWordStart(
      String text, int begin, int end, java.util.function.IntPredicate nameEndsAt) {
    if (!text.substring(end).isBlank()) {
      return end; // an article that others follow ends where its own text does
    }
    int last = end;
    while (last > begin && Character.isWhitespace(text.charAt(last - 1))) {
      last--;
    }
    if (last == begin || CLOSED.matcher(text.substring(Math.max(begin, last - 3), last)).find()) {
      return end;
    }
    int from = begin;
    Matcher m = BOUNDARY.matcher(text).region(begin, last);
    while (m.find()) {
      from = m.end();
    }
    if (text.substring(from, last).strip().split("\\s+").length < MIN_WORDS) {
      return end;
    }
    int word = last;
    while (word > from && !Character.isWhitespace(text.charAt(word - 1))) {
      word--;
    }
    String w = text.substring(word, last);
    // "MUHAS", "program": an acronym or a dictionary word is most likely whole.
    boolean whole =
        w.length() > 1 && w.chars().allMatch(Character::isUpperCase)
            || EnglishWords.contains(w.toLowerCase(java.util.Locale.ROOT))
            || nameEndsAt.test(last);
    return whole ? end : word;
  }

  /**
   * Where the sentence the text was cut off in begins, when it was cut mid-word ({@link
   * #lastWordStart(String, int, int, java.util.function.IntPredicate)}) or after a function word;
   * {@code end} otherwise. Its facts are only half stated.
   */
  static int fragmentStart(String text, int begin, int end) {
    return fragmentStart(text, begin, end, at -> false);
  }

  /** As {@link #fragmentStart(String, int, int)}, a place's or person's name ending whole. */
  static int fragmentStart(
      String text, int begin, int end, java.util.function.IntPredicate nameEndsAt) {
    int word = lastWordStart(text, begin, end, nameEndsAt);
    if (word == end) {
      // "... a national recognition by the": a sentence cannot end in a function word.
      Matcher f = FUNCTION_WORD_END.matcher(text).region(begin, end);
      if (!text.substring(end).isBlank() || !f.find()) {
        return end;
      }
      word = f.start(1);
    }
    int from = begin;
    Matcher m = BOUNDARY.matcher(text).region(begin, word);
    while (m.find()) {
      from = m.end();
    }
    return from;
  }
}
