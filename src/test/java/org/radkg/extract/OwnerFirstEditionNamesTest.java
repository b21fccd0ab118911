package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.radkg.vocab.Slugs;

/**
 * An edition named "Series of the Owner", whose owner the article names without an acronym, also
 * goes by "Owner Series year", as annotators name it.
 */
class OwnerFirstEditionNamesTest {
  private static Entity entity(String label, EntityType type) {
    return new Entity(
        Slugs.of(label), label, null, new TreeSet<>(), EnumSet.of(type), new TreeSet<>(), null);
  }

  private static Mention at(String text, String surface, Entity e) {
    int i = text.indexOf(surface);
    return new Mention(e, i, i + surface.length());
  }

  private static Relation startDate(Entity e, String date) {
    return new Relation(
        e, Predicate.START_DATE, LiteralValue.typed(date, "date"), new Evidence("", 0, 0));
  }

  // The names the 9th Winter Congress gets when the article also mentions {@code owner}.
  private static Set<String> aliases(String text, Entity owner) {
    Entity edition =
        entity("9th Winter Congress of the Tarvo Society of Imaging", EntityType.EVENT);
    List<Mention> m = new ArrayList<>();
    m.add(at(text, "Winter Congress of the Tarvo Society of Imaging", edition));
    if (owner != null) {
      m.add(at(text, owner.label(), owner));
    }
    EventAliases.addDated(text, m, List.of(startDate(edition, "2031-02-03")), null);
    return m.get(0).entity().altLabels();
  }

  @Test
  void anEditionOfASocietyWithoutAcronymIsAlsoNamedOwnerFirstWithItsYear() {
    String text =
        "The 9th Winter Congress of the Tarvo Society of Imaging opened on 3 February 2031 in"
            + " Lisbon; the Tarvo Society of Imaging expects 900 delegates.";
    Set<String> alt = aliases(text, entity("Tarvo Society of Imaging", EntityType.SOCIETY));
    assertTrue(alt.contains("Tarvo Society of Imaging Winter Congress 2031"), alt::toString);
    assertTrue(alt.contains("Winter Congress of the Tarvo Society of Imaging 2031"), alt::toString);
  }

  @Test
  void anOwnerTheArticleDoesNotNameAsAnOrganizationIsNotMovedFirst() {
    String text = "The 9th Winter Congress of the Tarvo Society of Imaging opened in 2031.";
    Set<String> alt = aliases(text, null);
    assertFalse(alt.contains("Tarvo Society of Imaging Winter Congress 2031"), alt::toString);
  }
}
