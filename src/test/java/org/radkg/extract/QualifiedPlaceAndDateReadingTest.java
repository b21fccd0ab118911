package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where an event or organization is when its place is qualified: a country in parentheses after the
 * city ("in Kampala (Uganda)"), the first unit of an affiliation chain before its city ("Fjord
 * Hospital, Nordland University, Bergen, Norway"), and an edition whose alias and owner stand
 * before its verb and whose venue is named after its city; when a day is celebrated ("celebrate
 * this year's World X Day on the 8th November 2031"); on sentences written for the purpose.
 */
class QualifiedPlaceAndDateReadingTest {
  private static final String ESR = "ESR - European Society of Radiology";

  @Test
  void aCountryInParenthesesAfterTheCityPlacesTheEventInBoth() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Baltic Imaging Summit 2031 will take place in Bergen (Norway) from 3 to 5 May 2031.");
    assertHas(
        r,
        "Baltic Imaging Summit 2031 | LOCATION | Bergen",
        "Baltic Imaging Summit 2031 | LOCATION | Norway");
  }

  @Test
  void theFirstUnitOfAnAffiliationChainIsInItsCity() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "Then Mara Quint, Department of Radiology at Fjordside Hospital, Nordland University,"
                + " Bergen, Norway, gave a lecture on cardiac imaging.");
    assertHas(
        r,
        "Fjordside Hospital | LOCATION | Bergen",
        "Fjordside Hospital | LOCATION | Norway",
        "Nordland University | LOCATION | Bergen");
  }

  @Test
  void anEditionsAliasAndOwnerBeforeItsVerbLeaveItsDateAndVenueCityReadable() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The 12th Nordic Imaging Congress (NIC) of the Nordic College of Radiologists (NCR) will be"
                + " held from 23-25 October 2031 at the Bergen Convention and Exhibition Centre.");
    assertHas(
        r,
        "Nordic Imaging Congress 2031 | LOCATION | Bergen",
        "Nordic Imaging Congress 2031 | START_DATE | 2031-10-23");
  }

  @Test
  void celebratingThisYearsDayOnADateDatesThatYearsDay() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "We encourage members to celebrate this year’s “World Imaging Day” on the 8th November 2031"
                + " as a branch.");
    assertHas(r, "World Imaging Day 2031 | START_DATE | 2031-11-08");
  }

  @Test
  void celebratingTheDaysSeriesOnAYearlessDateDoesNotDateTheSeries() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "Societies all over the world are ramping up to celebrate the International Day of Imaging"
                + " (IDoI) on November 8.");
    assertTrue(r.stream().noneMatch(f -> f.contains("START_DATE")), r::toString);
  }
}
