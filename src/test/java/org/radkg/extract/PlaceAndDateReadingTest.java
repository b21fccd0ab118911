package org.radkg.extract;

import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where an organization or event is and when an event takes place, on sentences written for the
 * purpose.
 */
class PlaceAndDateReadingTest {
  private static final String ESR = "ESR - European Society of Radiology";

  @Test
  void aPartOfAPlaceLocatesInThatPlace() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "Dr. Ana Ruiz, president of the Lakeshore Imaging Institute in Northwest Ohio, spoke first.");
    assertHas(r, "Lakeshore Imaging Institute | LOCATION | Ohio");
  }

  @Test
  void theCityThatHostsTheEventIsWhereItTakesPlace() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "Next month the city of Valencia will host the 9th Nordic Congress of Imaging 2031.");
    assertHas(r, "Nordic Congress of Imaging 2031 | LOCATION | Valencia");
  }

  @Test
  void anEventThatLastsFromADateStartsThen() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Nordic Congress of Imaging 2031 lasts from June 3-6, 2031, and registration is open.");
    assertHas(r, "Nordic Congress of Imaging 2031 | START_DATE | 2031-06-03");
  }

  @Test
  void theOwnerNamedAfterACongressDoesNotHideItsMonthAndPlace() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Nordic Congress of Imaging 2031 of the European Society of Radiology (ESR) in September in Bergen, Norway, marks a jubilee.");
    assertHas(
        r,
        "Nordic Congress of Imaging 2031 | LOCATION | Bergen",
        "Nordic Congress of Imaging 2031 | LOCATION | Norway",
        "Nordic Congress of Imaging 2031 | START_DATE | 2031-09");
  }

  @Test
  void aPlaceBasedOrganizationIsThere() {
    List<String> r =
        TestArticles.newsItem(ESR, "The Leeds-based Lakeshore Imaging Group joined the study.");
    assertHas(r, "Lakeshore Imaging Group | LOCATION | Leeds");
  }

  @Test
  void thatSameYearIsTheYearStatedLastAndWhoeverFoundsAProgramItStartsThen() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "Dr. Lee moved to Oslo in 2029 to set up a training unit. That same year, Lee founded the Fjord Imaging Outreach Program.");
    assertHas(r, "Fjord Imaging Outreach Program | START_DATE | 2029");
    assertHas(
        TestArticles.newsItem(
            ESR, "In 2027, a group of radiologists launched the Fjord Imaging Outreach Program."),
        "Fjord Imaging Outreach Program | START_DATE | 2027");
  }

  @Test
  void aTownTooSmallForTheGazetteerStillLeavesItsCountryAndDate() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Nordic Congress of Imaging 2031 in Skrunda, Latvia (June 3, 2031) offers a broad programme.");
    assertHas(
        r,
        "Nordic Congress of Imaging 2031 | LOCATION | Latvia",
        "Nordic Congress of Imaging 2031 | START_DATE | 2031-06-03");
  }

  @Test
  void peopleGatheredInAPlaceForAnEventAreWhereItTakesPlace() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "Some 900 delegates gathered in Tallinn, Estonia for the Nordic Congress of Imaging 2031.");
    assertHas(
        r,
        "Nordic Congress of Imaging 2031 | LOCATION | Tallinn",
        "Nordic Congress of Imaging 2031 | LOCATION | Estonia");
  }

  @Test
  void whereABodyOrProgramOperatesIsWhereItIs() {
    assertHas(
        TestArticles.newsItem(
            ESR,
            "Currently the Directorate of Radiation Safety is functioning in four states Kerala,"
                + " Mizoram and Tripura."),
        "Directorate of Radiation Safety | LOCATION | Kerala",
        "Directorate of Radiation Safety | LOCATION | Tripura");
    assertHas(
        TestArticles.newsItem(
            ESR,
            "The Imaging Access Programme is active in three countries: Kenya, Uganda and Ghana."),
        "Imaging Access Programme | LOCATION | Uganda");
  }
}
