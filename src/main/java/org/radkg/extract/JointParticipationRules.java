package org.radkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Relation patterns for the wordings press releases use to say that organizations act together: a
 * list that joins forces to do something leads it ("A and B have combined efforts to organise X"),
 * an organization named the partner of another collaborates with it ("A, the official partner of
 * B"), and the subject of a phrase of collaborators leads what it organizes ("A, in collaboration
 * with B and C, will host X").
 */
final class JointParticipationRules {
  private JointParticipationRules() {}

  private static final String AUX =
      "(?:(?:has|have|had|will|would|is|was|were|are|been|be|also|now|recently|successfully|already|again|decided\\s+to|agreed\\s+to)\\s+){0,3}";

  // Acting as one: the phrase that makes the list's members co-authors of what follows.
  private static final String JOINING =
      "(?:(?:combined|combine|combines|joined|join|joins|pooled|pool|united|unite)\\s+(?:their\\s+)?(?:efforts|forces|hands|resources|expertise)"
          + "|team(?:ed|s)?\\s+up|(?:came|come|comes)\\s+together|partnered|joined\\s+together|work(?:ed)?\\s+together)";

  // What is done: the verbs of leading, in their base form after "to".
  private static final String TO_LEAD =
      "(?:in\\s+order\\s+)?to\\s+(?:jointly\\s+)?(?<verb>organi[sz]e|co-organi[sz]e|host|co-host|launch|run|hold|create|develop|establish|set\\s+up|deliver|convene|stage|offer|start|implement|conduct|produce|publish|prepare|coordinate)";

  /**
   * Funding is funding; sponsoring, supporting, endorsing and any joint verb is partnership;
   * organizing alone is leading.
   */
  private static Predicate bySecondVerb(Matcher m) {
    String verb = m.group("verb").toLowerCase(Locale.ROOT);
    if (verb.contains("fund") || verb.startsWith("financ")) {
      return Predicate.FUNDS;
    }
    boolean partner =
        m.group("jointly") != null
            || verb.startsWith("co-")
            || verb.startsWith("sponsor")
            || verb.startsWith("support")
            || verb.startsWith("endors");
    return partner ? Predicate.PARTNERS_IN : Predicate.LEADS;
  }

  // The adjectives a partnership carries: "the only official partner of", "a long-standing partner
  // of".
  private static final String PARTNER_ADJECTIVES =
      "(?:(?:only|sole|official|long-standing|longstanding|long-time|longtime|close|key|strategic|formal|founding|main|principal|major|trusted|privileged|natural|important|first|new|regional|global|international|institutional|academic|reliable|valued)\\s+){0,3}";

  // After the partner: no possessive ("partner of B's registry" is a partner of the registry).
  private static final String NOT_AN_OWNER = "(?!\\s*['’]s?\\s)";

  // The ways of entering a bid or a plan before the leading verb: "has won the bid to host", "is
  // set to organize".
  // The phrase that names an organization's collaborators between it and its verb: "A, in
  // collaboration with B and C, ...",
  // "A, together with B, ...", "A, with B and C, launched ...".
  static final String WITH_COLLABORATORS =
      "(?:,?\\s+in\\s+(?:close\\s+)?(?:cooperation|co-operation|collaboration|partnership|conjunction)\\s+with|,?\\s+(?:together|jointly|along)\\s+with|,\\s+with)\\s+";
  static final String BID =
      "(?:(?:won|secured|obtained|was\\s+awarded|submitted|presented)\\s+(?:a|an|the|its|their)\\s+(?:[\\p{Ll}-]+\\s+)?bid\\s+to\\s+|(?:is|are)\\s+set\\s+to\\s+|plans?\\s+to\\s+)?";
  private static final String HOSTING_VERB =
      "(?:organi[sz](?:e|es|ed|ing)|host(?:s|ed|ing)?|launch(?:es|ed|ing)?|hold(?:s|ing)?|held|run(?:s|ning)?|ran|convene[sd]?|stag(?:e|es|ed|ing))";

  static final List<RelationRule> ALL =
      List.of(
          // "A and B have combined efforts to organise X", "A, B and C teamed up to launch X": each
          // leads X.
          RelationRule.of(
              "joined-forces-to-lead",
              RuleParts::leadsUnlessCo,
              "l",
              "o",
              "{OL:l}\\s+"
                  + AUX
                  + JOINING
                  + "\\s+"
                  + TO_LEAD
                  + "\\s+{_}(?:(?:[\\p{Ll}-]+|(?:19|20)\\d{2}),?\\s+){0,3}?[‘“\"']?{IE:o}"),
          // "A, the only official partner of B, ...", "A has been a long-standing partner of B", "A
          // is a co-stakeholder of B".
          RelationRule.of(
              "partner-of-organization",
              Predicate.COLLABORATES_WITH,
              "a",
              "b",
              "{O:a}(?:,\\s+|\\s+"
                  + AUX
                  + "(?:is|was|are|were|been|became|becomes|remains|remained)\\s+)(?:also\\s+)?(?:the|a|an|one\\s+of\\s+the|its|their)\\s+"
                  + PARTNER_ADJECTIVES
                  + "(?:partners?|(?:co-)?stakeholders?|allies|ally)(?:\\s+(?:organi[sz]ations?|societ(?:y|ies)|institutions?))?\\s+of\\s+{_}{O:b}"
                  + NOT_AN_OWNER),
          // "Within the regional project X (1995-1996) the Agency assisted ...", "Under the X
          // programme, A trained ...": what an
          // organization gives within an initiative makes it a partner in it.
          RelationRule.of(
              "within-initiative-helped",
              Predicate.PARTNERS_IN,
              "s",
              "o",
              "^\\s*(?:Within|Under|Through|As\\s+part\\s+of|In\\s+the\\s+(?:framework|frame|context)\\s+of)\\s+{_}(?:(?:regional|national|international|joint|technical\\s+cooperation|TC|research|coordinated)\\s+)?"
                  + "(?:(?:project|programme|program|initiative)\\s+)?[‘“\"']?{IE:o}[’”\"']?(?:\\s+(?:project|programme|program|initiative))?(?:\\s*\\([^()⟦⟧]{1,30}\\))?,?\\s+{_}{O:s}\\s+"
                  + AUX
                  + "(?:assisted|supported|helped|trained|provided|offered|delivered|donated|equipped|contributed|advised|mentored|hosted|taught)\\b"),
          // "X is run by A and is jointly sponsored by B, C and D": a second passive clause has its
          // own agents.
          RelationRule.of(
              "second-passive-by",
              JointParticipationRules::bySecondVerb,
              "l",
              "o",
              "{IE:o}[^.;⟦⟧]{0,120}?\\bby\\s+(?:[^.;]|⟦[OP]\\d+⟧){0,200}?\\s+and\\s+(?:is|was|are|were|has\\s+been|have\\s+been|will\\s+be)\\s+(?:also\\s+)?(?<jointly>jointly\\s+|co-)?"
                  + "(?<verb>sponsored|supported|endorsed|funded|financed|co-funded|co-sponsored|organi[sz]ed|co-organi[sz]ed|hosted|run|coordinated|led|managed)\\s+by\\s+{_}{OL:l}"),
          // "A, in collaboration with B and C, has won the bid to host X": the subject leads; its
          // collaborators partner in it (RelationRules' cooperating-org-organises).
          RelationRule.of(
              "cooperating-subject-leads",
              Predicate.LEADS,
              "s",
              "o",
              "{O:s}"
                  + WITH_COLLABORATORS
                  + "{_}{OL},?\\s+"
                  + AUX
                  + BID
                  + HOSTING_VERB
                  + "\\s+{_}(?:(?:[\\p{Ll}-]+|\\d+(?:st|nd|rd|th)),?\\s+){0,4}?[‘“\"']?{IE:o}"));
}
