package org.radkg.extract;

import java.util.List;

/**
 * Relation patterns that read two or more organizations working together: "A collaborates with B",
 * "A signed an agreement with B", "in cooperation with B", "a partnership between A and B", "A, B
 * and C jointly ...". Part of {@link RelationRules#ALL}, in its order.
 */
final class CollaborationRules {
  private CollaborationRules() {}

  static final List<RelationRule> ALL =
      List.of(
          // --- collaboration between organizations
          RelationRule.of(
              "collaborates-with",
              Predicate.COLLABORATES_WITH,
              "a",
              "lb",
              "{O:a}\\s+"
                  + RuleParts.AUX
                  + "(?:continu(?:es|ing|ed)\\s+(?:its\\s+|their\\s+)?(?:collaboration|cooperation|partnership)|collaborat(?:ing|es|ed|e)|cooperat(?:ing|es|ed|e)|work(?:ing|s|ed)?|partner(?:ing|s|ed)?|teamed up|joined forces)(?:\\s+(?:closely|together|jointly|actively|intensively|successfully|hand in hand)){0,2}\\s+with\\s+{_}{OL:lb}"),
          // "SNMMI is supporting the CSNM in urging ...": one organization helping another
          // (not "supports the AMA's plan").
          RelationRule.of(
              "supports-organization",
              Predicate.COLLABORATES_WITH,
              "a",
              "lb",
              "{O:a}"
                  + RuleParts.SUBJ_TAIL
                  + "\\s+"
                  + RuleParts.AUX
                  + "(?:supporting|supports|supported|assisting|assists|assisted|helping|helps|helped)\\s+{_}{OL:lb}(?!\\s*['’]s?\\s)"),
          RelationRule.of(
              "signed-agreement",
              Predicate.COLLABORATES_WITH,
              "a",
              "b",
              "{O:a}\\s+and\\s+{_}{O:b}\\s+"
                  + RuleParts.AUX
                  + "(?:signed|concluded|renewed|agreed|reached|entered\\s+into)\\s+(?:a|an|the)\\s+(?:new\\s+)?(?:memorandum of understanding|MoU|agreement|partnership agreement|cooperation agreement|collaboration agreement|letter of intent)"),
          RelationRule.of(
              "with-which-signed",
              Predicate.COLLABORATES_WITH,
              "a",
              "b",
              "{O:b},\\s+with\\s+which\\s+{_}{O:a}\\s+"
                  + RuleParts.AUX
                  + "(?:signed|concluded|renewed|has|had|holds)\\s+(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:memorandum of understanding|MoU|agreement|partnership)"),
          RelationRule.of(
              "signed-agreement-with",
              Predicate.COLLABORATES_WITH,
              "a",
              "lb",
              "{O:a}\\s+"
                  + RuleParts.AUX
                  + "(?:signed|concluded|renewed)\\s+(?:a|an|the)\\s+(?:new\\s+)?(?:memorandum of understanding|MoU|agreement|partnership agreement|cooperation agreement|collaboration agreement|letter of intent)\\s+with\\s+{_}{OL:lb}"),
          RelationRule.of(
              "in-relations-with",
              Predicate.COLLABORATES_WITH,
              "a",
              "b",
              "{O:a}[^.;⟦⟧]{0,60}?\\bin\\s+(?:official\\s+|formal\\s+|close\\s+)?relations?\\s+with\\s+{_}{O:b}"),
          RelationRule.of(
              "in-cooperation-with",
              Predicate.COLLABORATES_WITH,
              "a",
              "lb",
              "{O:a},?\\s+(?:in\\s+(?:close\\s+)?(?:cooperation|collaboration|partnership|conjunction)|together|jointly)\\s+with\\s+{_}{OL:lb}"),
          RelationRule.of(
              "a-and-b-collaborate",
              Predicate.COLLABORATES_WITH,
              "l",
              "l",
              "{OL:l}\\s+"
                  + RuleParts.AUX
                  + "(?:collaborating|cooperating|partnering|working together|joined forces|teamed up|collaborate|cooperate|partner|agreed to (?:work together|collaborate|cooperate|partner))\\b"),
          RelationRule.of(
              "partnership-between",
              Predicate.COLLABORATES_WITH,
              "l",
              "l",
              "(?:partnership|collaboration|cooperation|joint venture|joint effort|alliance|agreement|memorandum of understanding|MoU)(?:\\s+(?:agreement|accord|memorandum))?(?:\\s*\\([^()⟦⟧]{1,12}\\))?"
                  // "a memorandum of understanding for academic exchange between A and B":
                  // its purpose may come first.
                  + "(?:\\s+(?:for|on|in|of)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?[\\p{Ll}-]+)?"
                  + "(?:\\s+(?:was\\s+|were\\s+|has been\\s+)?(?:signed|concluded|reached|agreed))?\\s+(?:between|by|among)\\s+{_}{OL:l}"),
          // "a joint statement by A, B and C", "This was a joint effort of A, B and C":
          // every two of them worked together.
          RelationRule.of(
              "joint-work-of",
              Predicate.COLLABORATES_WITH,
              "l",
              "l",
              "\\bjoint\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:effort|statement|initiative|project|venture|letter|report|paper|declaration|undertaking|programme|program|publication|recommendations?|guidelines?|work|campaign|position|consensus)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:of|by|from)\\s+{_}{OL:l}"),
          // "A, B and C jointly issued ...", "A and B together launched ...", "A, B and C
          // join forces".
          RelationRule.of(
              "list-acting-jointly",
              Predicate.COLLABORATES_WITH,
              "l",
              "l",
              "{OL:l}\\s+(?:(?:have|has|had|will|would|are|were)\\s+)?(?:(?:first\\s+|also\\s+|recently\\s+)?(?:jointly|together|collectively)\\s+\\p{Ll}+|join(?:ed|s|ing)?\\s+(?:forces|hands)|combined\\s+(?:their\\s+)?efforts|pooled\\s+(?:their\\s+)?(?:efforts|resources)|(?:came|come|comes|coming)\\s+together"
                  // "A and B first published a joint statement": what two or more make as
                  // one is their joint work.
                  + "|(?:(?:first|also|recently|have|has|had|will)\\s+){0,2}(?:published|issued|released|signed|launched|organi[sz]ed|developed|held|hosted|wrote|presented|submitted|created|prepared)\\s+(?:a|an|the|their)\\s+joint)\\b"),
          // "Together, the A, B and C will ...".
          RelationRule.of(
              "together-list",
              Predicate.COLLABORATES_WITH,
              "l",
              "l",
              "^(?:[^⟦⟧.;]{0,30}?,\\s+)?[Tt]ogether,\\s+{_}{OL:l}"),
          // "ISR's partners, including WHO, IAEA and IOMP": the society's named partners
          // work with it.
          RelationRule.of(
              "partners-including",
              Predicate.COLLABORATES_WITH,
              "a",
              "lb",
              "{O:a}['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:partners|collaborators|partner organi[sz]ations|sister societies|allies)\\s*,?\\s+(?:including|such as|like|namely|among them|:)\\s+{_}{OL:lb}"),
          // "our major collaboration with the ACR", "the CAR's partnership with the RSNA".
          RelationRule.of(
              "possessive-collaboration",
              Predicate.COLLABORATES_WITH,
              "a",
              "lb",
              "{O:a}(?:['’]s)?\\s+(?:(?:long-standing|longstanding|major|close|new|ongoing|strategic|successful|continued|fruitful|formal)\\s+){0,2}(?:collaboration|partnership|cooperation|alliance)\\s+with\\s+{_}{OL:lb}"));
}
