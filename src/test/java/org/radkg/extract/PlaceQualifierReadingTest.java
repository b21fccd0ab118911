package org.radkg.extract;

import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where an event or organization is when its place is qualified: a country in parentheses after the
 * city ("in Kampala (Uganda)"), the first unit of an affiliation chain before its city ("Fjord
 * Hospital, Nordland University, Bergen, Norway"), and an edition whose alias and owner stand
 * before its verb and whose venue is named after its city; on sentences written for the purpose.
 */
class PlaceQualifierReadingTest {
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
}
