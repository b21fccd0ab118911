package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** One event edition carries every name its article gives it; two editions never share one. */
class EventAliasesTest {
  private static Entity event(String label, String acronym) {
    Entity e = Entity.of(org.radkg.vocab.Slugs.of(label), label, EntityType.EVENT);
    return new Entity(e.slug(), e.label(), acronym, new TreeSet<>(), e.types(), e.sameAs(), null);
  }

  // Each written name is a mention of the entity given beside it.
  private static List<Mention> aliased(String text, Object... surfaceThenEntity) {
    List<Mention> mentions = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < surfaceThenEntity.length; i += 2) {
      String surface = (String) surfaceThenEntity[i];
      int at = text.indexOf(surface, from);
      mentions.add(new Mention((Entity) surfaceThenEntity[i + 1], at, at + surface.length()));
      from = at + surface.length();
    }
    EventAliases.add(text, mentions);
    return mentions;
  }

  @Test
  void anEditionNamedByItsOrdinalKeepsThatNameBesideItsYearForm() {
    Entity edition = event("Lagoon Radiology Congress 2031", null);
    List<Mention> m =
        aliased(
            "Delegates met at the 9th Lagoon Radiology Congress in Lima.",
            "Lagoon Radiology Congress",
            edition);
    assertEquals("Lagoon Radiology Congress 2031", m.get(0).entity().label());
    assertTrue(
        m.get(0).entity().altLabels().contains("9th Lagoon Radiology Congress"),
        m.get(0).entity().altLabels()::toString);
  }

  @Test
  void anOwnedEditionAlsoGoesByItsWrittenNameWithItsYear() {
    Entity owned = event("HSRT Winter Imaging Congress 2032", null);
    List<Mention> m =
        aliased(
            "A pact was signed at the 12th Winter Imaging Congress in Nara.",
            "Winter Imaging Congress",
            owned);
    Set<String> alt = m.get(0).entity().altLabels();
    assertTrue(alt.contains("Winter Imaging Congress 2032"), alt::toString);
    assertTrue(alt.contains("12th Winter Imaging Congress"), alt::toString);
  }

  @Test
  void anAcronymEditionWrittenGluedIsAlsoNamedGlued() {
    Entity edition = event("PRC 2033", "PRC 2033");
    List<Mention> m = aliased("The organizers of PRC2033 met.", "PRC2033", edition);
    assertTrue(
        m.get(0).entity().altLabels().contains("PRC2033"), m.get(0).entity().altLabels()::toString);
  }

  @Test
  void aShortGenericWrittenNameGetsNoYearForm() {
    Entity owned = event("HSRT World Congress 2032", null);
    List<Mention> m =
        aliased("Members met at the World Congress in Nara.", "World Congress", owned);
    assertFalse(
        m.get(0).entity().altLabels().contains("World Congress 2032"),
        m.get(0).entity().altLabels()::toString);
  }

  @Test
  void aNameTwoEditionsWouldShareIsGivenToNeither() {
    Entity a = event("Lagoon Radiology Congress 2031", null);
    Entity b = event("Lagoon Radiology Congress 2032", null);
    List<Mention> m =
        aliased(
            "The 9th Lagoon Radiology Congress of 2031 and the 9th Lagoon Radiology Congress of 2032 were both planned.",
            "Lagoon Radiology Congress",
            a,
            "Lagoon Radiology Congress",
            b);
    assertTrue(m.get(0).entity().altLabels().isEmpty(), m.get(0).entity().altLabels()::toString);
    assertTrue(m.get(1).entity().altLabels().isEmpty(), m.get(1).entity().altLabels()::toString);
  }

  @Test
  void anEditionGivenTwoOrdinalsTakesNeither() {
    Entity edition = event("Lagoon Radiology Congress 2031", null);
    List<Mention> m =
        aliased(
            "The 8th Lagoon Radiology Congress and the 9th Lagoon Radiology Congress differ.",
            "Lagoon Radiology Congress",
            edition,
            "Lagoon Radiology Congress",
            edition);
    assertTrue(m.get(0).entity().altLabels().isEmpty(), m.get(0).entity().altLabels()::toString);
  }

  @Test
  void anEditionWrittenAsItsSeriesGoesByThatNameToo() {
    Entity edition = event("Lagoon Radiography Day 2031", null);
    List<Mention> m =
        aliased(
            "Members celebrated Lagoon Radiography Day with open clinics.",
            "Lagoon Radiography Day",
            edition);
    assertTrue(
        m.get(0).entity().altLabels().contains("Lagoon Radiography Day"),
        m.get(0).entity().altLabels()::toString);
  }

  @Test
  void theSeriesNameStaysTheSeriesWhenTheArticleNamesTheSeriesToo() {
    Entity series = event("Lagoon Radiography Day", null);
    Entity edition = event("Lagoon Radiography Day 2031", null);
    List<Mention> m =
        aliased(
            "Lagoon Radiography Day is held every year; Lagoon Radiography Day drew crowds.",
            "Lagoon Radiography Day",
            series,
            "Lagoon Radiography Day",
            edition);
    assertFalse(
        m.get(1).entity().altLabels().contains("Lagoon Radiography Day"),
        m.get(1).entity().altLabels()::toString);
  }
}
