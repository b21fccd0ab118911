package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A unit that a job title names by ordinary words ("dean of the College of Medicine", "Director of
 * Clinical Services") is part of the title, not an organization, on sentences written for the
 * purpose.
 */
class TitledUnitsTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  private static ArticleFindings read(String paragraph) {
    return TestArticles.extract(SOC, "News in brief", paragraph);
  }

  private static List<String> organizations(ArticleFindings f) {
    return f.mentions().stream()
        .filter(m -> m.entity().primaryType().isOrganization())
        .map(m -> m.entity().label())
        .distinct()
        .toList();
  }

  private static List<String> relations(ArticleFindings f) {
    return f.relations().stream()
        .map(
            r ->
                r.subject().label()
                    + " | "
                    + r.predicate()
                    + " | "
                    + (r.object() instanceof Entity e
                        ? e.label()
                        : ((LiteralValue) r.object()).lexical()))
        .toList();
  }

  @Test
  void aCollegeInADeansTitleIsPartOfTheTitleAndTheUniversityIsTheAffiliation() {
    ArticleFindings f =
        read(
            "\"We are proud of our graduates,\" noted Prof. Khalid Zarif, dean of the College of"
                + " Medicine at Tarvo University, according to local media.");
    List<String> orgs = organizations(f);
    assertFalse(orgs.contains("College of Medicine"), orgs::toString);
    TestArticles.assertHas(
        relations(f),
        "Khalid Zarif | AFFILIATION | Tarvo University",
        "Khalid Zarif | JOB_TITLE | Dean of the College of Medicine");
  }

  @Test
  void servicesInADirectorsTitleAreNoOrganization() {
    ArticleFindings f =
        read(
            "The celebration brought together 300 radiographers and staff led by Dr. Victor Lane"
                + " (Director of Clinical Services) and 55 students from the region.");
    List<String> orgs = organizations(f);
    assertFalse(orgs.contains("Clinical Services"), orgs::toString);
    assertFalse(
        relations(f).stream().anyMatch(r -> r.contains("AFFILIATION | Clinical Services")),
        f.relations()::toString);
  }

  @Test
  void aSchoolNamedOutsideATitleIsStillAnOrganization() {
    List<String> orgs =
        organizations(
            read(
                "The Kestrel School of Medicine opened a new imaging suite in Bergen this spring."));
    assertTrue(orgs.contains("Kestrel School of Medicine"), orgs::toString);
  }
}
