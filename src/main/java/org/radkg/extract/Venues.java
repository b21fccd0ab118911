package org.radkg.extract;

import java.util.regex.Pattern;

/**
 * Tells a venue's name ("Cape Town International Convention Centre", "Forum Hall of the Prague Congress
 * Centre", "Grand Harbour Hotel") from an organization's or an event's: a building hosts events, it is
 * neither one, and the news names its city as the place.
 */
final class Venues {
  // "International Centre" alone also ends research centres' names ("Fogarty International Center"): not a venue head here.
  private static final Pattern VENUE = Pattern.compile(
      "\\b(?:(?:Congress|Convention|Conference|Exhibition|Exhibit|Events?|Trade|Expo|Fair)\\s+(?:Cent(?:er|re)|Hall|Halls|Palace|Complex|Grounds)|Hotel|Auditorium)$");

  private Venues() {}

  /** Whether {@code e} is named as a venue and not known to the reference data as anything else. */
  static boolean isVenue(Entity e, Lexicon lexicon) {
    return !e.is(EntityType.PERSON) && !e.primaryType().isPlace()
        && VENUE.matcher(e.label()).find() && lexicon.lookup(e.label()).isEmpty();
  }
}
