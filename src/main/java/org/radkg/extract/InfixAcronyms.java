package org.radkg.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Reads an acronym written inside the name it stands for, before the name's head words: "the Image
 * Gently (IG) Alliance" defines "Image Gently Alliance" (IG), "the IAEA Medical Imaging and Nuclear
 * Medicine (IMAGINE) Global Database" defines the database; the words before the parenthesis name
 * no kind of thing on their own, the words after it do.
 */
final class InfixAcronyms {
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "on", "in");
  private static final Set<String> LEADING =
      Set.of("The", "A", "An", "This", "Our", "Its", "Their", "In", "At", "By", "With");
  private static final int MAX_HEAD_WORDS = 4;
  private static final NameClassifier CLASSIFIER = new NameClassifier();

  private InfixAcronyms() {}

  /**
   * The definition whose acronym {@code sf} stands in the parenthesis {@code text[parenStart,
   * parenEnd)} between a name's words and its head words, or null when the parenthesis is not
   * inside a name.
   */
  static AcronymDefinition around(
      String text, int begin, int end, int parenStart, int parenEnd, String sf, int sfStart) {
    if (parenStart - 1 < begin
        || text.charAt(parenStart - 1) != ' '
        || parenEnd + 1 >= end
        || text.charAt(parenEnd) != ' ') {
      return null;
    }
    int leftBegin = leftRun(text, begin, parenStart - 1);
    int rightEnd = rightRun(text, end, parenEnd + 1);
    if (leftBegin < 0 || rightEnd < 0) {
      return null;
    }
    String left = text.substring(leftBegin, parenStart - 1);
    String right = text.substring(parenEnd + 1, rightEnd);
    if (CLASSIFIER.classify(left).isPresent()
        || CLASSIFIER.classify(right).isEmpty()
        || AcronymDefinitionFinder.longFormFor(sf, left) == null) {
      return null;
    }
    return new AcronymDefinition(
        left + " " + right,
        new Span(leftBegin, rightEnd),
        sf,
        new Span(sfStart, sfStart + sf.length()));
  }

  /**
   * "IG Alliance" for the definition read in "the Image Gently (IG) Alliance"; null for an acronym
   * after its name.
   */
  static String headedAcronym(AcronymDefinition d, String text) {
    return d.longSpan().end() > d.acronymSpan().end() + 2
        ? d.acronym() + " " + text.substring(d.acronymSpan().end() + 2, d.longSpan().end())
        : null;
  }

  // The capitalized words (with connectors inside) that end at {@code at}, without a leading
  // article; -1 when none.
  private static int leftRun(String text, int begin, int at) {
    int start = -1;
    int i = at;
    while (i > begin) {
      int wordEnd = i;
      int wordBegin = wordEnd;
      while (wordBegin > begin && !Character.isWhitespace(text.charAt(wordBegin - 1))) {
        wordBegin--;
      }
      String w = text.substring(wordBegin, wordEnd);
      boolean capital =
          !w.isEmpty()
              && Character.isUpperCase(w.codePointAt(0))
              && w.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-');
      if (!(capital || CONNECTORS.contains(w)) || LEADING.contains(w)) {
        break;
      }
      if (capital) {
        start = wordBegin;
      }
      if (wordBegin == begin || text.charAt(wordBegin - 1) != ' ') {
        break;
      }
      i = wordBegin - 1;
    }
    return start;
  }

  // The end of the one to four capitalized words that start at {@code at}; -1 when none.
  private static int rightRun(String text, int end, int at) {
    int last = -1;
    int i = at;
    for (int n = 0; n < MAX_HEAD_WORDS && i < end; n++) {
      int wordEnd = i;
      while (wordEnd < end
          && (Character.isLetterOrDigit(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-')) {
        wordEnd++;
      }
      String w = text.substring(i, wordEnd);
      if (w.isEmpty()
          || !Character.isUpperCase(w.codePointAt(0))
          || w.toLowerCase(Locale.ROOT).equals(w)) {
        break;
      }
      last = wordEnd;
      if (wordEnd + 1 >= end || text.charAt(wordEnd) != ' ') {
        break;
      }
      i = wordEnd + 1;
    }
    return last;
  }
}
