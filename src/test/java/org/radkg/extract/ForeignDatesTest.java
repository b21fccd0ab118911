package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates written in Spanish, Portuguese, French, Italian and German, on sentences written for the
 * purpose.
 */
class ForeignDatesTest {
  private final DateFinder finder = new DateFinder();

  private List<String> resolved(String text, Integer hint) {
    return DateFinder.resolveYears(finder.find(text, 0, text.length()), hint).stream()
        .map(d -> d.literal().lexical())
        .toList();
  }

  @Test
  void spanishDayMonthYear() {
    assertEquals(
        List.of("2031-03-15"),
        resolved("El curso se realizó el 15 de marzo de 2031 en Rosario.", null));
    assertEquals(
        List.of("2031-03-15"),
        resolved("Las jornadas se celebrarán del 15 al 17 de marzo de 2031 en Quito.", null));
  }

  @Test
  void spanishRangeWithArticlesTakesTheSentencesYear() {
    assertEquals(
        List.of("2031-09-05", "2031"),
        resolved("El congreso será entre el 5 y el 8 de septiembre, como en 2031.", null));
    assertEquals(
        List.of("2030-09-05"), resolved("El congreso será entre el 5 y el 8 de septiembre.", 2030));
  }

  @Test
  void portugueseDaysJoinedByE() {
    assertEquals(
        List.of("2029-11-15"),
        resolved("O encontro aconteceu nos dias 15 e 16 de novembro de 2029, em Recife.", null));
  }

  @Test
  void frenchAndItalianRanges() {
    assertEquals(
        List.of("2030-10-03"),
        resolved("Le congrès se tiendra du 3 au 5 octobre 2030 à Lyon.", null));
    assertEquals(
        List.of("2028-09-20"),
        resolved("Il congresso si è svolto dal 20 al 23 settembre 2028 a Bari.", null));
    assertEquals(List.of("2030-10-01"), resolved("Le 1er octobre 2030, la société a voté.", null));
  }

  @Test
  void germanDaysWithADotAndARangeAcrossMonths() {
    assertEquals(
        List.of("2031-05-29"),
        resolved("Der Kongress findet vom 29. Mai bis 1. Juni 2031 in Kassel statt.", null));
    assertEquals(
        List.of("2031-08-30"),
        resolved("Die Tagung fand vom 30. August bis 2. September 2031 statt.", null));
    assertEquals(List.of("2031-05-29"), resolved("Am 29.–31. Mai 2031 tagte der Vorstand.", null));
  }

  @Test
  void monthAndYear() {
    assertEquals(List.of("2031-03"), resolved("El programa comenzó en marzo de 2031.", null));
    assertEquals(List.of("2030-11"), resolved("Le programme a débuté en novembre 2030.", null));
    assertEquals(List.of("2030-05"), resolved("Das Projekt startete im Mai 2030.", null));
    assertEquals(
        List.of("2030-09", "2030"),
        resolved("El curso empieza en septiembre, como cada año desde 2030.", null));
  }

  @Test
  void englishDatesAreReadAsBefore() {
    assertEquals(List.of("2023-08-24"), resolved("It ran from 24-26 August 2023 in Bergen.", null));
    assertEquals(List.of("2023-05"), resolved("The registry opened in May 2023.", null));
    assertEquals(List.of(), resolved("He visited Mars 12 times in a game.", null));
  }
}
