package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A unit named by ordinary words with its owner after "of" ("the Executive Committee of ISVR") is named as
 * the owner names it ("ISVR Executive Committee"); a name whose "of" tail is no organization keeps its name.
 * Sentences written for the purpose.
 */
class OwnerAfterOfUnitsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Icelandic Society of Vascular Radiology (ISVR) met. The Executive Committee of ISVR approved the plan. | ISVR Executive Committee
      The Icelandic Society of Vascular Radiology (ISVR) met. The Advisory Council of the ISVR met in June.       | ISVR Advisory Council
      """)
  void aUnitOfAnOrganizationTakesItsOwnersName(String paragraph, String expected) {
    List<String> orgs = TestArticles.organizationLabels(paragraph);
    assertTrue(orgs.contains(expected), orgs::toString);
    assertFalse(orgs.stream().anyMatch(o -> o.startsWith("Executive Committee of") || o.startsWith("Advisory Council of")), orgs::toString);
  }

  @org.junit.jupiter.api.Test
  void aCommitteeOfAnAreaKeepsItsName() {
    List<String> orgs = TestArticles.organizationLabels("The Standing Committee of Radiation Safety met in May.");
    assertFalse(orgs.stream().anyMatch(o -> o.endsWith(" Standing Committee")), orgs::toString);
  }
}
