package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A unit named by ordinary words with its owner after "of" ("the Executive Committee of ISVR") is
 * named as the owner names it ("ISVR Executive Committee"); a name whose "of" tail is no
 * organization keeps its name; a numbered unit keeps its number ("Working Group 7"), not a year
 * after it. Sentences written for the purpose.
 */
class OwnerAfterOfUnitsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The Icelandic Society of Vascular Radiology (ISVR) met. The Executive Committee of ISVR approved the plan. | ISVR Executive Committee
      The Icelandic Society of Vascular Radiology (ISVR) met. The Advisory Council of the ISVR met in June.       | ISVR Advisory Council
      """)
  void aUnitOfAnOrganizationTakesItsOwnersName(String paragraph, String expected) {
    List<String> orgs = TestArticles.organizationLabels(paragraph);
    assertTrue(orgs.contains(expected), orgs::toString);
    assertFalse(
        orgs.stream()
            .anyMatch(
                o -> o.startsWith("Executive Committee of") || o.startsWith("Advisory Council of")),
        orgs::toString);
  }

  @org.junit.jupiter.api.Test
  void aCommitteeOfAnAreaKeepsItsName() {
    List<String> orgs =
        TestArticles.organizationLabels("The Standing Committee of Radiation Safety met in May.");
    assertFalse(orgs.stream().anyMatch(o -> o.endsWith(" Standing Committee")), orgs::toString);
  }

  @org.junit.jupiter.api.Test
  void aNumberedUnitKeepsItsNumber() {
    List<String> orgs =
        TestArticles.organizationLabels(
            "The European Dosimetry Network (EUDONET) met. Participants of Working Group 7 at the EUDONET Annual Meeting spoke.");
    // Its owner is the section's society or the network; its own words end with its number.
    assertTrue(orgs.stream().anyMatch(o -> o.endsWith(" Working Group 7")), orgs::toString);
    assertTrue(
        TestArticles.phraseNames("The Working Group 2019 report was read.").stream()
            .noneMatch(n -> n.endsWith("2019")));
  }
}
