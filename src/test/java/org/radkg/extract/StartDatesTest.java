package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartDatesTest {
  private static final Evidence SENTENCE =
      new Evidence("The forum opens in 2031 (June 4-6).", 0, 35);

  private static Relation starts(Entity e, String value, String type) {
    return new Relation(e, Predicate.START_DATE, LiteralValue.typed(value, type), SENTENCE);
  }

  @Test
  void aStartDateThatAMorePreciseOneRefinesIsDropped() {
    Entity forum = Entity.of("lagoon-forum-2031", "Lagoon Forum 2031", EntityType.EVENT);
    Entity other = Entity.of("reef-forum-2031", "Reef Forum 2031", EntityType.EVENT);
    Relation year = starts(forum, "2031", "gYear");
    Relation day = starts(forum, "2031-06-04", "date");
    Relation month = starts(forum, "2031-06", "gYearMonth");
    Relation elsewhere = starts(other, "2031", "gYear");
    Relation differs = starts(forum, "2030", "gYear");
    assertEquals(
        List.of(day, elsewhere, differs),
        StartDates.mostPrecise(List.of(year, day, month, elsewhere, differs)));
  }
}
