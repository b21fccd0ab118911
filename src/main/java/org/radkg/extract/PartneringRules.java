package org.radkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Relation patterns that read the organizations that partner in or support an initiative or event
 * ("X, a partner of Y", "with the support of X", "supported by X", "X, in collaboration with Z,
 * organized Y"), its host sites and bases ("host sites: A and B", "based at X") and its
 * participants ("participants include A and B"). Part of {@link RelationRules#ALL}, in its order.
 */
final class PartneringRules {
  private PartneringRules() {}

  // A slot followed by a list separator and another slot is one item of a list ("sponsored by A, B,
  // C, D"), not the clause's subject.
  private static final String NOT_A_LIST_ITEM =
      "(?!(?:\\s*\\(⟦[OIE]\\d+⟧\\))?\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?⟦)";

  private static Predicate frontedSupport(Matcher m) {
    String verb = m.group("verb").toLowerCase(Locale.ROOT);
    return verb.contains("fund") || verb.startsWith("financ")
        ? Predicate.FUNDS
        : Predicate.PARTNERS_IN;
  }

  private static Predicate supportRole(Matcher m) {
    String role = m.group("role").toLowerCase(Locale.ROOT);
    return role.startsWith("funder") ? Predicate.FUNDS : Predicate.PARTNERS_IN;
  }

  static final List<RelationRule> ALL =
      List.of(
          // --- partnering and supporting
          RelationRule.of(
              "partner-active",
              Predicate.PARTNERS_IN,
              "l",
              "o",
              "{OL:l}"
                  + RuleParts.SUBJ_TAIL
                  + "\\s+"
                  + RuleParts.AUX
                  + "(?:continues? to |is proud to |will )?(?:partner(?:s|ed|ing)?|co-organi[sz](?:e|ed|es|ing)|co-host(?:s|ed)?|supports?|supported|supporting"
                  + "|sponsor(?:s|ed|ing)?|contribut(?:es|ed|ing|e)\\s+(?:[\\p{IsL}-]+\\s+){0,3}?(?:to|at|in)|co-fund(?:s|ed)|endors(?:es|ed)|is actively involved in|are actively involved in|is involved in)\\s+(?:on\\s+|in\\s+|to\\s+|with\\s+|at\\s+)?{_}{IE:o}"),
          RelationRule.of(
              "partner-role",
              PartneringRules::supportRole,
              "l",
              "o",
              "{OL:l}\\s+(?:is|was|are|were|acted|acts|served|serves)\\s+(?:as\\s+)?(?:among\\s+)?(?:the\\s+|a\\s+|an\\s+|one of the\\s+)?(?:[\\p{IsL}-]+\\s+){0,2}?"
                  + "(?<role>supporting organi[sz]ations?|partners?|sponsors?|co-organi[sz]ers?|supporters?|contributors?|funders?|collaborators?)\\s+(?:of|to|for|in)\\s+{_}{IE:o}"),
          RelationRule.of(
              "joint-project",
              Predicate.PARTNERS_IN,
              "l",
              "o",
              "{IE:o},?\\s+(?:a|an)\\s+joint\\s+(?:project|initiative|effort|programme|program|venture)\\s+(?:with|of|between)\\s+{_}{OL:l}"),
          RelationRule.of(
              "collaborating-on",
              Predicate.PARTNERS_IN,
              "l",
              "o",
              "{OL:l}\\s+"
                  + RuleParts.AUX
                  + "(?:collaborating|cooperating|partnering|working together|working)\\s+on\\s+{_}{IE:o}"),
          // "The College is working with the AMA and the Ministry of Health on a joint
          // plan": all of them partner in it.
          RelationRule.of(
              "working-with-on",
              Predicate.PARTNERS_IN,
              "l",
              "o",
              "{O:l2}"
                  + RuleParts.SUBJ_TAIL
                  + "\\s+"
                  + RuleParts.AUX
                  + "(?:work(?:ing|s|ed)?|collaborat(?:ing|es|ed|e)|cooperat(?:ing|es|ed|e)|partner(?:ing|s|ed)?)\\s+(?:closely\\s+|together\\s+)?with\\s+{_}{OL:l}"
                  + "\\s+on\\s+{_}(?:(?:joint|new|common|shared|national|global)\\s+)?[‘“\"']?{IE:o}"),
          RelationRule.of(
              "with-support-of",
              Predicate.PARTNERS_IN,
              "l",
              "o",
              "{IE:o}(?:[^.;⟦⟧]|⟦[DP]\\d+⟧){0,80}?\\b(?:in\\s+(?:close\\s+)?(?:collaboration|cooperation|partnership)\\s+with|with\\s+the\\s+(?:support|help|sponsorship)\\s+of|supported\\s+by|sponsored\\s+by|together\\s+with|jointly\\s+with|in\\s+consultation\\s+with|in\\s+conjunction\\s+with|(?:additional\\s+|financial\\s+)?support\\s+from|(?:developed|prepared|written|produced|drafted|organi[sz]ed|co-organi[sz]ed|run|delivered|held|hosted|convened|conducted)\\s+(?:jointly\\s+)?with)\\s+{_}{OL:l}"),
          RelationRule.of(
              "supported-by-first",
              Predicate.PARTNERS_IN,
              "l",
              "o",
              "\\b(?:supported|sponsored|endorsed)\\s+by\\s+{_}{OL:l},\\s+{_}{IE:o}"
                  + NOT_A_LIST_ITEM),
          RelationRule.of(
              "cooperating-org-organises",
              Predicate.PARTNERS_IN,
              "l",
              "o",
              "{O}"
                  + JointParticipationRules.WITH_COLLABORATORS
                  + "{_}{OL:l},?\\s+"
                  + RuleParts.AUX
                  + "(?:be\\s+)?"
                  + JointParticipationRules.BID
                  + "(?:organi[sz]ing|organi[sz]ed|organi[sz]e|launching|launched|launch|hosting|hosted|host|holding|hold|running|developing|developed|held)\\s+{_}"
                  // "host the 30th edition of the Congress": the words between the verb and
                  // the name, an edition's ordinal among them (as
                  // cooperating-subject-leads).
                  + "(?:(?:[\\p{Ll}-]+|\\d+(?:st|nd|rd|th)),?\\s+){0,4}?[‘“\"']?{IE:o}"),
          // "With PAHO and SIDI, CIRSE started the webinar series ‘IR for Latin America’":
          // the partners come first.
          // "co-hosted this year's meeting with the Canadian Association of Nuclear
          // Medicine".
          RelationRule.of(
              "co-verb-with",
              Predicate.PARTNERS_IN,
              "l",
              "o",
              "\\b(?:co-hosted|co-organi[sz]ed|co-sponsored|co-chaired|co-led|organi[sz]ed|hosted|held|ran|launched|developed|created|prepared)\\s+{_}[‘“\"']?{IE:o}[’”\"']?\\s+(?:jointly\\s+|together\\s+)?with\\s+{_}{OL:l}"),
          // "released ... by the KSThR, a member society of the KSR, in collaboration with
          // the Korean Thyroid Association".
          RelationRule.of(
              "agent-with-partner",
              Predicate.PARTNERS_IN,
              "l",
              "o",
              "{IE:o}[^.;]{0,120}?\\bby\\s+[^.;]{0,100}?\\b(?:in\\s+(?:close\\s+)?(?:collaboration|cooperation|partnership)\\s+with|together\\s+with|jointly\\s+with)\\s+{_}{OL:l}"),
          // "Organized by the ESPR together with the SPRMN, the meeting welcomed ...".
          RelationRule.of(
              "fronted-by",
              Predicate.LEADS,
              "l",
              "o",
              "^(?:Organi[sz]ed|Hosted|Run|Led|Coordinated|Launched|Convened|Developed|Created)\\s+(?:jointly\\s+)?by\\s+{_}{OL:l}[^.;]{0,100}?,\\s+{_}{IE:o}"),
          RelationRule.of(
              "fronted-funded-by",
              PartneringRules::frontedSupport,
              "l",
              "o",
              "^(?<verb>Funded|Financed|Co-funded|Supported|Sponsored|Endorsed)\\s+(?:in\\s+part\\s+|jointly\\s+)?by\\s+(?:(?:[^⟦⟧.;,]|[.,](?=\\d)){0,50}?\\b(?:grant|funding|donation|award|contribution|support)\\s+(?:by|from|of)\\s+)?{_}(?:⟦O\\d+⟧['’]s\\s+)?{OL:l}[^.;]{0,100}?,\\s+{_}{IE:o}"
                  + NOT_A_LIST_ITEM),
          RelationRule.of(
              "fronted-by-with",
              Predicate.PARTNERS_IN,
              "l",
              "o",
              "^(?:Organi[sz]ed|Hosted|Run|Led|Coordinated|Launched|Convened|Developed|Created)\\s+(?:jointly\\s+)?by\\s+[^.;]{0,100}?\\b(?:together|jointly|in\\s+(?:collaboration|cooperation|partnership))\\s+with\\s+{_}{OL:l}[^.;]{0,80}?,\\s+{_}{IE:o}"),
          // "... at two host sites: Makerere University in Kampala and Aga Khan University
          // Hospital".
          RelationRule.of(
              "host-sites",
              Predicate.HOSTS,
              "l",
              "o",
              "{I:o}[^.;]{0,150}?\\bhost\\s+(?:sites?|institutions?|hospitals?|centres?|centers?|partners?|universities)\\s*(?::|include|includes|are|will be)?\\s+{_}{OL:l}"),
          RelationRule.of(
              "based-at",
              Predicate.HOSTS,
              "s",
              "o",
              "{I:o}[^.;⟦⟧]{0,80}?\\b(?:(?:based|housed|located|hosted)\\s+at|hosted\\s+(?:through|within))\\s+{_}{O:s}"),
          RelationRule.of(
              "participants-include",
              Predicate.PARTICIPATES_IN,
              "l",
              "o",
              "{IE:o}\\s+(?:include|includes|are)\\s*:?\\s+{_}{OL:l}"),
          RelationRule.of(
              "with-list-first",
              Predicate.PARTNERS_IN,
              "l",
              "o",
              "\\b[Ww]ith\\s+{_}{OL:l},\\s+{_}{O}\\s+"
                  + RuleParts.AUX
                  + "(?:"
                  + RuleParts.LEAD_VERBS
                  + ")\\s+{_}(?:(?:[\\p{Ll}-]+\\s+){0,3})?[‘“\"']?{IE:o}"),
          // "In a Position Statement ... issued in March 2024, SNMMI calls on ...".
          RelationRule.of(
              "in-issued-document",
              Predicate.LEADS,
              "s",
              "o",
              "\\b[Ii]n\\s+(?:a|an|its|the|their)\\s+(?:new\\s+|recent\\s+)?{IE:o}\\s+(?:issued|published|released|adopted)\\s+(?:in|on)\\s+⟦D\\d+⟧,\\s+{_}{O:s}"),
          RelationRule.of(
              "in-issued-document-date",
              Predicate.START_DATE,
              "o",
              "d",
              "\\b[Ii]n\\s+(?:a|an|its|the|their)\\s+(?:new\\s+|recent\\s+)?{IE:o}\\s+(?:issued|published|released|adopted)\\s+(?:in|on)\\s+{D:d},\\s+{_}{O}"),
          RelationRule.of(
              "participates",
              Predicate.PARTICIPATES_IN,
              "s",
              "o",
              "{O:s}\\s+"
                  + RuleParts.AUX
                  + "(?:participat(?:es|ed|ing)|took part|takes part|take part|engaged|attended|attends|joined|represented)\\s+(?:in\\s+|at\\s+)?{_}(?:[\\p{Ll}-]+\\s+){0,3}?[‘“\"]?{IE:o}"
                  // "joined X as a partner" is partnership (InvolvementRules), not only
                  // participation.
                  + "(?!\\s+as\\s+(?:a|an|the|one\\s+of\\s+(?:the|its))\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:partner|sponsor|funder|supporter|co-organi[sz]er|contributor)s?\\b)"));
}
