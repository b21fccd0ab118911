package org.radkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Relation patterns that read how organizations take part in an initiative or event from a trigger
 * word, for every organization of a list: a verb whose subject is the list ("A and B contribute to
 * the clinical work of X", "A became a beneficiary of X", "A, B and C will take part in X") and a
 * prepositional phrase beside the initiative ("X, with the participation of A and B", "X was
 * prepared in collaboration with A, B and C"). The trigger decides the predicate: taking part is
 * participation, contributing, supporting and collaborating is partnership.
 */
final class InvolvementRules {
  private InvolvementRules() {}

  private static final String AUX =
      "(?:(?:has|have|had|will|would|is|was|were|are|been|be|also|now|actively|already|again|currently|officially|successfully|all|both|(?:plans?|planned|agreed|continues?|continued)\\s+to)\\s+){0,3}";

  // An organization's apposition or place before its verb: "The EFRS, the radiographers'
  // federation, will ...".
  private static final String SUBJ_TAIL =
      "(?:,\\s+(?:(?:the|a|an|its)\\s+[^,.;⟦⟧]{1,80}?|⟦P\\d+⟧(?:,\\s*⟦P\\d+⟧)?),)?";

  // The verbs of involvement, with the preposition that introduces what the list is involved in.
  private static final String INVOLVEMENT_VERB =
      "(?<verb>"
          + "(?:took|take|takes|taking)\\s+part\\s+in|participat(?:e|es|ed|ing)\\s+in|(?:is|are|was|were|be|been|became|become)\\s+(?:actively\\s+)?(?:involved|engaged)\\s+in"
          + "|contribut(?:e|es|ed|ing)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?to|(?:made|make|makes)\\s+(?:(?:a|an|important|key|major|significant)\\s+)*contributions?\\s+to"
          + "|(?:(?:is|are|was|were|be|been)\\s+)?(?:represented|present)\\s+(?:in|at|on)|sign(?:ed|s)?\\s+up\\s+(?:to|for)|(?:is|are|was|were|became)\\s+(?:a\\s+)?signator(?:y|ies)\\s+(?:of|to)"
          + "|(?:had|has|have|ran|staffed|hosted)\\s+(?:a|an|its|their)\\s+(?:own\\s+)?(?:booth|stand|pavilion|exhibit)\\s+(?:at|during)|sent\\s+(?:a\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:delegation|delegates|representatives)\\s+to"
          + "|presented\\s+(?:(?:its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?)?(?:at|during)|(?:is|are|was|were|became|become|becomes)\\s+(?:a\\s+|an\\s+)?(?:beneficiar(?:y|ies)|(?:co-)?stakeholders?)\\s+(?:of|in)"
          // "provides faculty for", "donated equipment to", "offer technical expertise to": what a
          // partner brings.
          + "|(?:provid|offer|suppl(?:y|ie)|donat|lend|lent|contribut)(?:e|es|ed|s|ing)?\\s+(?:[\\p{Ll}-]+\\s+){0,3}?"
          // "provided official support/endorsement for": two nouns joined by a slash are one.
          + "(?:input|guidance|expertise|faculty|experts|equipment|support|endorsements?|training|funding|data|staff|teachers|lecturers|speakers|resources|tutors|mentors|know-how)(?:/[\\p{Ll}-]+)?"
          + "(?:\\s+and\\s+(?:[\\p{Ll}-]+\\s+)?(?:input|guidance|expertise|equipment|training|support|resources))?\\s+(?:to|for|in)"
          + "|exhibit(?:s|ed)?\\s+at)";

  /**
   * Contributing, being a beneficiary or a stakeholder, or giving input is partnership; taking
   * part, attending or being represented is participation.
   */
  private static Predicate byVerb(Matcher m) {
    String verb = m.group("verb").toLowerCase(Locale.ROOT);
    if (verb.contains("funding")) {
      return Predicate.FUNDS;
    }
    boolean partner =
        verb.contains("contribut")
            || verb.contains("beneficiar")
            || verb.contains("stakeholder")
            || verb.startsWith("provid")
            || verb.startsWith("offer")
            || verb.startsWith("suppl")
            || verb.startsWith("donat")
            || verb.startsWith("len");
    return partner ? Predicate.PARTNERS_IN : Predicate.PARTICIPATES_IN;
  }

  // The nouns of involvement after "with the ... of", "thanks to the ... of".
  private static final String INVOLVEMENT_NOUN =
      "(?<noun>participation|involvement|engagement|funding|grants?|financial\\s+support|support|sponsorship|endorsement|help|assistance|backing|collaboration|cooperation|co-operation|partnership|contributions?|input|expertise)";

  // A group noun before the list: "of several patient organizations, including", "from the
  // society's partners, including",
  // "from national societies as well as from the ISR's partners, such as".
  private static final String GROUP_LEAD =
      "(?:[^.;⟦⟧:]{0,80}?(?:⟦O\\d+⟧['’]s?\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}?(?:organi[sz]ations|societies|partners|institutions|associations|agencies|bodies|federations|colleges|universities|hospitals|companies)"
          + "\\s*,?\\s+(?:including|such\\s+as|like|namely|among\\s+them|:)\\s+)?";

  // "with the support of A and B", "will include contributions from A", "in close collaboration
  // with A", "in conjunction with A".
  private static final String INVOLVEMENT_PHRASE =
      "(?:(?:with|through|thanks\\s+to|via|under|includes?|included|including|sees?|saw|features?|featured|featuring|has|have|had|enjoys?|enjoyed|receives?|received|gained|won|secured)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?"
          + INVOLVEMENT_NOUN
          + "\\s+(?:of|from|by)"
          + "|in\\s+(?:close\\s+|partnership\\s+and\\s+|cooperation\\s+and\\s+)?(?:collaboration|cooperation|co-operation|partnership|conjunction|association|liaison)\\s+with"
          // "was developed with A and B", "has been prepared together with A": the ones it was made
          // with.
          + "|(?:developed|prepared|produced|written|drafted|co-organi[sz]ed|organi[sz]ed|created|designed|delivered|held|hosted|launched|conducted|implemented|compiled|revised|updated)\\s+(?:(?:together|jointly|closely)\\s+)?with"
          + "|(?:together|jointly)\\s+with)"
          + "\\s+"
          + GROUP_LEAD
          + "{_}{OL:l}";

  /**
   * Participation and involvement are participation; support, collaboration and the like are
   * partnership.
   */
  private static Predicate byNoun(Matcher m) {
    String noun = m.group("noun");
    if (noun == null) {
      return Predicate.PARTNERS_IN;
    }
    noun = noun.toLowerCase(Locale.ROOT);
    if (noun.startsWith("fund")
        || noun.startsWith("grant")
        || noun.startsWith("⟦")
        || noun.startsWith("award")
        || noun.startsWith("scholarship")
        || noun.startsWith("fellowship")
        || noun.startsWith("financial")
        || noun.startsWith("donation")) {
      return Predicate.FUNDS;
    }
    return noun.equals("participation") || noun.equals("involvement") || noun.equals("engagement")
        ? Predicate.PARTICIPATES_IN
        : Predicate.PARTNERS_IN;
  }

  // A list of organizations must not run into a modifier ("A's course", "B experts").
  private static final String NOT_A_MODIFIER = CompositionRules.NOT_A_MODIFIER;

  // Up to which point another initiative or event may not stand between the initiative and the
  // phrase.
  private static final String SAME_CLAUSE = "(?:[^.;⟦⟧]|⟦[OPDH]\\d+⟧|\\.(?=\\d)){0,150}?";

  // The role a whole gives its listed organizations: "counts A and B among its partners", "boasts A
  // as one of its lead sponsors".
  private static final String ROLE_NOUN =
      "(?<role>partners?|sponsors?|supporters?|funders?|members?|member\\s+societ(?:y|ies)|member\\s+organi[sz]ations?|participants?|contributors?|collaborators?|co-organi[sz]ers?)";

  /**
   * A whole's members belong to it, its partners collaborate with it; an initiative's funders fund
   * it, its participants take part, the rest partner in it.
   */
  private static Predicate byRole(Matcher m) {
    if (m.group("role") == null) {
      return Predicate.PARTICIPATES_IN;
    }
    String role = m.group("role").toLowerCase(Locale.ROOT);
    if (m.group("x").startsWith("⟦O")) {
      return role.startsWith("member") || role.startsWith("participant")
          ? Predicate.MEMBER_OF
          : Predicate.COLLABORATES_WITH;
    }
    if (role.startsWith("funder")) {
      return Predicate.FUNDS;
    }
    return role.startsWith("participant") || role.startsWith("member")
        ? Predicate.PARTICIPATES_IN
        : Predicate.PARTNERS_IN;
  }

  /**
   * What an umbrella gathers: an organization's constituents are its members, an initiative's take
   * part in it.
   */
  private static Predicate byWhole(Matcher m) {
    return m.group("x").startsWith("⟦O") ? Predicate.MEMBER_OF : Predicate.PARTICIPATES_IN;
  }

  static final List<RelationRule> ALL =
      List.of(
          // "A, the B and C will take part in X", "A became a beneficiary of X", "A contributes to
          // the clinical aspects of X".
          RelationRule.of(
              "list-involvement-verb",
              InvolvementRules::byVerb,
              "l",
              "o",
              "{OL:l}"
                  + SUBJ_TAIL
                  + "\\s+"
                  + AUX
                  + INVOLVEMENT_VERB
                  + "\\s+{_}(?:(?:[\\p{Ll}-]+\\s+){1,4}?(?:of|in|for)\\s+{_})?[‘“\"']?{IE:o}"),
          // "X will be held with the participation of A and B", "X was prepared in collaboration
          // with A, B and C".
          RelationRule.of(
              "initiative-involvement-phrase",
              InvolvementRules::byNoun,
              "l",
              "o",
              "{IE:o}" + SAME_CLAUSE + "\\b" + INVOLVEMENT_PHRASE + NOT_A_MODIFIER),
          // "With the support of A and B, the ESR launched X", "In collaboration with A, X was
          // ...".
          RelationRule.of(
              "fronted-involvement-phrase",
              InvolvementRules::byNoun,
              "l",
              "o",
              "^\\s*(?:[^⟦⟧.;]{0,30}?\\s)?"
                  + INVOLVEMENT_PHRASE
                  + NOT_A_MODIFIER
                  + "\\s*,(?:[^.;⟦⟧]|⟦[OPDH]\\d+⟧){0,100}?{IE:o}"),
          // "X, which boasts A as one of its lead partners", "The alliance counts A, B and C among
          // its members".
          RelationRule.of(
              "counts-among-its",
              InvolvementRules::byRole,
              "l",
              "x",
              "{OIE:x}(?:\\s*,\\s*(?:which|that))?\\s+"
                  + AUX
                  + "(?:counts?|counted|boasts?|boasted|lists?|listed|names?|named|has|had|have|includes?|included|welcom(?:es|ed|e))\\s+{_}{OL:l}\\s+(?:as|among)\\s+"
                  + "(?:(?:one|two|three|four|five|some|several|each|all|both)\\s+of\\s+)?(?:its|their|the|a|an)\\s+(?:new\\s+|newest\\s+|latest\\s+)?(?:(?:lead|main|principal|key|major|founding|official|first|new|core|strategic)\\s+){0,2}"
                  + ROLE_NOUN
                  + "\\b"),
          // "A was among the participants of X", "A and B were among the exhibitors at X".
          RelationRule.of(
              "among-the-role",
              InvolvementRules::byRole,
              "l",
              "x",
              "{OL:l}\\s+"
                  + AUX
                  + "(?:was|were|is|are|be|been)?\\s*(?:among|one\\s+of)\\s+(?:the\\s+)?(?:(?:many|main|lead|key|major|official|founding|first|new)\\s+){0,2}"
                  + "(?:"
                  + ROLE_NOUN
                  + "|exhibitors?|attendees?|delegations?|signatories|signatory)\\s+(?:of|in|at|for|to)\\s+{_}{IE:x}"),
          // "X was made possible by a grant from A", "X is made possible thanks to the support of A
          // and B".
          RelationRule.of(
              "made-possible-by",
              InvolvementRules::byNoun,
              "l",
              "o",
              "{IE:o}"
                  + SAME_CLAUSE
                  + "\\bmade\\s+possible\\s+(?:by|through|thanks\\s+to|with)\\s+(?:(?:a|an|the)\\s+)?"
                  + "(?:(?:[\\p{Ll}-]+\\s+){0,2}?(?<noun>funding|grants?|donations?|financial\\s+support|support|sponsorship|contributions?)\\s+(?:from|of|by)\\s+)?{_}{OL:l}"
                  + NOT_A_MODIFIER),
          // "X is funded by a 2018 Jane Doe Scholar Grant through the A", "X is supported by a
          // grant from A": the
          // grant's giver funds X, whether the grant is named or not.
          RelationRule.of(
              "funded-by-grant-from",
              InvolvementRules::byNoun,
              "l",
              "o",
              "{IE:o}"
                  + SAME_CLAUSE
                  + "\\b(?:funded|financed|supported|sponsored)(?:\\s+in\\s+part)?\\s+(?:by|through|with)\\s+(?:(?:a|an|the)\\s+)?"
                  + "(?:[^.;⟦⟧]|⟦[DI]\\d+⟧){0,60}?(?<noun>funding|grants?|⟦I\\d+⟧|awards?|scholarships?|fellowships?)\\s+(?:from|through|of|by)\\s+{_}{OL:l}"
                  + NOT_A_MODIFIER),
          // "A joined X as a partner", "A signed on to X as a sponsor": the role it joined in.
          RelationRule.of(
              "joined-as-role",
              InvolvementRules::byRole,
              "l",
              "x",
              "{OL:l}\\s+"
                  + AUX
                  + "(?:joined|joins|join|signed\\s+on\\s+to|signed\\s+up\\s+to|came\\s+on\\s+board\\s+of)\\s+{_}{IE:x}\\s+as\\s+(?:a|an|the|one\\s+of\\s+(?:the|its))\\s+(?:(?:new|lead|main|key|official|founding|first|major)\\s+){0,2}"
                  + ROLE_NOUN
                  + "\\b"),
          // "X receives funding from A", "X has received a grant of 2 million euros from A and B".
          RelationRule.of(
              "received-funding-from",
              InvolvementRules::byNoun,
              "l",
              "o",
              "{IE:o}[^.;⟦⟧]{0,60}?\\b(?:receiv(?:es|ed|ing)|obtained|secured|won|awarded|attracted|gets|got)\\s+(?:(?:[^.;⟦⟧]|\\.(?=\\d)){0,40}?\\s)?"
                  + "(?<noun>funding|grants?|financial\\s+support|support|donations?|sponsorship)\\s+(?:(?:[^.;⟦⟧]|\\.(?=\\d)){0,30}?\\s)?(?:from|by)\\s+{_}{OL:l}"
                  + NOT_A_MODIFIER),
          // "X operates as an umbrella structure for the research of the platforms A, B and C".
          RelationRule.of(
              "umbrella-for",
              InvolvementRules::byWhole,
              "l",
              "x",
              "{OIE:x}[^.;⟦⟧]{0,40}?\\b(?:as|is|was|forms?|provides?)\\s+(?:an?|the)\\s+(?:common\\s+|joint\\s+|single\\s+)?umbrella(?:\\s+(?:structure|organi[sz]ation|body|platform|network|framework|association|federation))?\\s+for\\s+"
                  + "[^.;⟦⟧]{0,100}?{OL:l}"
                  + NOT_A_MODIFIER));
}
