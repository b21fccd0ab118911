package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "the Federal Government", "the Executive Bureau" are generic mentions, not names. */
class DescriptiveNamesTest {
  @Test
  void aTwoWordDescriptionAfterTheIsNoOrganization() {
    List<String> found =
        TestArticles.organizationLabels(
            "The Corvena Radiographers Union urged the Federal Government to fund new scanners,"
                + " and the Executive Bureau agreed to write to the Minister.");
    assertFalse(found.contains("Federal Government"), found.toString());
    assertFalse(found.contains("Executive Bureau"), found.toString());
    assertTrue(found.contains("Corvena Radiographers Union"), found.toString());
  }

  @Test
  void aNameOfItsOwnStays() {
    List<String> found =
        TestArticles.organizationLabels(
            "The Corvena Radiographers Union wrote to the Marvane Statistics Bureau in May.");
    assertTrue(found.contains("Marvane Statistics Bureau"), found.toString());
  }

  @Test
  void ordinaryWordsAfterAOrAnDescribeAKindOfBody() {
    List<String> found =
        TestArticles.organizationLabels(
            "The Corvena Radiographers Union asked the ministry to establish a Radiology College"
                + " in Corvena, and a Tarvo Medical School study backed the plan.");
    assertFalse(found.contains("Radiology College"), found.toString());
    assertTrue(found.contains("Tarvo Medical School"), found.toString());
  }
}
