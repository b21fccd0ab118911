package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwarenessDayTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Global Sonography Day",
        "International Day of Nuclear Medicine",
        "World Kidney Day",
        "Breast Imaging Awareness Week",
        "National Radiologic Technology Month"
      })
  void anAwarenessDayWeekOrMonthIsAnInitiative(String name) {
    assertEquals(Set.of(EntityType.INITIATIVE), new NameClassifier().classify(name).orElseThrow());
  }

  @Test
  void theYearBesideAnAwarenessDayNamesThatYearsCelebrationAnEvent() {
    Entity day =
        new Entity(
            "world-kidney-day",
            "World Kidney Day",
            null,
            new TreeSet<>(),
            EnumSet.of(EntityType.INITIATIVE),
            new TreeSet<>(),
            null);
    String text = "Clinics marked World Kidney Day 2021 with free scans.";
    int at = text.indexOf("World");
    List<Mention> found =
        new EventFinder(new Lexicon(List.of(day)))
            .find(
                text,
                0,
                text.length(),
                List.of(new Mention(day, at, at + "World Kidney Day".length())));
    assertEquals(1, found.size());
    assertEquals("World Kidney Day 2021", found.get(0).entity().label());
    assertEquals(EntityType.EVENT, found.get(0).entity().primaryType());
  }
}
