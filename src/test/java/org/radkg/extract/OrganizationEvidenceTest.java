package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationEvidenceTest {
  private static List<String> organizations(String paragraph) {
    return TestArticles.extract("Japan Radiological Society (JRS)", "Around the region", paragraph)
        .mentions()
        .stream()
        .map(Mention::entity)
        .filter(e -> e.primaryType().isOrganization())
        .map(Entity::label)
        .toList();
  }

  @Test
  void aRoleAfterAUnitsNameEndsTheNameNotTheUnit() {
    List<String> orgs =
        organizations(
            "\"We look forward to it,\" said JRS Radiographer Council Chair Haruto Sakamoto at the opening.");
    assertTrue(orgs.contains("JRS Radiographer Council"), orgs::toString);
  }

  @Test
  void aYearRightBeforeAUnitsNameIsPartOfItUnlessItDatesTheSentence() {
    List<String> orgs =
        organizations("We thank our dedicated 2026 JRS Congress Working Group for the programme.");
    assertTrue(orgs.contains("2026 JRS Congress Working Group"), orgs::toString);
    List<String> dated = organizations("In 2026 JRS Congress Working Group members met in Kobe.");
    assertTrue(dated.contains("JRS Congress Working Group"), dated::toString);
  }

  @Test
  void anAppositionSayingCompanyMakesAHeadlessNameAnOrganization() {
    List<String> orgs =
        organizations(
            "The society signed a contract with Zorvik Diagnostics, a Osaka-based company that builds scanners.");
    assertTrue(orgs.contains("Zorvik Diagnostics"), orgs::toString);
  }

  @Test
  void aCompassWordBeforeThePlaceAfterInIsNotPartOfTheName() {
    List<String> orgs =
        organizations("Dr. Aiko Mori leads Lakeshore Imaging Consultants in Northern Ohio.");
    assertTrue(orgs.contains("Lakeshore Imaging Consultants"), orgs::toString);
  }

  @Test
  void anUnknownCityBeforeItsCountryIsNotPartOfTheName() {
    List<String> orgs =
        organizations(
            "Dr. Aiko Mori heads imaging at Vardel Hospital in Ciudad Zorrillo, Mexico, since 2019.");
    assertTrue(orgs.contains("Vardel Hospital"), orgs::toString);
    List<String> kept =
        organizations("She joined the Centre for Excellence in Imaging, Japan's newest institute.");
    assertTrue(kept.contains("Centre for Excellence in Imaging"), kept::toString);
  }

  @Test
  void anUnknownAcronymListedAmongOrganizationsOrWherePeopleWorkIsAnOrganization() {
    List<String> orgs =
        organizations(
            "She is an honorary member of the American College of Radiology, the Japan"
                + " Radiological Society, ZQVIR and KXSR. The first scanner was built by Henrik Larsen at QTRX in 1971.");
    assertTrue(orgs.containsAll(List.of("ZQVIR", "KXSR", "QTRX")), orgs::toString);
  }

  @Test
  void aCommaAloneAfterAJournalsAcronymListsNothing() {
    List<String> orgs =
        organizations(
            "The trial was published in ZJMA, the American College of Radiology said on Monday.");
    assertTrue(!orgs.contains("ZJMA"), orgs::toString);
  }
}
