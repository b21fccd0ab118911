package org.radkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Relation patterns that read who leads an initiative or event: a passive agent ("Y, organized by
 * X", where the verb decides between leading, hosting, supporting and funding), a launch ("X
 * launched Y", "the launch of Y by X"), an apposition ("Y, led by X") and an event of its organizer
 * ("the annual meeting of X", "X held a webinar on Y"). Part of {@link RelationRules#ALL}, in its
 * order.
 */
final class LeadingRules {
  private LeadingRules() {}

  /** Passive "... by ORG": the verb decides between leading, hosting, supporting and funding. */
  private static Predicate passive(Matcher m) {
    String verb = m.group("verb").toLowerCase(Locale.ROOT);
    if (verb.startsWith("host")) {
      return m.group("o").startsWith("⟦E") ? Predicate.LEADS : Predicate.HOSTS;
    }
    if (m.group().contains("financially ")) {
      return Predicate.FUNDS;
    }
    // "jointly organized by A, B and C": each is a partner, none alone the leader.
    if (verb.startsWith("support")
        || verb.startsWith("sponsor")
        || verb.startsWith("co-")
        || m.group().contains("jointly ")) {
      return Predicate.PARTNERS_IN;
    }
    if (verb.startsWith("fund") || verb.startsWith("financ")) {
      return Predicate.FUNDS;
    }
    return Predicate.LEADS;
  }

  private static final String EVENT_NOUN =
      "(?:webinars?|session|symposium|conference|workshop|roundtable|lecture|panel|forum|summit|meeting|masterclass|course)";

  static final List<RelationRule> ALL =
      List.of(
          // --- passive agent "... by ORG"
          RelationRule.of(
              "passive-by",
              LeadingRules::passive,
              "l",
              "o",
              "{IE:o}{G}\\b(?:is |was |were |are |will be |has been |have been |being |to be )?(?:scientifically |jointly |officially |originally |first |financially |generously )?"
                  + "(?<verb>led|launched|organi[sz]ed|coordinated|run|created|established|founded|developed|initiated|introduced|conceived|hosted|held|supported|sponsored|funded|financed|co-organi[sz]ed|co-hosted|convened|set up|started|formed|opened|released|published|issued|drafted|prepared|written|produced|adopted|endorsed|implemented|managed|administered|operated|spearheaded|championed|headed|steered)"
                  + "(?:\\s+(?:on|in)\\s+⟦D\\d+⟧)?(?:\\s+(?:every year|each year|annually|jointly|together))?\\s+by\\s+{_}{OL:l}"),
          // --- leading
          RelationRule.of(
              "lead-active",
              RuleParts::active,
              "l",
              "o",
              "{OL:l}(?:,\\s+[^,.;]{1,80},)?\\s+"
                  + RuleParts.AUX
                  + "(?<verb>"
                  + RuleParts.LEAD_VERBS
                  + ")\\s+(?:again\\s+)?{_}(?:(?:[\\p{Ll}-]+|(?:19|20)\\d{2}),?\\s+){0,4}?[‘“\"']?{IE:o}"),
          RelationRule.of(
              "launch-of",
              Predicate.LEADS,
              "l",
              "o",
              "{OL:l}\\s+"
                  + RuleParts.AUX
                  + "(?:announced?|celebrated?|marked|mark|completed|welcomed?|unveiled)\\s+the\\s+(?:official\\s+|successful\\s+)?(?:launch|start|opening|creation|establishment|inauguration|kick-off)\\s+of\\s+{_}{IE:o}"),
          // "Its first project, the Canadian AI Registry for Imaging", "The network's first
          // joint initiative, the ...".
          RelationRule.of(
              "first-project",
              Predicate.LEADS,
              "s",
              "o",
              "{O:s}(?:['’]s)?\\s+(?:(?:first|new|latest|flagship|main|joint|major|second)\\s+){0,3}(?:project|initiative|program|programme|activity|undertaking|product|registry),?\\s+{_}{IE:o}"),
          // "the Rural Teleradiology Support Programme (RTSP), an RSSA-led programme".
          RelationRule.of(
              "appositive-led",
              Predicate.LEADS,
              "s",
              "o",
              "{IE:o},\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?{O:s}-(?:led|run|organi[sz]ed|hosted|initiated)\\b"),
          // "KCR 2024, the annual scientific meeting of the Korean Society of Radiology".
          RelationRule.of(
              "appositive-meeting-of",
              Predicate.LEADS,
              "s",
              "o",
              "{IE:o},\\s+(?:the|an?)\\s+(?:[\\p{IsL}-]+\\s+){0,3}(?:meeting|congress|conference|symposium|program|programme|initiative|project|campaign|platform|registry|event|course)\\s+of\\s+{_}{O:s}"),
          // "the ACR’s (ACR) Data Science Institute": the acronym may follow the
          // possessive.
          RelationRule.of(
              "lead-possessive",
              Predicate.LEADS,
              "s",
              "o",
              "{O:s}['’]s?(?:\\s*\\(⟦O\\d+⟧\\))?\\s+(?:(?:new|own|newly established|annual|popular|first|flagship|recent|latest)\\s+)?{IE:o}"),
          RelationRule.of(
              "meeting-of",
              Predicate.LEADS,
              "s",
              "o",
              "{IE:o}\\s+(?:is|was|will be)\\s+(?:the|an?)\\s+(?:[\\p{IsL}-]+\\s+){0,3}(?:meeting|congress|conference|symposium|program|programme|initiative|project|campaign|platform|registry)\\s+of\\s+{_}{O:s}"),
          RelationRule.of("symposium-of", Predicate.LEADS, "s", "o", "{E:o}\\s+of\\s+the\\s+{O:s}"),
          RelationRule.of(
              "held-event-noun",
              RuleParts::leadsUnlessCo,
              "s",
              "o",
              "{O:s}\\s+"
                  + RuleParts.AUX
                  + "(?<verb>held|hosted|organi[sz]ed|co-organi[sz]ed|co-hosted|convened|ran|conducted|launched|staged)\\s+(?:again\\s+)?{_}(?:[\\p{IsL}-]+\\s+){0,4}?"
                  + EVENT_NOUN
                  + "\\s+(?:on\\s+the\\s+(?:theme|topic)\\s+of\\s+|titled\\s+|entitled\\s+|called\\s+|named\\s+|on\\s+)?[‘“\"]?{E:o}"));
}
