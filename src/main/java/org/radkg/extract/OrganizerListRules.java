package org.radkg.extract;

import java.util.List;

/**
 * Date and place patterns for an event whose passive names its organizers before them: "The 5th
 * Nordic Congress (NC-2031) was jointly organized by A (AA), B, C and D during 6 to 9 May 2031 at
 * the Fjord Hall, Solheim, Bergen, Norway" (a list of organizations, which the other date and place
 * patterns do not cross, stands between the event and its date and venue).
 */
final class OrganizerListRules {
  private OrganizerListRules() {}

  private static final String PLACE = "(?<p>⟦P\\d+⟧(?:,\\s*(?:the\\s+)?⟦P\\d+⟧)?)";
  private static final String ALIAS = "(?:\\s*\\((?:[^()⟦⟧.;]|⟦[DOE]\\d+⟧){1,60}\\))?";
  private static final String AGENT = "(?:the\\s+)?⟦O\\d+⟧(?:\\s*\\(⟦O\\d+⟧\\))?";
  // "organized by A (AA), B, C and D", "hosted by A & B".
  private static final String BY_AGENTS =
      "\\s+by\\s+"
          + AGENT
          + "(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)"
          + AGENT
          + "){0,8}";
  private static final String PASSIVE =
      "[\"”’]?"
          + ALIAS
          + ",?\\s+(?:(?:was|were|is|are|will\\s+be|has\\s+been|have\\s+been|being)\\s+)?"
          + "(?:(?:jointly|successfully|also|proudly)\\s+)?"
          + "(?:organi[sz]ed|co-organi[sz]ed|hosted|co-hosted|held|convened|staged)"
          + BY_AGENTS;
  private static final String WHEN = "\\s*,?\\s+(?:on|from|during|in|between)\\s+";

  static final List<RelationRule> ALL =
      List.of(
          RelationRule.of(
              "organizers-then-date",
              Predicate.START_DATE,
              "o",
              "d",
              "{E:o}" + PASSIVE + WHEN + "{D:d}"),
          // The venue's address or "in" a city after the organizers and the date.
          RelationRule.of(
              "organizers-then-place",
              Predicate.LOCATION,
              "s",
              "p",
              "{E:s}"
                  + PASSIVE
                  + "(?:"
                  + WHEN
                  + "⟦D\\d+⟧)?\\s*,?\\s+(?:at\\s+"
                  + AddressRules.VENUE
                  + ",\\s+"
                  + AddressRules.LOCALITY
                  + "|in\\s+)"
                  + PLACE));
}
