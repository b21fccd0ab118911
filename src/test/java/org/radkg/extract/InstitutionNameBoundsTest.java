package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bounds of institutions' names: an ordinal that counts the institution and a romanized name's
 * hyphenated syllable are part of the name; the members before it, the role after it and a partner
 * table's columns are not. Sentences written for the purpose.
 */
class InstitutionNameBoundsTest {
  private static List<String> names(String text) {
    return TestArticles.phraseNames(text);
  }

  private static List<String> organizations(String paragraph) {
    return TestArticles.organizationLabels(paragraph);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The First Affiliated Hospital of Harbin Medical University opened a unit. | First Affiliated Hospital of Harbin Medical University
      A team from the Second Xiangya Hospital took part.                          | Second Xiangya Hospital
      A paper by the Third Affiliated Hospital of Sun Yat-sen University won.   | Third Affiliated Hospital of Sun Yat-sen University
      First European Society of Imaging members met.                             | European Society of Imaging
      """)
  void anOrdinalAndARomanizedSyllableBelongToTheInstitutionsName(String text, String expected) {
    assertEquals(List.of(expected), names(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Member States of the Regional Energy Agency met in May.  | Regional Energy Agency
      Member Societies of the Andean Federation of Imaging voted. | Andean Federation of Imaging
      It helps all member States of the Regional Energy Agency.    | Regional Energy Agency
      """)
  void theMembersBeforeANameAreNotPartOfIt(String text, String expected) {
    assertEquals(List.of(expected), names(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      She served on the Program Committee as Chair of the society.       | Program Committee
      'The partners follow.\n1 Central Institute of Metrology Coordinator France' | Central Institute of Metrology
      'The partners follow.\n2 Velmar Metrology Institute Partner Poland'         | Velmar Metrology Institute
      The Northeast QRST Local Chapter met in May.                       | Northeast QRST Local Chapter
      """)
  void aRoleOrATablesColumnsAfterANameAreNotPartOfIt(String paragraph, String expected) {
    List<String> orgs = organizations(paragraph.replace("\\n", "\n"));
    // A unit may take its owner's acronym ("EFRS Program Committee"); its own words end where
    // expected.
    assertTrue(
        orgs.stream().anyMatch(o -> o.equals(expected) || o.endsWith(" " + expected)),
        orgs::toString);
  }

  @org.junit.jupiter.api.Test
  void anAffiliationLineMakesNoOrganizationOfThePersonNorOfTheDepartmentOfItsInstitution() {
    List<String> orgs =
        organizations(
            "The plenary speech was delivered by Zhao Ke, Department of Radiology, The Second Xiangya "
                + "Hospital, Changsha, China. Then, Tang Yu, Department of Radiology at Nanjing Central Hospital, gave a lecture.");
    assertEquals(List.of("Second Xiangya Hospital", "Nanjing Central Hospital"), orgs);
  }
}
