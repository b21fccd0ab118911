package org.radkg.extract;

import java.util.List;

/**
 * Leading patterns outside the launch-and-organize verbs: organizations that celebrate, mark or
 * hold the first edition of a day or event inaugurate it ("the Nordic Society and the Baltic
 * Society will celebrate the first World Sonography Day"), and an organization's program named in
 * an apposition is its own ("the Society's program, “Imaging for All”").
 */
final class LeaderWordingRules {
  private LeaderWordingRules() {}

  private static final String MODAL =
      "(?:(?:will|would|shall|to|also|jointly|together|proudly|are|is|were|was)\\s+){0,3}";
  // The words an organization's own activity is called by, before its name in an apposition.
  private static final String ACTIVITY_NOUN =
      "(?:program|programme|initiative|project|campaign|course|fellowship|grant|scholarship|congress|conference|meeting|summit|symposium|series)";

  static final List<RelationRule> ALL =
      List.of(
          // "On 8 May, the A, the B and the C will celebrate the first World Day of X": only a
          // first edition; a later one is celebrated by anyone.
          RelationRule.of(
              "celebrate-first-edition",
              Predicate.LEADS,
              "l",
              "o",
              "{OL:l}\\s+"
                  + MODAL
                  + "(?:celebrat(?:e|es|ed|ing)|mark(?:s|ed|ing)?|observ(?:e|es|ed|ing)|inaugurat(?:e|es|ed|ing))\\s+"
                  + "(?:the|their|its)\\s+(?:very\\s+)?(?:first|first-ever|inaugural)\\s+(?:annual\\s+|ever\\s+)?{IE:o}"),
          // "The grant will support the Society's program, “Imaging for All”".
          RelationRule.of(
              "owner-activity-apposition",
              Predicate.LEADS,
              "a",
              "o",
              "{O:a}['’]s?\\s+(?:(?:new|own|flagship|annual|global|international|signature)\\s+){0,2}"
                  + ACTIVITY_NOUN
                  + "\\s*,\\s*[“\"‘]?{IE:o}"));
}
