package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The organizations that a joint name writes as acronyms joined by a slash or a dash are named by
 * the article, on sentences written for the purpose (the acronyms are defined in the sentence, as a
 * dictionary would know them).
 */
class JointOwnersTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  private static List<String> organizations(String paragraph) {
    return TestArticles.extract(SOC, "News in brief", paragraph).mentions().stream()
        .filter(m -> m.entity().primaryType().isOrganization())
        .map(m -> m.entity().label())
        .distinct()
        .toList();
  }

  private static Lexicon lexicon(Entity... entities) {
    return new Lexicon(List.of(entities));
  }

  private static Entity society(String label, String acronym) {
    return new Entity(
        org.radkg.vocab.Slugs.of(label),
        label,
        acronym,
        new java.util.TreeSet<>(List.of(acronym)),
        java.util.EnumSet.of(EntityType.ORGANIZATION, EntityType.SOCIETY),
        new java.util.TreeSet<>(),
        null);
  }

  private static Mention event(String text, String label) {
    int at = text.indexOf(label);
    return new Mention(
        Entity.of(org.radkg.vocab.Slugs.of(label), label, EntityType.EVENT),
        at,
        at + label.length());
  }

  @Test
  void eachAcronymOfASlashedJointNameIsAnOrganizationNamed() {
    String text = "The KSR/TSMP Symposium on dose drew 300 people.";
    Lexicon lexicon =
        lexicon(
            society("Kestrel Society of Radiology", "KSR"),
            society("Tarvo Society of Medical Physics", "TSMP"));
    List<Mention> out =
        JointOwners.withJointOwners(text, List.of(event(text, "KSR/TSMP Symposium")), lexicon);
    List<String> labels = out.stream().map(m -> m.entity().label()).toList();
    assertEquals(
        List.of(
            "KSR/TSMP Symposium",
            "Kestrel Society of Radiology",
            "Tarvo Society of Medical Physics"),
        labels);
    assertEquals("TSMP", text.substring(out.get(2).begin(), out.get(2).end()));
  }

  @Test
  void aJointWithAPartNoOrganizationGoesByNamesNone() {
    String text = "A new KSR-CT Course opened.";
    Lexicon lexicon = lexicon(society("Kestrel Society of Radiology", "KSR"));
    List<Mention> out =
        JointOwners.withJointOwners(text, List.of(event(text, "KSR-CT Course")), lexicon);
    assertEquals(1, out.size());
  }

  @Test
  void aDashedJointMeetingInAnArticle() {
    List<String> orgs =
        organizations(
            "The Kestrel Society of Radiology (KSR) and the Tarvo Society of Medical Physics"
                + " (TSMP) signed an agreement in Bergen. The Joint Annual Meeting KSR-TSMP will"
                + " take place in Oslo next May.");
    assertTrue(orgs.contains("Kestrel Society of Radiology"), orgs::toString);
    assertTrue(orgs.contains("Tarvo Society of Medical Physics"), orgs::toString);
    assertFalse(orgs.stream().anyMatch(o -> o.contains("KSR-TSMP")), orgs::toString);
  }
}
