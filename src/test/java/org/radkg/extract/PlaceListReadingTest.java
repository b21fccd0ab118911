package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every place of a list after a locating phrase is where its subject is, on sentences written for the purpose. */
class PlaceListReadingTest {
  private static final String ESR = "ESR - European Society of Radiology";

  @Test
  void officesListedAfterTheHeadquartersAreTheOrganizationsToo() {
    List<String> r = TestArticles.newsItem(ESR,
        "The Lakeshore Imaging Institute is headquartered in Oslo, Norway, and has offices in Lyon, France; Porto, Portugal; and Turku, Finland.");
    assertHas(r, "Lakeshore Imaging Institute | LOCATION | Oslo", "Lakeshore Imaging Institute | LOCATION | Norway",
        "Lakeshore Imaging Institute | LOCATION | Lyon", "Lakeshore Imaging Institute | LOCATION | France",
        "Lakeshore Imaging Institute | LOCATION | Porto", "Lakeshore Imaging Institute | LOCATION | Portugal",
        "Lakeshore Imaging Institute | LOCATION | Turku", "Lakeshore Imaging Institute | LOCATION | Finland");
  }

  @Test
  void citiesListedAfterTheirCountryAndAColonWithStateCodes() {
    List<String> r = TestArticles.newsItem(ESR,
        "The Nordic Congress of Imaging 2031 took place on June 3, 2031, in four cities in Brazil: Recife (PE), Curitiba (PR), Salvador (BA) and Fortaleza (CE).");
    assertHas(r, "Nordic Congress of Imaging 2031 | LOCATION | Brazil", "Nordic Congress of Imaging 2031 | LOCATION | Recife",
        "Nordic Congress of Imaging 2031 | LOCATION | Curitiba", "Nordic Congress of Imaging 2031 | LOCATION | Salvador",
        "Nordic Congress of Imaging 2031 | LOCATION | Fortaleza");
  }

  @Test
  void aCountryInParenthesesAfterTheCity() {
    List<String> r = TestArticles.newsItem(ESR, "The Nordic Congress of Imaging 2031 is held in Kampala (Uganda) at a large hotel.");
    assertHas(r, "Nordic Congress of Imaging 2031 | LOCATION | Kampala", "Nordic Congress of Imaging 2031 | LOCATION | Uganda");
  }

  @Test
  void aPlaceThatOwnsTheNextWordsEndsTheList() {
    List<String> r = TestArticles.newsItem(ESR,
        "The Nordic Congress of Imaging 2031 was held in Oslo, and Finland's largest hospital sent twenty radiographers.");
    assertHas(r, "Nordic Congress of Imaging 2031 | LOCATION | Oslo");
    assertFalse(r.contains("Nordic Congress of Imaging 2031 | LOCATION | Finland"), r.toString());
  }
}
