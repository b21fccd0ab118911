package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An event's organizers and first day read from the sentences around its name, on sentences written
 * for the purpose: "It" continuing an event counted by its edition or named after a fronted date,
 * and a date-fronted or bare date after the event's taking place.
 */
class EventOrganizerReadingTest {
  private static final String ESR = "ESR - European Society of Radiology";

  @Test
  void itContinuesAnEventNamedAfterAFrontedDateAndAnOrdinal() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "On 3 June 2031, the 6th Nordic Conference on Imaging began at the University of Bergen."
                + " It was organised by the Nordic Society of Imaging in collaboration with the Baltic Radiological Society and the Icelandic Society of Radiology.");
    assertHas(
        r,
        "Nordic Society of Imaging | LEADS | 6th Nordic Conference on Imaging",
        "Baltic Radiological Society | PARTNERS_IN | 6th Nordic Conference on Imaging",
        "Icelandic Society of Radiology | PARTNERS_IN | 6th Nordic Conference on Imaging");
  }

  @Test
  void itContinuesAnEventCountedByItsEdition() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The 4th Nordic Conference on Imaging was held in Bergen, Norway."
                + " It was supported by the Baltic Radiological Society and the Icelandic Society of Radiology.");
    assertHas(
        r,
        "Baltic Radiological Society | PARTNERS_IN | 4th Nordic Conference on Imaging",
        "Icelandic Society of Radiology | PARTNERS_IN | 4th Nordic Conference on Imaging");
  }

  @Test
  void aDateFrontedOpeningDatesTheEvent() {
    assertHas(
        TestArticles.newsItem(
            ESR,
            "On 3 June 2031, the Nordic Conference on Imaging 2031 opened at the University of Bergen in Bergen, Norway."),
        "Nordic Conference on Imaging 2031 | START_DATE | 2031-06-03");
  }

  @Test
  void aDateFrontedActOfAnotherKindDoesNotDateTheEvent() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "On 3 June 2031, the Nordic Society of Imaging announced the Nordic Conference on Imaging 2032.");
    assertFalse(r.stream().anyMatch(s -> s.contains("START_DATE")), r.toString());
  }

  @Test
  void aBareDateAfterTookPlaceIsTheEventsFirstDay() {
    assertHas(
        TestArticles.newsItem(
            ESR,
            "Delegates met at the Nordic Conference on Imaging 2031, which took place 11-14 February 2031, in Bergen, Norway."),
        "Nordic Conference on Imaging 2031 | START_DATE | 2031-02-11");
  }

  @Test
  void anEventNameClosingOnItsOwnerIsLedByIt() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The Nordic Society of Imaging (NSI) thanks everyone who came to the 47th Congress of the Nordic Society"
                + " of Imaging in Oslo.");
    assertTrue(
        r.stream()
            .anyMatch(
                x ->
                    x.startsWith("Nordic Society of Imaging | LEADS | ") && x.contains("Congress")),
        r.toString());
    List<String> acronym =
        TestArticles.newsItem(
            ESR,
            "On behalf of the Nordic Society of Imaging (NSI), I thank all who came to the"
                + " Winter Meeting of the NSI 2031 in Oslo.");
    assertTrue(
        acronym.stream()
            .anyMatch(
                x ->
                    x.startsWith("Nordic Society of Imaging | LEADS | ")
                        && x.contains("Winter Meeting")),
        acronym.toString());
  }

  @Test
  void aDemonstrativeStandsForTheEventNamedBefore() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "Many came to the Nordic Conference on Imaging 2031 in Oslo."
                + " This conference was organised by the Baltic Radiological Society.");
    assertHas(r, "Baltic Radiological Society | LEADS | Nordic Conference on Imaging 2031");
  }

  @Test
  void aDateFrontedMomentAtAnEventDatesTheEvent() {
    assertHas(
        TestArticles.newsItem(
            ESR,
            "On 20 October 2031, a memorandum between two societies was signed at the 45th Nordic Autumn Congress 2031"
                + " in Bergen, Norway."),
        "Nordic Autumn Congress 2031 | START_DATE | 2031-10-20");
  }
}
