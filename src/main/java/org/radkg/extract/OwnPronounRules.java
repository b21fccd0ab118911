package org.radkg.extract;

import java.util.List;

/**
 * Relation patterns that read "its" before an initiative as the organization the clause is about:
 * "the IAEA seeks to widen access, notably through its Rays of Hope initiative". The possessive
 * points back to the nearest organization only when no other noun phrase stands between them that
 * it could point to instead ("the ESR praised the hospital for its programme" is the hospital's).
 */
final class OwnPronounRules {
  private OwnPronounRules() {}

  // Words up to "its" with no slot, sentence end or determiner of another noun phrase: "the", "a",
  // "this" and relative pronouns open a phrase "its" may refer to.
  private static final String NO_OTHER_OWNER =
      "(?:(?!\\b(?:the|a|an|this|that|these|those|which|who|whose|their|his|her)\\b)[^⟦⟧.;:])*?";

  static final List<RelationRule> ALL =
      List.of(
          // "the IAEA seeks to amplify its efforts in LMICs, notably through its Rays of Hope
          // initiative".
          RelationRule.of(
              "its-own-initiative",
              Predicate.LEADS,
              "s",
              "o",
              "{O:s}\\s+"
                  + NO_OTHER_OWNER
                  + "\\bits\\s+(?:(?:own|new|flagship|first|latest|annual|popular)\\s+)?{IE:o}"));
}
