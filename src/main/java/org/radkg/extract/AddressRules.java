package org.radkg.extract;

import java.util.List;

/**
 * Location patterns for the address forms of news reports: an event held at a named venue followed
 * by its address ("at the Grieg Hall, Nygaardsparken, Bergen, Norway"), an institution given with
 * its place in parentheses after a speaker ("Dr. Ruiz (Fjord Hospital, Norway)"), a participant
 * table's country column ("3 Fjord Institute Partner Norway"), and a dateline city opening the
 * sentence about an event ("Bergen: The three-day congress was opened ...").
 */
final class AddressRules {
  private AddressRules() {}

  private static final String PLACE = "(?<p>⟦P\\d+⟧(?:,\\s*(?:the\\s+)?⟦P\\d+⟧)?)";
  // A venue's own name in capitalized words ("the Grieg Hall", "Novotel Hotel-HICC"), not a slot.
  static final String VENUE =
      "(?:the\\s+)?\\p{Lu}[\\p{IsL}'’&.-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{IsL}'’&.-]*){0,5}";
  // A district or town too small for the gazetteer between the venue and its city ("...,
  // Anushaktinagar, Mumbai").
  static final String LOCALITY = "(?:\\p{Lu}[\\p{IsL}-]+,\\s+)?";

  static final List<RelationRule> ALL =
      List.of(
          // "The congress was held on 6 May at the Grieg Hall, Nygaardsparken, Bergen, Norway": the
          // venue's address is the event's place.
          RelationRule.of(
              "held-at-venue-address",
              Predicate.LOCATION,
              "s",
              "p",
              "{IE:s}[^.;⟦⟧]{0,20}?\\b(?:held|hosted|taking place|takes place|took place|take place|staged|opened|began|begins|convened)"
                  + "(?:[^.;⟦⟧]|⟦D\\d+⟧){0,40}?\\sat\\s+"
                  + VENUE
                  + ",\\s+"
                  + LOCALITY
                  + PLACE),
          // "Dr. Lee Park (Fjord Medical Centre, Bergen)": a speaker's institution and its place,
          // in parentheses.
          RelationRule.of(
              "org-place-in-parens",
              Predicate.LOCATION,
              "s",
              "p",
              "\\(\\s*{O:s},\\s*" + PLACE + "\\s*\\)"),
          // "3  Fjord Institute for Imaging Research  Partner  Norway": a row of a project's
          // participant table names each
          // participant's country in its last column (after its role, or a tab or bar).
          RelationRule.of(
              "participant-row-country",
              Predicate.LOCATION,
              "s",
              "p",
              "^\\s*(?:\\d{1,3}[.)]?\\s+)?{O:s}(?:\\s+(?:Coordinator|Partner|Beneficiary|Associated\\s+Partner|Participant|Linked\\s+Third\\s+Party)\\s*[\\t|]?|\\s*[\\t|])\\s*(?<p>⟦P\\d+⟧)\\s*$"),
          // "Bergen: The three-day Nordic Congress was opened by ...": a dateline city is where the
          // event the sentence
          // reports takes place, unless the sentence names another place.
          RelationRule.of(
              "dateline-event",
              Predicate.LOCATION,
              "s",
              "p",
              "^\\s*"
                  + PLACE
                  + "\\s*[:—–]\\s+(?:[^.;⟦⟧]|⟦[DOHI]\\d+⟧){0,250}?{E:s}(?!(?:[^.;⟦]|⟦[^P])*⟦P)"));
}
