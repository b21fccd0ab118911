package org.radkg.extract;

import java.util.List;

/**
 * Relation patterns that read who funds an initiative ("X-funded Y", "X-led Y", "a grant from X to
 * develop Y", "X awarded ... towards Y", "X funds Y") and which institution hosts it ("X was
 * selected as the next Y site", "as a site of Y, X", "Y opened at X"). Part of {@link
 * RelationRules#ALL}, in its order.
 */
final class FundingAndHostingRules {
  private FundingAndHostingRules() {}

  static final List<RelationRule> ALL =
      List.of(
          // --- funding
          RelationRule.of(
              "funded-compound", Predicate.FUNDS, "s", "o", "{O:s}-funded\\s+{_}{IE:o}"),
          RelationRule.of(
              "led-compound",
              Predicate.LEADS,
              "s",
              "o",
              "{O:s}-(?:led|run|organi[sz]ed|hosted|initiated)\\s+{_}{IE:o}"),
          RelationRule.of(
              "grant-to-develop",
              Predicate.FUNDS,
              "s",
              "o",
              "grant\\s+(?:by|from)\\s+[^.;]*?{O:s}(?:['’]s)?\\s+to\\s+(?:develop|create|establish|support|launch|build|fund|expand)\\s+{_}{IE:o}"),
          RelationRule.of(
              "grant-from-first",
              Predicate.FUNDS,
              "l",
              "o",
              "\\b(?:grant|grants|funding|support|donation)\\s+from\\s+{_}{OL:l},?\\s+{_}{IE:o}"),
          RelationRule.of(
              "grant-from-after",
              Predicate.FUNDS,
              "l",
              "o",
              "{IE:o}[^.;⟦⟧]{0,80}?\\b(?:thanks to|with|through|by|under)\\s+(?:a|an|the)?\\s*(?:[^\\s⟦⟧.;]+\\s+){0,3}?(?:grant|grants|funding|donation)\\s+(?:from|by)\\s+{_}{OL:l}"),
          RelationRule.of(
              "awarded-towards",
              Predicate.FUNDS,
              "s",
              "o",
              "{O:s}"
                  + RuleParts.SUBJ_TAIL
                  + "\\s+"
                  + RuleParts.AUX
                  + "(?:awarded|granted|committed|provided|pledged|contributed|donated|allocated)\\s+(?:[^.;⟦⟧]|\\.(?=\\d)){0,40}?\\b(?:to|towards|for)\\s+{_}{IE:o}"),
          RelationRule.of(
              "funds",
              Predicate.FUNDS,
              "s",
              "o",
              "{O:s}{g}\\b"
                  + RuleParts.AUX
                  + "(?:funds|funded|funding|finances|financed|co-funds|co-funded|provides funding for|provided funding for|awarded (?:a )?grants? (?:to|for))\\s+{_}{IE:o}"),
          // --- hosting
          RelationRule.of(
              "site-of",
              Predicate.HOSTS,
              "s",
              "o",
              "{O:s}(?:[^.;⟦⟧]|⟦P\\d+⟧){0,80}?\\b(?:will be|is|was|has been|were|becomes|became)\\s+(?:selected as |chosen as |named as |announced as )?(?:the )?(?:next |new |first |second |third |fourth |fifth |inaugural |latest )?{I:o}\\s*(?:host(?: location| site| institution)?|site|location)\\b"),
          RelationRule.of(
              "as-a-site",
              Predicate.HOSTS,
              "s",
              "o",
              "\\bas\\s+(?:a|an|the)\\s+{I:o},\\s+{_}{O:s}"),
          RelationRule.of(
              "opened-at",
              Predicate.HOSTS,
              "l",
              "o",
              "{I:o}\\s*(?:program |programme |site |centre |center )?"
                  + RuleParts.AUX
                  + "(?:launched|opened|started|open|launch|been established|established)\\b{gd}\\s+at\\s+{_}{OL:l}"));
}
