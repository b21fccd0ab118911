package org.radkg.extract;

import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;

/**
 * Ends a job title read from running text where the sentence goes on after it: before a verb of
 * saying ("Director of the X Bureau added"), a time adverbial ("Executive Director earlier this
 * month", "CEO said in a statement yesterday"), an auxiliary verb ("President of X will be ..."), a
 * bracketed period ("president (2021-2022 biennium)") or a conjunction left dangling at its end
 * ("Head of the Department of X and").
 */
final class RoleTitleEnd {
  private static final String SPEECH_VERBS =
      LexiconFiles.alternation(LexiconFiles.entries("speech-verbs"));
  private static final String WEEKDAY =
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String PERIOD =
      "(?:week|month|year|spring|summer|autumn|fall|winter|weekend|morning|afternoon|evening|"
          + WEEKDAY
          + ")";
  // Lower case as written: a capitalized word may be part of a name inside the title.
  private static final Pattern CLAUSE_GOES_ON =
      Pattern.compile(
          "\\s+(?:"
              + SPEECH_VERBS
              + "|(?:earlier|later)\\s+(?:this|last|that)\\s+"
              + PERIOD
              + "|(?:last|this|next)\\s+"
              + PERIOD
              + "|yesterday|today|tomorrow|on\\s+"
              + WEEKDAY
              // "President of the X will be at the head of ...": an auxiliary verb is the
              // sentence's, never the title's.
              + "|(?:will|would|shall|should|can|could|may|might|is|are|was|were|has|have|had)\\s+(?:be|been|also|now|not|\\p{Ll}+(?:ed|en|ing))"
              + "|in\\s+a\\s+(?:recent\\s+|joint\\s+)?(?:statement|press\\s+release|news\\s+release|release|interview|letter|video|message))(?![\\p{L}])");
  // "(2021-2022 biennium)", "(since 2019)": a period in brackets tells when, not what, the office
  // is.
  private static final Pattern BRACKETED_PERIOD =
      Pattern.compile("\\s*\\([^()]*\\b(?:1[89]|20)\\d\\d\\b[^()]*\\)");
  private static final Pattern DANGLING =
      Pattern.compile("(?:[\\s,]+(?:and|or|&|as\\s+well\\s+as|but))+[\\s,]*$");

  private RoleTitleEnd() {}

  /**
   * {@code title} without the words after its end; {@code title} itself when nothing follows it.
   */
  static String cut(String title) {
    String t = title;
    var clause = CLAUSE_GOES_ON.matcher(t);
    if (clause.find()) {
      t = t.substring(0, clause.start());
    }
    t = BRACKETED_PERIOD.matcher(t).replaceAll("");
    return DANGLING.matcher(t).replaceFirst("");
  }
}
