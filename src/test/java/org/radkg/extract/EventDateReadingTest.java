package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Start dates of days, weeks and meetings dated by a celebration, a relative clause or a bare date
 * after "held", on sentences written for the purpose.
 */
class EventDateReadingTest {
  private static final String ESR = "ESR - European Society of Radiology";

  @Test
  void aDateFrontedCelebrationDatesTheDayCelebrated() {
    assertHas(
        TestArticles.newsItem(
            ESR,
            "On Tuesday, October 14, 2031, the Nordic Society of Imaging will celebrate the first annual"
                + " World Sonography Day with events in many cities."),
        "World Sonography Day | START_DATE | 2031-10-14");
    assertHas(
        TestArticles.newsItem(
            ESR,
            "Friday 3 October 2031, the Nordic Society of Imaging joins its members in the celebration of the"
                + " first World Sonography Day."),
        "World Sonography Day | START_DATE | 2031-10-03");
  }

  @Test
  void aLaterOccurrenceDoesNotDateTheSeriesButThatYearsCelebration() {
    List<String> relations =
        TestArticles.newsItem(
            ESR,
            "Friday 3 October 2031, the Nordic Society of Imaging joins its members in the celebration of the"
                + " 5th World Sonography Day.");
    assertFalse(
        relations.stream().anyMatch(s -> s.startsWith("World Sonography Day | START_DATE")),
        relations.toString());
    assertHas(relations, "World Sonography Day 2031 | START_DATE | 2031-10-03");
  }

  @Test
  void aPassiveCelebrationDatesTheWeek() {
    assertHas(
        TestArticles.newsItem(
            ESR,
            "The first Nordic Sonography Week will be celebrated on 6-10 April 2031 across the region."),
        "Nordic Sonography Week | START_DATE | 2031-04-06");
  }

  @Test
  void aRelativeClauseDatesTheDayBeforeIt() {
    assertHas(
        TestArticles.newsItem(
            ESR, "This issue reports on the World Sonography Day, which was on October 3, 2031."),
        "World Sonography Day 2031 | START_DATE | 2031-10-03");
  }

  @Test
  void aBareDateAfterHeldIsTheMeetingsFirstDay() {
    assertHas(
        TestArticles.newsItem(
            ESR,
            "Awards will be presented at the Nordic Congress of Imaging 2031, to be held May 19–23, 2031, in Oslo."),
        "Nordic Congress of Imaging 2031 | START_DATE | 2031-05-19");
    assertHas(
        TestArticles.newsItem(
            ESR,
            "Many attended the Nordic Congress of Imaging 2031, held June 6-10, 2031 in Bergen."),
        "Nordic Congress of Imaging 2031 | START_DATE | 2031-06-06");
  }

  @Test
  void theMeetingOfANamedProjectTakesTheDateNotTheProject() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Closing Workshop of the Regional Project \u201cSafer Imaging for Africa\u201d (SIA) will take place"
                + " in Kampala from 3 to 5 June 2031 at the Grand Hotel.");
    assertFalse(
        r.stream().anyMatch(s -> s.startsWith("Safer Imaging for Africa | START_DATE")),
        r.toString());
  }

  @Test
  void anAsideAfterTheMeetingDoesNotHideItsDate() {
    assertHas(
        TestArticles.newsItem(
            ESR,
            "The 5th Nordic Congress of Imaging 2031 (2031 NCI) was held from 11–15 June 2031 in Bergen."),
        "Nordic Congress of Imaging 2031 | START_DATE | 2031-06-11");
  }

  @Test
  void aHeadingNamesTheMeetingAndItsDays() {
    assertHas(
        TestArticles.relations(
            ESR,
            "Nordic Congress of Imaging 2031 ~ 19-25 May 2031",
            "Bergen welcomes some 5000 delegates this spring."),
        "Nordic Congress of Imaging 2031 | START_DATE | 2031-05-19");
  }

  @Test
  void anAnniversaryIsNoStart() {
    assertNoStartDate(
        TestArticles.newsItem(
            ESR,
            "On October 14, 2031, the Nordic Society of Imaging celebrated the 10th anniversary of the World Sonography Day."));
  }

  private static void assertNoStartDate(List<String> relations) {
    assertFalse(relations.stream().anyMatch(s -> s.contains("START_DATE")), relations.toString());
  }

  @Test
  void aDayAfterTheVenueAndTownDatesTheEvent() {
    assertHas(
        TestArticles.newsItem(
            ESR,
            "The Harald Medal will be presented to Jane Roe at the 2031 Annual Congress of the Nordic"
                + " Society of Imaging at the Harbour Hotel in Turku, Finland, on April 7, 2031."),
        "Annual Congress of the Nordic Society of Imaging | START_DATE | 2031-04-07");
  }

  @Test
  void anAcronymYearAndCapitalizedHeadNameOneEditionThatTheSentencePlacesAndDates() {
    List<String> relations =
        TestArticles.newsItem(
            ESR,
            "The Nordic Society of Imaging (NSI) reports. The NSI 2031 Annual Convention will be held"
                + " in Turku on April 7, 2031.");
    assertHas(relations, "NSI Annual Convention 2031 | START_DATE | 2031-04-07");
    assertHas(relations, "NSI Annual Convention 2031 | LOCATION | Turku");
    assertFalse(
        relations.stream().anyMatch(s -> s.startsWith("Annual Convention 2031 |")),
        relations.toString());
  }
}
