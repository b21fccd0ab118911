package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {
  private final DateFinder finder = new DateFinder();

  private List<String> values(String text) {
    return finder.find(text, 0, text.length()).stream().map(d -> d.value()).toList();
  }

  private List<String> resolved(String text, Integer hint) {
    return DateFinder.resolveYears(finder.find(text, 0, text.length()), hint).stream()
        .map(d -> d.literal().lexical())
        .toList();
  }

  @Test
  void monthDayRangeYearTakesFirstDay() {
    assertEquals(
        List.of("2023-03-15"),
        resolved("The congress takes place March 15-17, 2023 in Vienna.", null));
  }

  @Test
  void dayRangeMonthYear() {
    assertEquals(
        List.of("2023-08-24"),
        resolved("The symposium ran from 24-26 August 2023 in Berlin.", null));
  }

  @Test
  void ordinalDaysOfTheirMonth() {
    assertEquals(
        List.of("2031-05-04"),
        resolved("The conference will be held on the 4th and 5th of May 2031.", null));
  }

  @Test
  void abbreviatedMonthWithPeriod() {
    assertEquals(List.of("2024-01"), resolved("The registry opened in Jan. 2024.", null));
  }

  @Test
  void slashMonthYearInParentheses() {
    assertEquals(
        List.of("2023-12"),
        resolved("(12/23) Continues to Expand Patient Education Efforts", null));
  }

  @Test
  void qualifiedYear() {
    assertEquals(List.of("2020"), resolved("The site opened in early 2020.", null));
  }

  @Test
  void noDateInVagueOrFootnotedText() {
    assertEquals(List.of(), values("Over the past year the society grew."));
    assertEquals(List.of(), values("in the context of COVID-192, quickly translated"));
  }

  @Test
  void yearlessDateTakesTheSentenceYearOrIsDropped() {
    assertEquals(
        List.of(),
        resolved(
            "A webinar was held on September 18, on the occasion of World Patient Safety Day.",
            null));
    assertEquals(
        List.of("2023-09-18", "2023"),
        resolved(
            "A webinar was held on September 18, on the occasion of the 2023 World Patient Safety Day.",
            null));
    assertEquals(List.of("2022-09-18"), resolved("A webinar was held on September 18.", 2022));
  }

  @Test
  void aDayBeforeItsMonthWithoutAYearTakesTheSentencesYearElseTheArticles() {
    assertEquals(List.of("2031-06-03"), resolved("The summit runs 3–5 June in Bergen.", 2031));
    assertEquals(
        List.of("2029-10-08", "2029"),
        resolved("On 8 October the board met, as it did in 2029.", null));
    // The sentence's own year comes before the article's.
    assertEquals(
        List.of("2027-10-08", "2027"),
        DateFinder.resolveYears(
                finder.find("On 8 October the board met, as it did in 2027.", 0, 46), null, 2031)
            .stream()
            .map(d -> d.literal().lexical())
            .toList());
    assertEquals(
        List.of("2031-10-08"),
        DateFinder.resolveYears(finder.find("On 8 October the board met.", 0, 27), null, 2031)
            .stream()
            .map(d -> d.literal().lexical())
            .toList());
    // A day, month and year are one date, not a year-less day and a year.
    assertEquals(List.of("2030-05-12"), values("Held on 12 May 2030 in Riga."));
  }

  @Test
  void aMonthAloneAfterInTakesTheYearOfItsSentenceOrArticle() {
    assertEquals(List.of("2031-09"), resolved("The congress meets in September in Bergen.", 2031));
    assertEquals(
        List.of("2030", "2030-05"),
        resolved("Founded in 2030, it met in May.", null).stream().sorted().toList());
    // Not a month with its day or year, and not a month that is no date ("in March 15" is one
    // date).
    assertEquals(List.of("2031-03-15"), resolved("It opened in March 15.", 2031));
    assertEquals(List.of(), resolved("The society met in September.", null));
  }
}
