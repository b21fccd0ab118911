package org.radkg.extract;

import java.util.regex.Pattern;

/**
 * Reads a relative clause on an organization, initiative or event as a clause of its own: "the
 * RSSA, which is holding the Coastal Congress 2031" is read as "the RSSA is holding the Coastal
 * Congress 2031", and "EUCAIM, which is coordinated by EIBIR" as "EUCAIM is coordinated by EIBIR",
 * so the patterns written for the plain clause read it. The pronoun dropped still stands in the
 * sentence's evidence.
 */
final class RelativeClauseSubjects {
  // ", which" or ", that" right after a name (a clause set off by its comma, not one that picks the
  // thing out), before the clause's verb: an auxiliary, an adverb of
  // time or manner, or a verb in the third person or the past.
  private static final Pattern PRONOUN =
      Pattern.compile(
          "(?<=⟦[OIE]\\d{1,4}⟧)\\s*,\\s*(?:which|that)"
              + "(?=\\s+(?:is|are|was|were|has|have|had|will|would|can|could|shall|should|may|might"
              + "|also|now|currently|recently|today|first|later|since|then"
              + "|\\p{Ll}{2,}(?:es|s|ed)\\b))");

  private RelativeClauseSubjects() {}

  /** {@code s} with the relative pronouns after its names dropped. */
  static MaskedSentence joined(MaskedSentence s) {
    String masked = s.masked();
    // Most sentences hold neither word: a plain search spares the pattern's look-behind at every
    // position.
    if (!masked.contains("which") && !masked.contains("that")) {
      return s;
    }
    return s.without(PRONOUN);
  }
}
