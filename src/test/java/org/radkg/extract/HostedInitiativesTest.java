package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.radkg.vocab.Slugs;

/**
 * An initiative written "at" the organization that runs it also goes by the owner-first name, and
 * is led by that organization.
 */
class HostedInitiativesTest {
  private static Entity entity(String label, String acronym, EntityType type) {
    return new Entity(
        Slugs.of(label), label, acronym, new TreeSet<>(), EnumSet.of(type), new TreeSet<>(), null);
  }

  private static Mention at(String text, String surface, Entity e) {
    int i = text.indexOf(surface);
    return new Mention(e, i, i + surface.length());
  }

  private static final Entity TARVO =
      entity("Tarvo University of Health Sciences", "TUHS", EntityType.ORGANIZATION);

  @Test
  void aProgramAtAnOrganizationIsNamedOwnerFirstAndLedByIt() {
    String text = "Donors sent new textbooks to the Radiology Residency Program at TUHS last year.";
    Entity program = entity("Radiology Residency Program", null, EntityType.INITIATIVE);
    List<Mention> m =
        new ArrayList<>(
            List.of(at(text, "Radiology Residency Program", program), at(text, "TUHS", TARVO)));
    List<Relation> leads = HostedInitiatives.name(text, m, List.of(new Span(0, text.length())));
    Set<String> alt = m.get(0).entity().altLabels();
    assertTrue(alt.contains("TUHS Radiology Residency Program"), alt::toString);
    assertTrue(
        alt.contains("Tarvo University of Health Sciences Radiology Residency Program"),
        alt::toString);
    assertEquals("Radiology Residency Program", m.get(0).entity().label(), "the label stays");
    assertEquals(1, leads.size());
    assertEquals(TARVO, leads.get(0).subject());
    assertEquals(Predicate.LEADS, leads.get(0).predicate());
  }

  @Test
  void aDayCelebratedAtAHospitalIsOnlyHeldThere() {
    String text = "Staff marked the Quiet Imaging Day at the Lindqvist Hospital with a fair.";
    Entity day = entity("Quiet Imaging Day", null, EntityType.INITIATIVE);
    Entity hospital = entity("Lindqvist Hospital", null, EntityType.ORGANIZATION);
    List<Mention> m =
        new ArrayList<>(
            List.of(at(text, "Quiet Imaging Day", day), at(text, "Lindqvist Hospital", hospital)));
    List<Relation> leads = HostedInitiatives.name(text, m, List.of(new Span(0, text.length())));
    assertTrue(leads.isEmpty());
    assertTrue(m.get(0).entity().altLabels().isEmpty());
  }

  @Test
  void aProgramHostedByTwoOrganizationsKeepsItsNames() {
    String text =
        "The Imaging Fellowship Program at TUHS grew; the Imaging Fellowship Program at the"
            + " Lindqvist Hospital did too.";
    Entity program = entity("Imaging Fellowship Program", null, EntityType.INITIATIVE);
    Entity hospital = entity("Lindqvist Hospital", null, EntityType.ORGANIZATION);
    int second = text.lastIndexOf("Imaging Fellowship Program");
    List<Mention> m =
        new ArrayList<>(
            List.of(
                at(text, "Imaging Fellowship Program", program),
                at(text, "TUHS", TARVO),
                new Mention(program, second, second + "Imaging Fellowship Program".length()),
                at(text, "Lindqvist Hospital", hospital)));
    List<Relation> leads = HostedInitiatives.name(text, m, List.of(new Span(0, text.length())));
    assertTrue(leads.isEmpty());
    assertTrue(m.get(0).entity().altLabels().isEmpty());
  }
}
