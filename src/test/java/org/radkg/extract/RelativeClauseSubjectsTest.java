package org.radkg.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A relative clause set off by a comma after a name says what the name's entity does. */
class RelativeClauseSubjectsTest {
  private static final String ESR = "European Society of Radiology (ESR)";

  @Test
  void anOrganizationHoldingAnEventInARelativeClauseLeadsIt() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Radiological Society of South Africa, which is holding the Coastal Imaging"
                + " Congress 2031 from Thursday, expects 500 delegates.");
    TestArticles.assertHas(
        r, "Radiological Society of South Africa | LEADS | Coastal Imaging Congress 2031");
  }

  @Test
  void anInitiativeCoordinatedByABodyInARelativeClauseIsLedByIt() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Bright Start Program, which is coordinated by the Radiological Society of South"
                + " Africa, trains 50 radiographers a year.");
    TestArticles.assertHas(
        r, "Radiological Society of South Africa | LEADS | Bright Start Program");
  }
}
