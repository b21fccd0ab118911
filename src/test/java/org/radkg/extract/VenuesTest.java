package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VenuesTest {
  private static final Lexicon LEXICON = new Lexicon(List.of());

  private static boolean venue(String label, EntityType type) {
    return Venues.isVenue(Entity.of(org.radkg.vocab.Slugs.of(label), label, type), LEXICON);
  }

  @Test
  void aBuildingThatHostsEventsIsAVenue() {
    assertTrue(venue("Harbour City International Convention Centre", EntityType.ORGANIZATION));
    assertTrue(venue("Blue Hall of the Nordic Congress Center", EntityType.EVENT));
    assertTrue(venue("Grand Fjord Hotel", EntityType.ORGANIZATION));
  }

  @Test
  void centresOfResearchAndEventsNamedAfterAHallAreNoVenues() {
    assertFalse(venue("Lindqvist International Center", EntityType.ORGANIZATION));
    assertFalse(venue("International Centre for Imaging Physics", EntityType.ORGANIZATION));
    assertFalse(venue("Nordic Imaging Congress", EntityType.EVENT));
  }
}
