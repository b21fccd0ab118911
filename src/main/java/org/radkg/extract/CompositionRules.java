package org.radkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Relation patterns that read who makes up a whole and which larger whole a part belongs to: a
 * consortium's or project's list of partners ("The consortium comprises A, B and C", "Partners of X
 * are A, B"), stated involvement ("X will see the involvement of A and B", "A took part in X") and
 * components ("X, a pillar of Y", "X was launched as part of Y", "X, funded under Y"). The whole
 * decides the predicate: an organization or collaboration has members, an initiative or event has
 * partners or participants.
 */
final class CompositionRules {
  private CompositionRules() {}

  private static final String AUX =
      "(?:(?:has|have|had|will|would|is|was|were|are|been|be|also|now|currently|originally|initially)\\s+){0,3}";

  // A group noun between the whole and its list: "brings together 34 partner institutions from 14
  // countries: A, B".
  private static final String GROUP_LEAD =
      "(?:[^.;⟦⟧:]{0,60}?\\b(?:partners?|members?|organi[sz]ations|institutions|institutes|societies|universities|hospitals|centres|centers|companies|"
          + "representatives|experts|stakeholders|agencies|bodies|associations|groups|beneficiaries|participants|countries)\\b[^.;⟦⟧:]{0,40}?"
          + "(?::|,?\\s+(?:including|namely|such as|like|from|of)\\b)\\s*)?";

  // What a list of organizations must not run into: "A sessions", "B's course", "C experts".
  static final String NOT_A_MODIFIER =
      "(?!\\s*[-‐]?(?:['’]s?\\s|\\s*(?:sessions?|lectures?|courses?|booths?|experts|staff|speakers|representatives|members|workshops?|guidelines|reports?)\\b))";

  // The slot of the whole must not be a passive agent ("convened by the ACR, includes ...").
  private static final String NOT_AN_AGENT = "(?<!\\bby\\s)(?<!\\bby\\sthe\\s)";

  private static final String MAKES_UP =
      "(?<verb>comprises|comprised|comprising|consists\\s+of|consisted\\s+of|consisting\\s+of|made\\s+up\\s+of|composed\\s+of|"
          + "brings\\s+together|brought\\s+together|bringing\\s+together|unites|united|gathers|gathered|involves|involved|involving|includes|included|"
          + "(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:collaboration|partnership|cooperation|consortium|joint\\s+(?:project|initiative|effort|venture|programme|program|undertaking))\\s+(?:between|of|among|involving))";

  private static final String PART_NOUN =
      "(?:flagships?|components?|pillars?|parts?|elements?|modules?|work\\s+packages?|strands?|sub-?projects?|workstreams?|building\\s+blocks?|cornerstones?|centrepieces?|centerpieces?|arms?|highlights?|tracks?)";

  /**
   * An organization or collaboration has members; an initiative or event has partners, or
   * participants when it only "involves" them.
   */
  private static Predicate makesUp(Matcher m) {
    if (m.group("x").startsWith("⟦O")) {
      return Predicate.MEMBER_OF;
    }
    String verb = m.group("verb").toLowerCase(Locale.ROOT);
    boolean involvement =
        verb.startsWith("involv")
            || verb.startsWith("bring")
            || verb.startsWith("brought")
            || verb.startsWith("unite")
            || verb.startsWith("gather")
            || verb.startsWith("includ");
    return involvement ? Predicate.PARTICIPATES_IN : Predicate.PARTNERS_IN;
  }

  /**
   * "X's partners are": an organization's partners collaborate with it, its members belong to it;
   * an initiative's partners partner in it.
   */
  private static Predicate namedGroup(Matcher m) {
    String noun = m.group("noun").toLowerCase(Locale.ROOT);
    boolean partners =
        noun.contains("partner") || noun.contains("consortium") || noun.contains("beneficiar");
    if (m.group("x").startsWith("⟦O")) {
      return partners ? Predicate.COLLABORATES_WITH : Predicate.MEMBER_OF;
    }
    return partners ? Predicate.PARTNERS_IN : Predicate.PARTICIPATES_IN;
  }

  /**
   * Members of an organization or collaboration belong to it; of an initiative or event, take part
   * in it.
   */
  private static Predicate membership(Matcher m) {
    return m.group("x").startsWith("⟦O") ? Predicate.MEMBER_OF : Predicate.PARTICIPATES_IN;
  }

  private static Predicate involvement(Matcher m) {
    return m.group("noun").toLowerCase(Locale.ROOT).startsWith("contribution")
        ? Predicate.PARTNERS_IN
        : Predicate.PARTICIPATES_IN;
  }

  static final List<RelationRule> ALL =
      List.of(
          // --- the makeup of a whole
          // "The EUCAIM consortium comprises 79 partners from 21 countries: A (Spain), B (Italy)
          // and C".
          RelationRule.of(
              "whole-comprises",
              CompositionRules::makesUp,
              "l",
              "x",
              NOT_AN_AGENT
                  + "{OIE:x}(?:\\s+(?:consortium|network|project|programme|program|initiative|partnership|alliance|coalition))?(?:,[^,.;⟦⟧]{1,80},)?"
                  // "X, which brings together A and B", "X (comprising A and B)".
                  + "(?:\\s*,\\s*(?:which|that)|\\s*\\(|\\s*,)?\\s*"
                  + AUX
                  + "(?:(?:a|an)\\s+)?"
                  + MAKES_UP
                  + "\\s+"
                  + GROUP_LEAD
                  + "{_}{OL:l}"
                  + NOT_A_MODIFIER),
          // "Partners of the X project are A, B and C", "Members of the coalition include A and B".
          RelationRule.of(
              "group-of-whole",
              CompositionRules::namedGroup,
              "l",
              "x",
              "\\b(?:(?:[\\p{Ll}-]+\\s+)?(?<noun>partners|members|participants|beneficiaries|partner\\s+institutions|partner\\s+organi[sz]ations))\\s+(?:of|in)\\s+{_}{OIE:x}"
                  + "(?:\\s+(?:consortium|network|project|programme|program|initiative))?(?:\\s+(?:are|include|included|were|comprise|also\\s+include)\\s*:?|\\s*(?::|,\\s*(?:including|such\\s+as|namely|like)))\\s+{_}{OL:l}"
                  + NOT_A_MODIFIER),
          // "The project's partners are A and B", "Its consortium members include A, B".
          RelationRule.of(
              "whole-group-are",
              CompositionRules::namedGroup,
              "l",
              "x",
              NOT_AN_AGENT
                  + "{OIE:x}(?:['’]s?)?\\s+(?:(?:[\\p{Ll}-]+)\\s+){0,2}?(?<noun>partners|members|participants|consortium(?:\\s+members|\\s+partners)?|partner\\s+institutions|partner\\s+organi[sz]ations|beneficiaries)"
                  + "\\s+(?:are|include|included|were|comprise|consist\\s+of|also\\s+include)\\s*:?\\s+{_}{OL:l}"
                  + NOT_A_MODIFIER),
          // "A, B and C are founding members of Y", "A and B became members of the X network".
          RelationRule.of(
              "list-are-members",
              CompositionRules::membership,
              "l",
              "x",
              "{OL:l}\\s+(?:(?:have|has|had|will|would)\\s+)?(?:also\\s+)?(?:are|were|is|was|be|been|became|become|remain|remains)\\s+(?:(?:also|all|now|both)\\s+)?(?:(?:founding|full|active|associate|new|affiliate)\\s+)?(?:members|member\\s+societies|member\\s+organi[sz]ations|participants)\\s+(?:of|in)\\s+{_}{OIE:x}"),
          // "The ECO welcomed the ESOI and the ESER as new members", "the latest societies to join
          // Y were A and B".
          RelationRule.of(
              "welcomed-as-members",
              CompositionRules::membership,
              "l",
              "x",
              "{OIE:x}\\s+"
                  + AUX
                  + "(?:welcomed|welcomes|admitted|admits|accepted|accepts)\\s+{_}{OL:l}\\s+as\\s+(?:its\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?:members?|member\\s+societies)\\b"),
          RelationRule.of(
              "first-to-join",
              CompositionRules::membership,
              "l",
              "x",
              "\\bto\\s+join\\s+{_}{OIE:x}\\s+(?:were|are|was|is|included|include|includes)\\s+(?:[^.;⟦⟧]{0,60}?[:\\[(]\\s*)?{_}{OL:l}"),
          // --- involvement
          // "This year's IDoR will see the involvement of several patient organizations, including
          // A and B".
          RelationRule.of(
              "involvement-of",
              CompositionRules::involvement,
              "l",
              "o",
              "{IE:o}(?:[^.;⟦⟧]|⟦[DP]\\d+⟧){0,80}?\\b(?<noun>involvement|participation|contributions?)\\s+(?:of|from|by)\\s+"
                  + GROUP_LEAD
                  + "{_}{OL:l}"
                  + NOT_A_MODIFIER),
          // "the CAR's participation in the CWC campaign".
          RelationRule.of(
              "possessive-participation",
              Predicate.PARTICIPATES_IN,
              "s",
              "o",
              "{O:s}['’]s?\\s+(?:(?:active|continued|ongoing|long-standing|first)\\s+)?(?:participation|involvement)\\s+in\\s+{_}{IE:o}"),
          // "A and B took part in the X", "A, B and C were involved in X".
          RelationRule.of(
              "list-took-part",
              Predicate.PARTICIPATES_IN,
              "l",
              "o",
              "{OL:l}\\s+"
                  + AUX
                  + "(?:participated|took\\s+part|take\\s+part|were\\s+involved|are\\s+involved|were\\s+represented|attended)\\s+(?:in\\s+|at\\s+)?{_}{IE:o}"),
          // "Representatives of A and B attended X", "a delegation from A took part in X".
          RelationRule.of(
              "delegates-attended",
              Predicate.PARTICIPATES_IN,
              "l",
              "o",
              "\\b(?:representatives|delegates|delegations?|leaders|officers)\\s+(?:of|from)\\s+{_}{OL:l}\\s+"
                  + AUX
                  + "(?:attended|took\\s+part\\s+in|participated\\s+in|were\\s+present\\s+at|joined|visited)\\s+{_}(?:(?:[\\p{Ll}-]+|(?:19|20)\\d{2})\\s+){0,3}?{IE:o}"),
          // "The summit was attended by representatives of A, B and C".
          RelationRule.of(
              "attended-by",
              Predicate.PARTICIPATES_IN,
              "l",
              "o",
              "{IE:o}(?:[^.;⟦⟧]|⟦[DP]\\d+⟧){0,80}?\\battended\\s+by\\s+(?:(?:[\\p{Ll}-]+\\s+){0,3}?(?:representatives|delegates|delegations|members|leaders)\\s+(?:of|from)\\s+)?{_}{OL:l}"),
          // "The CAR was one of the first organizations to partner itself with the campaign".
          RelationRule.of(
              "partner-with-initiative",
              Predicate.PARTNERS_IN,
              "s",
              "o",
              "{O:s}[^.;⟦⟧]{0,60}?\\b(?:to\\s+)?(?:partner(?:ed|s|ing)?|teamed\\s+up|joined\\s+forces)\\s+(?:itself\\s+|themselves\\s+)?with\\s+{_}{IE:o}"),
          // --- components
          // "EUCAIM, a flagship of Europe's Beating Cancer Plan", "the Atlas, one of the pillars of
          // EUCAIM".
          RelationRule.of(
              "appositive-part-of",
              Predicate.PART_OF,
              "a",
              "b",
              "{IE:a},\\s+(?:a|an|the|one\\s+of\\s+the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?"
                  + PART_NOUN
                  + "\\s+(?:of|in|within)\\s+{_}(?:⟦O\\d+⟧(?:['’]s)?[-\\s]?(?:initiated|led|funded|run|launched)?\\s+)?{IE:b}"),
          // "X is the cornerstone of the Commission-initiated Y".
          RelationRule.of(
              "is-part-of-owned",
              Predicate.PART_OF,
              "a",
              "b",
              "{IE:a}\\s+"
                  + AUX
                  + "(?:is|are|was|forms?|formed|remains?|becomes?|became|will\\s+be)\\s+(?:also\\s+)?(?:a|an|the|one\\s+of\\s+the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?"
                  + PART_NOUN
                  + "\\s+of\\s+{_}⟦O\\d+⟧(?:['’]s)?[-\\s]?(?:initiated|led|funded|run|launched)?\\s+{IE:b}"),
          // "The registry was launched in 2021 as part of the X programme": the nearest initiative
          // before.
          RelationRule.of(
              "as-part-of",
              Predicate.PART_OF,
              "a",
              "b",
              "{IE:a}(?:[^.;⟦⟧]|⟦[OPD]\\d+⟧){0,80}?\\bas\\s+(?:a\\s+|an\\s+)?(?:(?:key|major|central|core|new|integral)\\s+)?(?:part|component|pillar|module|element)\\s+of\\s+{_}{IE:b}"),
          // "As part of the X programme, the ESR launched Y": the first initiative after.
          RelationRule.of(
              "fronted-as-part-of",
              Predicate.PART_OF,
              "a",
              "b",
              "^\\s*(?:[^⟦⟧.;]{0,30}?\\s)?[Aa]s\\s+(?:a\\s+|an\\s+)?(?:(?:key|major|central|core|integral)\\s+)?part\\s+of\\s+{_}{IE:b},(?:[^.;⟦⟧]|⟦[OPD]\\d+⟧){0,100}?{IE:a}"),
          // "MEDIRAD received funding from the Commission under the Horizon 2020 programme", "a
          // session within ECR 2025".
          RelationRule.of(
              "under-programme",
              Predicate.PART_OF,
              "a",
              "b",
              "{IE:a}(?:[^.;⟦⟧]|⟦[OPD]\\d+⟧){0,100}?\\b(?:under|within)\\s+(?:the\\s+)?(?:(?:framework|umbrella)\\s+of\\s+(?:the\\s+)?)?{IE:b}"));
}
