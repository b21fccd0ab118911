package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where an organization or event is, read through the address forms of real news: a venue between
 * the event and its city, a province between a city and its country, a country written right after
 * its city, an affiliation in parentheses and a dateline; on sentences written for the purpose.
 */
class VenueAndAddressPlacesTest {
  private static final String ESR = "ESR - European Society of Radiology";

  @Test
  void aProvinceBetweenTheCityAndTheCountryDoesNotEndTheAddress() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Nordic Congress of Imaging 2031 was held from 4-6 May 2031 in Bergen, Vestland County, Norway.");
    assertHas(
        r,
        "Nordic Congress of Imaging 2031 | LOCATION | Bergen",
        "Nordic Congress of Imaging 2031 | LOCATION | Norway");
  }

  @Test
  void aCountryWrittenRightAfterItsCityIsStillAPlace() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "Dr. Ana Ruiz, who directs the Lakeshore Imaging Institute (a leading centre of Norway) in Bergen Norway, spoke first.");
    assertHas(
        r,
        "Lakeshore Imaging Institute | LOCATION | Bergen",
        "Lakeshore Imaging Institute | LOCATION | Norway");
  }

  @Test
  void anEventHeldAtAnInstitutionInACityIsInThatCity() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "On 3 June 2031, the Nordic Congress of Imaging 2031 began at the University of Bergen in Bergen, Norway.");
    assertHas(
        r,
        "Nordic Congress of Imaging 2031 | LOCATION | Bergen",
        "Nordic Congress of Imaging 2031 | LOCATION | Norway");
  }

  @Test
  void anEventHeldAtAVenueWithItsAddressIsInTheAddressedCity() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Nordic Congress of Imaging 2031 was held at the Grieg Hall, Nygaardsparken, Bergen, Norway, in June.");
    assertHas(
        r,
        "Nordic Congress of Imaging 2031 | LOCATION | Bergen",
        "Nordic Congress of Imaging 2031 | LOCATION | Norway");
  }

  @Test
  void aCityNamingItsConventionCentreIsStillTheCity() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Nordic Congress of Imaging 2031 was held at the Rotterdam Convention Centre last week.");
    assertHas(r, "Nordic Congress of Imaging 2031 | LOCATION | Rotterdam");
  }

  @Test
  void anAffiliationInParenthesesWithItsCountryPlacesTheInstitution() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "Lectures were given by Dr. Ana Ruiz (Lakeshore University Hospital, Norway) and Dr. Lee Park (Fjord Medical Centre, Bergen).");
    assertHas(
        r,
        "Lakeshore University Hospital | LOCATION | Norway",
        "Fjord Medical Centre | LOCATION | Bergen");
  }

  @Test
  void aSuperlativesScopeIsNotWhereTheEventTakesPlace() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Nordic Congress of Imaging 2031 is the leading annual imaging meeting in Europe.");
    assertFalse(r.contains("Nordic Congress of Imaging 2031 | LOCATION | Europe"), r.toString());
    assertHas(
        TestArticles.newsItem(
            ESR, "The Nordic Congress of Imaging 2031 opened last week in Bergen."),
        "Nordic Congress of Imaging 2031 | LOCATION | Bergen");
  }

  @Test
  void aParticipantTableRowGivesEachParticipantsCountry() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The consortium brings together the following participants.\n\n1 Fjord Institute for Imaging Research Coordinator Norway\n"
                + "2 Lakeshore University Hospital Partner Finland\n3 Baltic Medical Physics Laboratory Partner Estonia\n");
    assertHas(
        r,
        "Fjord Institute for Imaging Research | LOCATION | Norway",
        "Lakeshore University Hospital | LOCATION | Finland",
        "Baltic Medical Physics Laboratory | LOCATION | Estonia");
  }

  @Test
  void theDatelineCityIsWhereTheEventItOpensOnTakesPlace() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "Bergen: The three-day Nordic Congress of Imaging 2031 was opened by the minister of health on Friday.");
    assertHas(r, "Nordic Congress of Imaging 2031 | LOCATION | Bergen");
    List<String> elsewhere =
        TestArticles.newsItem(
            ESR,
            "Bergen: The society announced that the Nordic Congress of Imaging 2031 will be held in Oslo.");
    assertFalse(
        elsewhere.contains("Nordic Congress of Imaging 2031 | LOCATION | Bergen"),
        elsewhere.toString());
  }
}
