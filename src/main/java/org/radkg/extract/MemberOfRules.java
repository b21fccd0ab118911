package org.radkg.extract;

import java.util.List;

/**
 * Relation patterns of the main catalog that read who makes up an organization or network ("formed
 * by A, B and C", "its members include A", "A, a member of Y", "A joined Y"); the many further
 * wordings of membership are {@link MembershipRules}'. Part of {@link RelationRules#ALL}, in its
 * order.
 */
final class MemberOfRules {
  private MemberOfRules() {}

  static final List<RelationRule> ALL =
      List.of(
          // --- membership
          RelationRule.of(
              "formed-with-members",
              Predicate.MEMBER_OF,
              "l",
              "c",
              "{O:c}[^.;]{0,60}?\\bformed\\s+with\\s+(?:[\\p{IsL}-]+\\s+){0,3}?(?:founding\\s+)?members?(?:\\s+organi[sz]ations?)?\\s*\\(\\s*{OL:l}\\s*\\)"),
          RelationRule.of(
              "members-include",
              Predicate.MEMBER_OF,
              "l",
              "c",
              "(?<!\\bby\\s)(?<!\\bby\\sthe\\s){O:c}(?![-‐]\\p{IsL})[^.;]{0,80}?\\b(?:founding |new |current )?members\\s+(?:include|includes|are|comprise|were)\\s*:?\\s+(?:\\d+[.)]\\s+)?{_}{OL:l}"),
          RelationRule.of(
              "join-to-form",
              Predicate.MEMBER_OF,
              "l",
              "c",
              "(?<l>⟦O\\d+⟧)[^.;⟦⟧]{0,40}?\\bjoin(?:s|ed|ing)?\\s+{_}{OL:l2}[^.;⟦⟧]{0,60}?,?\\s+(?:to form|in forming|to launch|to create|in launching|to found)\\s+{_}{O:c}"),
          // "the Korean Society of Thyroid Radiology, a member society of the KSR".
          RelationRule.of(
              "appositive-member",
              Predicate.MEMBER_OF,
              "s",
              "c",
              "{O:s},\\s+(?:a|an|the)\\s+(?:founding\\s+|full\\s+|associate\\s+|affiliated\\s+)?member(?:\\s+society|\\s+organi[sz]ation|\\s+association)?\\s+of\\s+{_}{O:c}"),
          // A partner in an initiative partners in it; a member or participant takes part.
          RelationRule.of(
              "member-of-network",
              m ->
                  m.group("role").equalsIgnoreCase("partner")
                      ? Predicate.PARTNERS_IN
                      : Predicate.PARTICIPATES_IN,
              "s",
              "o",
              "{O:s}\\s+"
                  + RuleParts.AUX
                  + "(?:(?:a|an)\\s+)?(?:founding\\s+|full\\s+|active\\s+|proud\\s+)?(?<role>member|partner|participant)(?:\\s+organi[sz]ation)?\\s+(?:of|in)\\s+{_}{IE:o}"),
          // "A, B, C and D have formed the Disaster Imaging Support Network": the founders
          // are its members.
          RelationRule.of(
              "formed-by-list",
              Predicate.MEMBER_OF,
              "l",
              "c",
              "{OL:l}\\s+"
                  + RuleParts.AUX
                  + "(?:formed|founded|established|created|launched|set up)\\s+{_}{O:c}"),
          // "The network was founded in March 2022 by the CIR, SAR, CBR and SMRI": its
          // founders are its members.
          RelationRule.of(
              "founded-by-list",
              Predicate.MEMBER_OF,
              "l",
              "c",
              "{O:c}[^.;]{0,200}?\\b(?:was\\s+|were\\s+|has been\\s+)?(?:founded|formed|established|created|set up|launched|started)\\b(?:[^.;⟦⟧]|⟦D\\d+⟧){0,40}?\\bby\\s+"
                  // "founded by four pillar societies, the A, B and C".
                  + "(?:(?:[\\p{IsL}-]+\\s+){0,3}(?:societies|organi[sz]ations|partners|members|institutions|bodies|associations)\\s*[,:]\\s+)?{_}{OL:l}"),
          // "CAR became a founding member of GISA, together with JRS and SoR": the ones
          // named with it too.
          RelationRule.of(
              "member-of",
              Predicate.MEMBER_OF,
              "s",
              "c",
              "{O:s}\\s+"
                  + RuleParts.AUX
                  + "(?:(?:became|becomes|become)\\s+)?(?:(?:a|an|one of the)\\s+)?(?:founding\\s+|full\\s+|active\\s+|proud\\s+|associate\\s+)?(?:member|chapter|affiliate|constituent society|member society|(?:co-)?stakeholder|(?<=one of the\\s)members)(?:\\s+organi[sz]ation)?\\s+of\\s+{_}{O:c}"
                  + "(?:,?\\s+(?:together|along)\\s+with\\s+{_}{OL:s2})?"),
          // "the ACR, of which the CAR is a chapter".
          RelationRule.of(
              "of-which-member",
              Predicate.MEMBER_OF,
              "s",
              "c",
              "{O:c},\\s+of\\s+which\\s+{_}{O:s}\\s+(?:is|was|has been|became)\\s+(?:a|an|one)\\s+(?:founding\\s+|full\\s+)?(?:member|chapter|affiliate|part)\\b"),
          // "CIRSE joined the ECO in 2016": joining an organization (not "joined the ACR in
          // calling for", nor "to form").
          RelationRule.of(
              "joined-org",
              Predicate.MEMBER_OF,
              "l",
              "c",
              "{OL:l}\\s+"
                  + RuleParts.AUX
                  + "(?:joined|joins|join)\\s+{_}{O:c}(?!\\s*,?\\s+(?:in|on|for|to|at|and|as well as|with)\\s+(?!⟦D))(?!\\s*,\\s*⟦O)(?![^.;]{0,80}?\\b(?:to form|to create|to launch|in forming|to found)\\b)"),
          RelationRule.of(
              "representatives",
              Predicate.MEMBER_OF,
              "l",
              "c",
              "(?<!\\bby\\s)(?<!\\bby\\sthe\\s){O:c}(?![-‐]\\p{IsL})[^.;]{0,60}?\\b(?:includes|include|brings together|bring together|unites|comprises)\\s+(?:representatives\\s+(?:from|of)\\s+)?{_}{OL:l}"));
}
