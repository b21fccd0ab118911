package org.radkg.extract;

import java.util.List;

/**
 * Relation patterns that read an organization's membership of another from the many ways news
 * states it, each for every organization of a list: an apposition or relative clause ("A and B,
 * both members of Y,", "A, which is a member of Y"), a rank among the members ("A is one of the 30
 * member societies of Y", "A became the 30th member of Y"), admission ("A was admitted as a full
 * member of Y"), a fronted role ("As a member of Y, A ..."), joining the existing members ("A joins
 * B and C as a member of Y") and the whole's members named after a group noun ("Y now has 25
 * members, among them A and B", "member societies of Y such as A and B").
 */
final class MembershipRules {
  private MembershipRules() {}

  // The noun of membership, with the adjectives and ranks news puts before it.
  private static final String MEMBER =
      "(?:(?:\\d+(?:st|nd|rd|th)?|first|second|third|newest|latest|new|founding|full|active|associate|affiliate|corresponding|ordinary|institutional|national|fellow|proud)\\s+){0,3}"
          + "(?:members?|member\\s+societ(?:y|ies)|member\\s+organi[sz]ations?|member\\s+associations?|constituent\\s+societ(?:y|ies)|component\\s+societ(?:y|ies))";

  private static final String AUX =
      "(?:(?:has|have|had|will|would|is|was|were|are|been|be|also|now|already|recently|officially|formally|since)\\s+){0,3}";

  // "the", "a", "one of the", "among the", "both", "all".
  private static final String DETERMINER =
      "(?:(?:one|two|three|four|five|some|several|each|both|all|among)\\s+(?:of\\s+)?)?(?:(?:the|a|an|its|their)\\s+)?";

  // A verb must state the membership: "A (A) Members of Y" in a greeting is no statement.
  private static final String ADMITTED =
      "(?:admitted|accepted|welcomed|elected|approved|confirmed|registered|listed|included|counted)";

  static final List<RelationRule> ALL =
      List.of(
          // "A is one of the 20 member societies of Y", "A became the 30th member of Y", "A was
          // admitted as a full member of Y".
          RelationRule.of(
              "ranked-member-of",
              Predicate.MEMBER_OF,
              "l",
              "c",
              "(?<!\\bof\\s)(?<!\\bof\\sthe\\s)(?<!\\bat\\s)(?<!\\bat\\sthe\\s){OL:l}\\s+"
                  + AUX
                  + "(?:(?:is|are|was|were|became|become|becomes|remains?|remained|been)\\s+(?:"
                  + ADMITTED
                  + "\\s+)?(?:as\\s+)?|"
                  + ADMITTED
                  + "\\s+as\\s+)"
                  + DETERMINER
                  + MEMBER
                  + "\\s+of\\s+{_}{O:c}"),
          // "A and B, both members of Y,", "A, which is a member of Y".
          RelationRule.of(
              "appositive-members-of",
              Predicate.MEMBER_OF,
              "l",
              "c",
              "{OL:l},\\s+(?:(?:which|that|who)\\s+"
                  + AUX
                  + "(?:is|are|was|were|became|has\\s+been|have\\s+been)\\s+)?"
                  + DETERMINER
                  + MEMBER
                  + "\\s+of\\s+{_}{O:c}"),
          // "As a member of Y, A ...", "As founding members of Y, A and B ...".
          RelationRule.of(
              "as-a-member-fronted",
              Predicate.MEMBER_OF,
              "l",
              "c",
              "^\\s*(?:[^⟦⟧.;]{0,30}?\\s)?[Aa]s\\s+"
                  + DETERMINER
                  + MEMBER
                  + "\\s+of\\s+{_}{O:c},\\s+{_}{OL:l}\\s+(?!and\\b)"),
          // "A joins B and C as a member of Y": the one joining and the ones it joins.
          RelationRule.of(
              "joins-as-member",
              Predicate.MEMBER_OF,
              "l",
              "c",
              "{OL:l}\\s+"
                  + AUX
                  + "(?:joins|joined|join|joining)\\s+{_}{OL:l2}\\s+as\\s+"
                  + DETERMINER
                  + MEMBER
                  + "\\s+(?:of|in)\\s+{_}{O:c}"),
          // "Y now has 25 members, among them A and B", "member societies of Y such as A and B".
          RelationRule.of(
              "whole-members-among-them",
              Predicate.MEMBER_OF,
              "l",
              "c",
              "(?<!\\bby\\s)(?<!\\bby\\sthe\\s){O:c}(?![-‐]\\p{IsL})[^.;⟦⟧]{0,40}?\\b"
                  + MEMBER
                  + "\\s*,?\\s+(?:among\\s+them|amongst\\s+them|including|such\\s+as|like|namely|:)\\s+{_}{OL:l}"
                  + CompositionRules.NOT_A_MODIFIER),
          // "the SFR, an ESR member society,", "ESR member societies such as the SFR and the DRG":
          // the whole named before "member".
          RelationRule.of(
              "owner-member-apposition",
              Predicate.MEMBER_OF,
              "l",
              "c",
              "{OL:l},\\s+(?:a|an|the|both|all|two|three)\\s+(?:[\\p{Ll}-]+\\s+)?{O:c}\\s+(?:member|constituent|founding|affiliated|component)\\s+(?:societ(?:y|ies)|organi[sz]ations?|associations?|members?|colleges?)\\b"),
          RelationRule.of(
              "owner-member-list",
              Predicate.MEMBER_OF,
              "l",
              "c",
              "{O:c}\\s+(?:member|constituent|affiliated|component)\\s+(?:societies|organi[sz]ations|associations|colleges)\\s*,?\\s+(?:(?:such\\s+as|including|like|namely|:)\\s+)?{_}{OL:l}"
                  + CompositionRules.NOT_A_MODIFIER),
          // "the CAR's membership in the ACR".
          RelationRule.of(
              "membership-of",
              Predicate.MEMBER_OF,
              "s",
              "c",
              "{O:s}['’]s?\\s+(?:(?:full|founding|new|long-standing|active|associate)\\s+)?membership\\s+(?:of|in)\\s+{_}{O:c}"),
          RelationRule.of(
              "members-of-whole-such-as",
              Predicate.MEMBER_OF,
              "l",
              "c",
              "\\b"
                  + MEMBER
                  + "\\s+of\\s+{_}{O:c}\\s*,?\\s+(?:such\\s+as|including|like|namely|among\\s+them|:|are|include|included|were)\\s+{_}{OL:l}"
                  + CompositionRules.NOT_A_MODIFIER));
}
