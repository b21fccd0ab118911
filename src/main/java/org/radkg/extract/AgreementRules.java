package org.radkg.extract;

import java.util.List;

/**
 * Relation patterns that read a collaboration between organizations from an agreement or a
 * partnership one of them states: "ESR signed two new memoranda of understanding, one with the
 * CBR", "RAD-AID assisted the hospital under a partnership with SNMMI". Both ends collaborate.
 */
final class AgreementRules {
  private AgreementRules() {}

  private static final String AUX =
      "(?:(?:has|have|had|will|would|is|was|were|are|been|be|also|recently|now|officially|formally)\\s+){0,3}";

  private static final String AGREEMENT =
      "(?:memorand(?:um|a)\\s+of\\s+understanding|MoUs?|agreements?|partnership\\s+agreements?|cooperation\\s+agreements?|collaboration\\s+agreements?|letters?\\s+of\\s+intent|accords?)";

  private static final String PARTNERSHIP_VERB =
      "(?:announce[sd]?|announcing|has|have|had|shares?|shared|enjoys?|enjoyed|maintains?|maintained|buil[dt]s?|form(?:s|ed)?|launch(?:es|ed)?|enter(?:s|ed)?\\s+into|establish(?:es|ed)?|expand(?:s|ed)?|renew(?:s|ed)?|deepen(?:s|ed)?|strengthen(?:s|ed)?|forge[sd]?|unveil(?:s|ed)?)";
  private static final String PARTNERSHIP =
      "(?:partnership|collaboration|alliance|cooperation|co-operation|joint\\s+venture)";

  // Between the organization and its verb: an acronym the text gives but no dictionary links
  // ("(ABFM)") and a
  // relative pronoun ("A, which maintains cooperation with ...").
  private static final String RELATIVE_SUBJECT =
      "(?:\\s*\\(\\p{Lu}[\\p{Lu}0-9&-]{1,11}\\))?(?:,?\\s+(?:which|that|who))?";
  // A group noun before the partners: "with medical societies such as A, B and C".
  private static final String PARTNER_GROUP =
      "(?:(?:[\\p{Ll}-]+\\s+){0,2}?(?:societies|organi[sz]ations|associations|institutions|institutes|partners|colleges|federations|universities|hospitals|companies|bodies|agencies)"
          + "\\s*,?\\s+(?:including|such\\s+as|like|namely)\\s+)?";

  static final List<RelationRule> ALL =
      List.of(
          // "ESR have signed two new memoranda of understanding (MoU), one with the CBR": numbers,
          // adjectives and plurals.
          RelationRule.of(
              "signed-agreements-with",
              Predicate.COLLABORATES_WITH,
              "a",
              "lb",
              "{O:a}\\s+"
                  + AUX
                  + "(?:signed|concluded|renewed|extended|entered\\s+into)\\s+(?:(?:a|an|the|two|three|four|several|new|formal|bilateral|strategic|official|\\d+)\\s+){0,3}"
                  + AGREEMENT
                  + "(?:\\s*\\([^()⟦⟧]{1,12}\\))?(?:,\\s+(?:one|the\\s+first|the\\s+second|the\\s+other)|\\s+\\([^()⟦⟧]{0,20}\\))?\\s+with\\s+{_}{OL:lb}"),
          // "RAD-AID radiologists have assisted the hospital under a partnership with SNMMI": the
          // sentence's first
          // organization (its subject, not the one assisted) and the partner.
          RelationRule.of(
              "under-partnership-with",
              Predicate.COLLABORATES_WITH,
              "a",
              "lb",
              "(?<!⟦O\\d{1,3}⟧[^.;]{0,200}){O:a}(?:[^.;⟦⟧]|⟦[OPD]\\d+⟧){0,100}?\\b(?:under|through|via|within)\\s+(?:a|an|the|its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?"
                  + "(?:partnership|collaboration|cooperation|alliance|"
                  + AGREEMENT
                  + ")\\s+with\\s+{_}{OL:lb}"),
          // "ACR Announces Partnership With RAD-AID", "the EANM has formed a strategic alliance
          // with the SNMMI".
          RelationRule.of(
              "announced-partnership-with",
              Predicate.COLLABORATES_WITH,
              "a",
              "lb",
              "{O:a}"
                  + RELATIVE_SUBJECT
                  + "\\s+"
                  + AUX
                  + PARTNERSHIP_VERB
                  + "\\s+(?:(?:a|an|its|their|the)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?"
                  + PARTNERSHIP
                  + "\\s+with\\s+"
                  + PARTNER_GROUP
                  + "{_}{OL:lb}"),
          // "ESR and ERS announce a new partnership": every two of them.
          RelationRule.of(
              "list-announced-partnership",
              Predicate.COLLABORATES_WITH,
              "l",
              "l",
              "{OL:l}\\s+"
                  + AUX
                  + PARTNERSHIP_VERB
                  + "\\s+(?:(?:a|an|their|the)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?"
                  + PARTNERSHIP
                  + "\\b(?!\\s+with\\b)"),
          // "The BMUS has very close links with the DSDU", "the JSRT maintains strong ties with the
          // TWSRT": standing relations.
          RelationRule.of(
              "ties-with",
              Predicate.COLLABORATES_WITH,
              "a",
              "lb",
              "{O:a}"
                  + RELATIVE_SUBJECT
                  + "\\s+"
                  + AUX
                  + "(?:has|have|had|maintains?|maintained|enjoys?|enjoyed|established|built|develop(?:s|ed)?|strengthen(?:s|ed)?|fostered|forged|deepened)\\s+"
                  + "(?:(?:very|close|closer|strong|stronger|long-standing|longstanding|good|excellent|formal|official|warm|special|historic|deep)\\s+){0,3}(?:links|ties|relations|relationships|bonds|connections)\\s+with\\s+"
                  + PARTNER_GROUP
                  + "{_}{OL:lb}"),
          // "A and B held a joint session on dosimetry", "A, B and C published a joint position
          // paper": every two of them.
          RelationRule.of(
              "list-joint-work",
              Predicate.COLLABORATES_WITH,
              "l",
              "l",
              "{OL:l}\\s+"
                  + AUX
                  + "(?:held|hold|holds|organi[sz]ed|organi[sz]es?|hosted|hosts?|published|publish(?:es)?|issued|issues?|released|launched|ran|run|developed|signed|co-authored|wrote|prepared)\\s+"
                  + "(?:(?:a|an|the|their|its|two|three|several|new|first)\\s+){0,2}joint\\s+\\p{Ll}"),
          // "the forthcoming AAPM/NCRP shielding reports", "an ESR–EFRS joint statement": a work
          // two organizations share.
          RelationRule.of(
              "slash-joint-work",
              Predicate.COLLABORATES_WITH,
              "a",
              "b",
              "{O:a}\\s*[/–-]\\s*{O:b}\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:partnership|collaboration|alliance|agreement|cooperation|joint|reports?|statements?|guidelines?|recommendations|paper|white\\s+paper|position|initiative|project|programme|program|symposium|workshop|course|task\\s+force|working\\s+group)\\b"));
}
