package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.radkg.vocab.Slugs;

/**
 * An edition also goes by its series' name with the edition's year, its owner spelled either way.
 */
class DatedEventAliasesTest {
  private static Entity entity(String label, String acronym, EntityType type) {
    return new Entity(
        Slugs.of(label),
        label,
        acronym,
        new TreeSet<>(),
        java.util.EnumSet.of(type),
        new TreeSet<>(),
        null);
  }

  private static Mention at(String text, String surface, Entity e) {
    int i = text.indexOf(surface);
    return new Mention(e, i, i + surface.length());
  }

  private static Relation startDate(Entity e, String date) {
    return new Relation(
        e, Predicate.START_DATE, LiteralValue.typed(date, "date"), new Evidence("", 0, 0));
  }

  @Test
  void anOrdinalEditionHeldInAYearIsAlsoTheSeriesWithThatYear() {
    String text =
        "The 14th Coastal Meeting of the Lagoon Society of Imaging was held in June 2031 in Lima.";
    Entity edition =
        entity("14th Coastal Meeting of the Lagoon Society of Imaging", null, EntityType.EVENT);
    List<Mention> m =
        new ArrayList<>(
            List.of(at(text, "Coastal Meeting of the Lagoon Society of Imaging", edition)));
    List<Relation> found =
        EventAliases.addDated(text, m, List.of(startDate(edition, "2031-06")), null);
    Set<String> alt = m.get(0).entity().altLabels();
    assertTrue(
        alt.contains("Coastal Meeting of the Lagoon Society of Imaging 2031"), alt::toString);
    assertEquals(
        "14th Coastal Meeting of the Lagoon Society of Imaging",
        m.get(0).entity().label(),
        "the label stays");
    assertEquals(
        alt, ((Entity) found.get(0).subject()).altLabels(), "the facts name the edition alike");
  }

  // The names a lone event labelled {@code label}, written as {@code surface}, gets in an article
  // of {@code year}.
  private static Set<String> undatedAliases(String text, String surface, String label, int year) {
    List<Mention> m =
        new ArrayList<>(List.of(at(text, surface, entity(label, null, EntityType.EVENT))));
    EventAliases.addDated(text, m, List.of(), year);
    return m.get(0).entity().altLabels();
  }

  @Test
  void anOrdinalEditionWithoutADateTakesTheArticlesYear() {
    Set<String> alt =
        undatedAliases(
            "On March 3, the 4th Delta Conference on Quiet Imaging opened in Oslo.",
            "Delta Conference on Quiet Imaging",
            "4th Delta Conference on Quiet Imaging",
            2033);
    assertTrue(alt.contains("Delta Conference on Quiet Imaging 2033"), alt::toString);
  }

  @Test
  void anUncountedEventWithoutADateAlsoTakesTheArticlesYear() {
    Set<String> alt =
        undatedAliases(
            "The Delta Conference on Quiet Imaging opened in Oslo.",
            "Delta Conference on Quiet Imaging",
            "Delta Conference on Quiet Imaging",
            2033);
    assertTrue(alt.contains("Delta Conference on Quiet Imaging 2033"), alt::toString);
  }

  @Test
  void anEventWithoutADateInAnArticleOfNoKnownYearGetsNoYear() {
    String text = "The Delta Conference on Quiet Imaging opened in Oslo.";
    List<Mention> m =
        new ArrayList<>(
            List.of(
                at(
                    text,
                    "Delta Conference on Quiet Imaging",
                    entity("Delta Conference on Quiet Imaging", null, EntityType.EVENT))));
    EventAliases.addDated(text, m, List.of(), null);
    assertTrue(m.get(0).entity().altLabels().isEmpty(), m.get(0).entity().altLabels()::toString);
  }

  // The names an event labelled {@code label}, written as {@code surface}, gets beside the society
  // LSI defined before it.
  private static Set<String> ownedAliases(String text, String surface, String label) {
    Entity owner = entity("Lagoon Society of Imaging", "LSI", EntityType.SOCIETY);
    Entity edition = entity(label, null, EntityType.EVENT);
    List<Mention> m =
        new ArrayList<>(
            List.of(at(text, "Lagoon Society of Imaging", owner), at(text, surface, edition)));
    EventAliases.addDated(text, m, List.of(), null);
    return m.get(1).entity().altLabels();
  }

  @Test
  void anAcronymEditionIsAlsoNamedWithItsOwnerSpelledOut() {
    Set<String> alt =
        ownedAliases(
            "The Lagoon Society of Imaging (LSI) thanked everyone who came to the 2031 LSI Congress.",
            "2031 LSI Congress",
            "LSI Winter Congress 2031");
    assertTrue(alt.contains("Lagoon Society of Imaging Congress 2031"), alt::toString);
    assertTrue(alt.contains("Lagoon Society of Imaging Winter Congress 2031"), alt::toString);
    assertTrue(alt.contains("LSI Congress 2031"), alt::toString);
  }

  @Test
  void aYearFormAnotherEntityAlreadyHasIsNotGiven() {
    String text =
        "The 9th Harbor Imaging Congress met; the Harbor Imaging Congress 2031 was its last.";
    Entity counted = entity("9th Harbor Imaging Congress", null, EntityType.EVENT);
    Entity other = entity("Harbor Imaging Congress 2031", null, EntityType.EVENT);
    List<Mention> m =
        new ArrayList<>(
            List.of(
                at(text, "Harbor Imaging Congress", counted),
                at(text, "Harbor Imaging Congress 2031", other)));
    EventAliases.addDated(text, m, List.of(startDate(counted, "2031")), null);
    assertFalse(
        m.get(0).entity().altLabels().contains("Harbor Imaging Congress 2031"),
        m.get(0).entity().altLabels()::toString);
  }

  @Test
  void anOrdinalEditionIsNamedWithItsOwnerSpelledEitherWayBeforeOrAfterItsHead() {
    Set<String> alt =
        ownedAliases(
            "The Lagoon Society of Imaging (LSI) held the LSI's 51st Annual Meeting.",
            "Annual Meeting",
            "51st Lagoon Society of Imaging Annual Meeting");
    assertTrue(alt.contains("51st LSI Annual Meeting"), alt::toString);
    assertTrue(alt.contains("51st Annual Meeting of the Lagoon Society of Imaging"), alt::toString);
    Set<String> after =
        ownedAliases(
            "The Lagoon Society of Imaging (LSI) held its 3rd Winter Meeting of the Lagoon Society of Imaging.",
            "Winter Meeting of the Lagoon Society of Imaging",
            "3rd Winter Meeting of the Lagoon Society of Imaging");
    assertTrue(
        after.contains("3rd LSI Winter Meeting")
            && after.contains("3rd Lagoon Society of Imaging Winter Meeting"),
        after::toString);
  }

  @Test
  void anOwnerWrittenByItsAcronymAfterOfTheIsSpelledOutToo() {
    String text =
        "The Lagoon Society of Imaging (LSI) invites you to the 12th Winter Meeting of the LSI 2031 in Lima.";
    Entity owner = entity("Lagoon Society of Imaging", "LSI", EntityType.SOCIETY);
    List<Mention> m =
        new ArrayList<>(
            List.of(
                at(text, "Lagoon Society of Imaging", owner),
                at(
                    text,
                    "Winter Meeting of the LSI 2031",
                    entity("Winter Meeting of the LSI 2031", null, EntityType.EVENT))));
    EventAliases.add(text, m);
    EventAliases.addDated(text, m, List.of(), null);
    Set<String> alt = m.get(1).entity().altLabels();
    assertTrue(alt.contains("Winter Meeting of the Lagoon Society of Imaging 2031"), alt::toString);
    assertTrue(alt.contains("12th Winter Meeting of the Lagoon Society of Imaging"), alt::toString);
  }

  @Test
  void aShortNameWithAYearInParenthesesDatesAnOrdinalEdition() {
    String text =
        "The 42nd Annual Conference of the Lagoon Society (LASCON-2031) opened on Thursday.";
    Entity edition = entity("42nd Annual Conference of the Lagoon Society", null, EntityType.EVENT);
    List<Mention> m =
        new ArrayList<>(List.of(at(text, "42nd Annual Conference of the Lagoon Society", edition)));
    EventAliases.add(text, m);
    EventAliases.addDated(text, m, List.of(), null);
    Set<String> alt = m.get(0).entity().altLabels();
    assertTrue(alt.contains("LASCON-2031"), alt::toString);
    assertTrue(alt.contains("Annual Conference of the Lagoon Society 2031"), alt::toString);
  }

  @Test
  void anEditionCountedTheWayOtherLanguagesWriteItIsAlsoTheSeriesWithItsYear() {
    String text = "Il 45° Congresso della Società Lagunare si è svolto a Torino nel giugno 2031.";
    Entity edition = entity("45° Congresso della Società Lagunare", null, EntityType.EVENT);
    List<Mention> m =
        new ArrayList<>(List.of(at(text, "45° Congresso della Società Lagunare", edition)));
    EventAliases.addDated(text, m, List.of(startDate(edition, "2031-06")), null);
    Set<String> alt = m.get(0).entity().altLabels();
    assertTrue(alt.contains("Congresso della Società Lagunare 2031"), alt::toString);
  }
}
