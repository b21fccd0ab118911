package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where and when an event takes place, read across a list of organizers in a passive, through a
 * place's dual name ("Naarm/Melbourne") and a city then its country each after "in", and not from a
 * bare year listed after an edition named with another year; an initiative's start year from its
 * period in parentheses; who leads a first edition celebrated and a program named in an apposition;
 * on sentences written for the purpose.
 */
class WhereAndWhenReadingTest {
  private static final String ESR = "ESR - European Society of Radiology";

  @Test
  void aListOfOrganizersDoesNotHideTheDateAndVenueAfterIt() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The 9th Nordic Conference on Imaging Physics 2031 (NCIP-2031) was jointly organized by the Fjord"
                + " Society of Physicists (FSP), the Nordic Imaging Alliance, the Baltic Radiology Society and"
                + " the Lakeshore Hospital during 6 to 9 May 2031 at Grieg Congress Hall, Solheimsviken, Bergen, Norway.");
    assertHas(
        r,
        "Nordic Conference on Imaging Physics 2031 | START_DATE | 2031-05-06",
        "Nordic Conference on Imaging Physics 2031 | LOCATION | Bergen",
        "Nordic Conference on Imaging Physics 2031 | LOCATION | Norway");
  }

  @Test
  void aCityAfterTheOrganizersAndTheDateIsTheEventsPlace() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Baltic Imaging Summit 2031 was hosted by the Fjord Society of Physicists and Lakeshore"
                + " Health on 12 June 2031 in Bergen.");
    assertHas(
        r,
        "Baltic Imaging Summit 2031 | START_DATE | 2031-06-12",
        "Baltic Imaging Summit 2031 | LOCATION | Bergen");
  }

  @Test
  void aPlacesDualNameIsReadAsThePlace() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Southern Imaging Congress 2031 will be held in Naarm/Melbourne on 3 October 2031.");
    assertHas(
        r,
        "Southern Imaging Congress 2031 | LOCATION | Melbourne",
        "Southern Imaging Congress 2031 | START_DATE | 2031-10-03");
  }

  @Test
  void twoGazetteerPlacesJoinedByASlashStayTwoPlaces() {
    List<String> r =
        TestArticles.newsItem(
            ESR, "The Southern Imaging Congress 2031 will move between Sydney/Melbourne in 2031.");
    assertFalse(
        r.stream().anyMatch(x -> x.contains("LOCATION | Melbourne") && !x.contains("Sydney")),
        r::toString);
  }

  @Test
  void aBareYearListedAfterAnEditionDoesNotDateIt() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "Our delegates attended the Nordic Congress of Imaging 2029, 2030 and several regional meetings.");
    assertFalse(r.contains("Nordic Congress of Imaging 2029 | START_DATE | 2030"), r::toString);
  }

  @Test
  void aCityThenItsCountryEachAfterInAreBothThePlace() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Nordic Learning Hub at the Fjord University Hospital in Bergen in Norway completed its"
                + " first year.");
    assertHas(
        r,
        "Fjord University Hospital | LOCATION | Bergen",
        "Fjord University Hospital | LOCATION | Norway");
  }

  @Test
  void organizationsCelebratingAFirstEditionLeadIt() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "This year, on October 3, the Nordic Society of Imaging (NSI), the Baltic Society of Radiology"
                + " (BSR) and the Fjord College of Radiographers will celebrate the first World Sonography"
                + " Day, along with many other societies.");
    assertHas(
        r,
        "Nordic Society of Imaging | LEADS | World Sonography Day",
        "Baltic Society of Radiology | LEADS | World Sonography Day",
        "Fjord College of Radiographers | LEADS | World Sonography Day");
  }

  @Test
  void organizationsCelebratingALaterEditionDoNotLeadIt() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "On October 3, the Nordic Society of Imaging and the Baltic Society of Radiology will celebrate"
                + " the fifth World Sonography Day.");
    assertFalse(r.stream().anyMatch(x -> x.contains(" | LEADS | ")), r::toString);
  }

  @Test
  void anOrganizationsProgramNamedInAnAppositionIsLedByIt() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The new grant will support the Nordic Society of Imaging’s program, “Imaging Access for"
                + " Rural Clinics,” aimed at improving care in remote regions.");
    assertHas(r, "Nordic Society of Imaging | LEADS | Imaging Access for Rural Clinics");
  }

  @Test
  void anInitiativesPeriodInParenthesesGivesItsStartYear() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "Within the regional project Nordic Radiopharmacy Capacity Project (2031-2034) the Society"
                + " trained forty pharmacists.");
    assertHas(r, "Nordic Radiopharmacy Capacity Project | START_DATE | 2031");
  }

  @Test
  void aLongHistoryInParenthesesIsNoStartYear() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Nordic Radiopharmacy Capacity Project (1990-2031) is described in a new book by the Society.");
    assertFalse(
        r.contains("Nordic Radiopharmacy Capacity Project | START_DATE | 1990"), r::toString);
  }
}
