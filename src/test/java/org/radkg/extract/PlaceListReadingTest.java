package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where an organization or event is, read from a list of places after a locating phrase, a relative
 * clause on the place, or a description as a place's own, on sentences written for the purpose.
 */
class PlaceListReadingTest {
  private static final String ESR = "ESR - European Society of Radiology";

  @Test
  void officesListedAfterTheHeadquartersAreTheOrganizationsToo() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Lakeshore Imaging Institute is headquartered in Oslo, Norway, and has offices in Lyon, France; Porto, Portugal; and Turku, Finland.");
    assertHas(
        r,
        "Lakeshore Imaging Institute | LOCATION | Oslo",
        "Lakeshore Imaging Institute | LOCATION | Norway",
        "Lakeshore Imaging Institute | LOCATION | Lyon",
        "Lakeshore Imaging Institute | LOCATION | France",
        "Lakeshore Imaging Institute | LOCATION | Porto",
        "Lakeshore Imaging Institute | LOCATION | Portugal",
        "Lakeshore Imaging Institute | LOCATION | Turku",
        "Lakeshore Imaging Institute | LOCATION | Finland");
  }

  @Test
  void citiesListedAfterTheirCountryAndAColonWithStateCodes() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Nordic Congress of Imaging 2031 took place on June 3, 2031, in four cities in Brazil: Recife (PE), Curitiba (PR), Salvador (BA) and Fortaleza (CE).");
    assertHas(
        r,
        "Nordic Congress of Imaging 2031 | LOCATION | Brazil",
        "Nordic Congress of Imaging 2031 | LOCATION | Recife",
        "Nordic Congress of Imaging 2031 | LOCATION | Curitiba",
        "Nordic Congress of Imaging 2031 | LOCATION | Salvador",
        "Nordic Congress of Imaging 2031 | LOCATION | Fortaleza");
  }

  @Test
  void aCountryInParenthesesAfterTheCity() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Nordic Congress of Imaging 2031 is held in Kampala (Uganda) at a large hotel.");
    assertHas(
        r,
        "Nordic Congress of Imaging 2031 | LOCATION | Kampala",
        "Nordic Congress of Imaging 2031 | LOCATION | Uganda");
  }

  @Test
  void aPlaceThatOwnsTheNextWordsEndsTheList() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Nordic Congress of Imaging 2031 was held in Oslo, and Finland's largest hospital sent twenty radiographers.");
    assertHas(r, "Nordic Congress of Imaging 2031 | LOCATION | Oslo");
    assertFalse(r.contains("Nordic Congress of Imaging 2031 | LOCATION | Finland"), r.toString());
  }

  @Test
  void aRelativeClauseOnThePlaceNamesWhatIsThere() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The society also wants to open a small office in Graz, Austria, where the Lakeshore Imaging Institute is located.");
    assertHas(
        r,
        "Lakeshore Imaging Institute | LOCATION | Graz",
        "Lakeshore Imaging Institute | LOCATION | Austria");
  }

  @Test
  void anOrganizationDescribedAsAPlacesOwnIsThere() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Lakeshore Imaging Institute, one of Norway's largest private imaging providers, has bought two clinics.");
    assertHas(r, "Lakeshore Imaging Institute | LOCATION | Norway");
  }

  @Test
  void thePlaceOfAnUnnamedMeetingIsNotItsOwners() {
    List<String> r =
        TestArticles.relations(
            ESR,
            "Notice about Postponement of the 40th Annual Meeting of the European Society of Radiology in Bergen and the Holding of an Online Forum",
            "The registration is open to all members.");
    assertFalse(r.contains("European Society of Radiology | LOCATION | Bergen"), r.toString());
    List<String> named =
        TestArticles.newsItem(
            ESR,
            "The society regrets the postponement of the 40th annual meeting of the European Society of Radiology in Bergen to next year.");
    assertFalse(
        named.contains("European Society of Radiology | LOCATION | Bergen"), named.toString());
    assertHas(
        TestArticles.newsItem(
            ESR, "Dr. Ana Ruiz of the Lakeshore Imaging Institute in Bergen spoke first."),
        "Lakeshore Imaging Institute | LOCATION | Bergen");
  }

  @Test
  void aUnitHousedByAHostIsInTheHostsCity() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The study is coordinated by the Fjord Institute for Imaging Research (FIIR), established by and headquartered at the European Society of Radiology in Graz, Austria.");
    assertHas(
        r,
        "Fjord Institute for Imaging Research | LOCATION | Graz",
        "Fjord Institute for Imaging Research | LOCATION | Austria");
  }
}
