package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The year of a day stated without one, against the page's own date, on sentences written for the
 * purpose.
 */
class YearlessDatesTest {
  private static final DateMention POSTED_IN_JANUARY =
      new DateMention(new Span(0, 0), "2032-01-17", "date");

  private static List<String> told(String sentence, DateMention published) {
    List<DateMention> found = new DateFinder().find(sentence, 0, sentence.length());
    List<DateMention> resolved =
        YearlessDates.resolve(sentence, List.of(new Span(0, sentence.length())), found, published);
    return DateFinder.resolveYears(resolved, null, published.year()).stream()
        .map(DateMention::value)
        .toList();
  }

  @Test
  void aDayTheJanuaryPageTellsInThePastWasLastYears() {
    assertEquals(
        List.of("2031-05-21"),
        told(
            "The first stage of the licensing exam took place on May 21 in six cities.",
            POSTED_IN_JANUARY));
  }

  @Test
  void aDayToComeOrAlreadyPastThisYearIsThePagesYear() {
    assertEquals(
        List.of("2032-05-21"),
        told(
            "The first stage of the licensing exam will take place on May 21 in six cities.",
            POSTED_IN_JANUARY));
    assertEquals(
        List.of("2032-01-09"),
        told("The exam took place on January 9 in six cities.", POSTED_IN_JANUARY));
  }

  @Test
  void aSentenceThatStatesAYearKeepsIt() {
    assertEquals(
        List.of("2030", "2030-05-21"),
        told("In 2030 the exam took place on May 21.", POSTED_IN_JANUARY));
  }

  @Test
  void aMonthThatComesBackEveryYearIsNoDate() {
    assertEquals(
        List.of(), told("The congress is held in Vienna each year in March.", POSTED_IN_JANUARY));
  }
}
