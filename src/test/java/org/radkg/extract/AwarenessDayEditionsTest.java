package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dated day of a yearly campaign is part of the campaign when the article tells of the campaign
 * itself (its founding or its recurrence), on sentences written for the purpose.
 */
class AwarenessDayEditionsTest {
  private static final String SOC = "Lakeland Society of Sonography (LSS)";

  @Test
  void aDayOfACampaignWhoseFoundingIsToldIsPartOfIt() {
    List<String> found =
        TestArticles.newsItem(
            SOC,
            "World Sonography Day was established by the Lakeland Society of Sonography in 2025. "
                + "World Sonography Day 2031 will focus on children.");
    TestArticles.assertHas(found, "World Sonography Day 2031 | PART_OF | World Sonography Day");
  }

  @Test
  void aDayOfACampaignCountedAsAnnualIsPartOfIt() {
    List<String> found =
        TestArticles.newsItem(
            SOC,
            "Clinics in nine countries joined the fifth annual World Sonography Day (WSD). "
                + "World Sonography Day 2031 will focus on children.");
    TestArticles.assertHas(found, "World Sonography Day 2031 | PART_OF | World Sonography Day");
  }

  @Test
  void aCelebrationOfTheDayAloneIsThatYearsDayNotTheCampaign() {
    List<String> found =
        TestArticles.newsItem(
            SOC,
            "Members joined the celebration of World Sonography Day on 7 November. "
                + "World Sonography Day 2031 will focus on children.");
    assertTrue(found.stream().noneMatch(r -> r.contains("PART_OF")), found::toString);
  }
}
