package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An event's name that closes on a society no dictionary knows ("the 44th Annual Meeting of the
 * Zentaro Society of Medical Physics (ZSMP)", "Congreso de la Asociación ...") names that society
 * and says it leads the event, on sentences written for the purpose.
 */
class UnlistedSocietyOwnerTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  private static ArticleFindings read(String paragraph) {
    return TestArticles.extract(SOC, "News in brief", paragraph);
  }

  private static List<String> organizations(ArticleFindings f) {
    return f.mentions().stream()
        .filter(m -> m.entity().primaryType().isOrganization())
        .map(
            m ->
                m.entity().label()
                    + (m.entity().acronym() == null ? "" : " /" + m.entity().acronym()))
        .distinct()
        .toList();
  }

  private static List<String> relations(ArticleFindings f) {
    return f.relations().stream()
        .filter(r -> r.object() instanceof Entity)
        .map(
            r ->
                r.subject().label() + " | " + r.predicate() + " | " + ((Entity) r.object()).label())
        .toList();
  }

  @Test
  void aSocietyClosingAnEventNameIsNamedWithTheAcronymAfterIt() {
    ArticleFindings f =
        read(
            "The Lakeside congress was held in conjunction with the 44th Annual Meeting of the"
                + " Zentaro Society of Medical Physics (ZSMP) in Osaka last spring.");
    List<String> orgs = organizations(f);
    assertTrue(orgs.contains("Zentaro Society of Medical Physics /ZSMP"), orgs::toString);
    TestArticles.assertHas(
        relations(f),
        "Zentaro Society of Medical Physics | LEADS | 44th Annual Meeting of the Zentaro Society of"
            + " Medical Physics");
  }

  @Test
  void aSocietyClosingACongressNamedInSpanish() {
    ArticleFindings f =
        read(
            "Los cursos se realizaron en Lima en paralelo al Congreso de la Asociación Andina de"
                + " Medicina Nuclear y Molecular, donde participaron muchos expertos de la región.");
    List<String> orgs = organizations(f);
    assertTrue(orgs.contains("Asociación Andina de Medicina Nuclear y Molecular"), orgs::toString);
  }

  @Test
  void aBoardOrADepartmentClosingAnEventNameIsNoSociety() {
    ArticleFindings f =
        read(
            "Members attended the Annual Meeting of the Executive Committee and the Spring Forum"
                + " of the Tarvo Department of Radiology in Bergen.");
    List<String> orgs = organizations(f);
    assertFalse(orgs.stream().anyMatch(o -> o.startsWith("Executive Committee")), orgs::toString);
    assertFalse(orgs.stream().anyMatch(o -> o.startsWith("Tarvo Department")), orgs::toString);
  }

  @Test
  void aLooselyWrittenNameOfTheArticlesSocietyIsThatSociety() {
    ArticleFindings f =
        read(
            "The Royal Kestrel and Tarva College of Radiologists (RKTCR) sent twelve delegates to"
                + " the 75th Annual Scientific Meeting of the Royal Kestrel and Tarva College of"
                + " Radiology in Perth.");
    List<String> orgs = organizations(f);
    assertFalse(
        orgs.stream().anyMatch(o -> o.startsWith("Royal Kestrel and Tarva College of Radiology")),
        orgs::toString);
    TestArticles.assertHas(
        relations(f),
        "Royal Kestrel and Tarva College of Radiologists | LEADS | 75th Annual Scientific Meeting"
            + " of the Royal Kestrel and Tarva College of Radiology");
  }
}
