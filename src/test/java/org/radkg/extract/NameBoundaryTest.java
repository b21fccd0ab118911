package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameBoundaryTest {
  private static List<String> names(String text) {
    return new NamePhraseFinder()
        .find(text, 0, text.length()).stream().map(NamePhraseFinder.Candidate::name).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The society holds its Spring Congress May 4-6 in Oslo.                    | Spring Congress
      Members gathered at the Annual Meeting in the Nation's Capital last week. | Annual Meeting
      She teaches the Point-of-Care Ultrasound Course for Rural Clinicians.     | Point-of-Care Ultrasound Course for Rural Clinicians
      It runs a State-of-the-Art Imaging Program for residents.                 | State-of-the-Art Imaging Program
      """)
  void aNameEndsBeforeItsDateAndVenueAndKeepsItsHyphenatedWords(String text, String expected) {
    assertEquals(List.of(expected), names(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      'Plenary Symposium: Imaging After the Pandemic\nIt drew 500 people.' | Plenary Symposium: Imaging After the Pandemic
      'Joint Workshop: Dose Management in Children.'                     | Joint Workshop: Dose Management in Children
      """)
  void aSessionsTitleAfterAColonIsPartOfItsName(String text, String expected) {
    assertEquals(expected, names(text.replace("\\n", "\n")).get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Members of the Nordic Society of Imaging Physics met in Turku.          | Nordic Society of Imaging Physics
      The Organizers of the Andean Congress of Radiology thanked the sponsors. | Andean Congress of Radiology
      """)
  void thePeopleOfANameAreNotPartOfIt(String text, String expected) {
    assertEquals(List.of(expected), names(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      She spoke to the Select Committee on Housing, Transport and Planning last week.  | Select Committee on Housing, Transport and Planning
      They joined the Alliance for Ireland's Rural Health Future in 2021.              | Alliance for Ireland's Rural Health Future
      The European Society of Radiology's Annual Meeting drew crowds.                 | European Society of Radiology,Annual Meeting
      It thanked the Nordic Society of Imaging, Oslo and the Baltic Radiology Union.   | Nordic Society of Imaging,Baltic Radiology Union
      """)
  void aComplementGoesOnAfterACommaListOrAPossessiveUnlessANewNameStarts(
      String text, String expected) {
    assertEquals(List.of(expected.split(",(?! )")), names(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Residents rotate through the Hospital das Clinicas every spring.                           | Hospital das Clinicas
      The Federación Andina de Sociedades de Ecografía en Medicina y Biología met in Lima.        | Federación Andina de Sociedades de Ecografía en Medicina y Biología
      A grant came from the Deutsche Stiftung für Bildgebung und Strahlenschutz last year.        | Deutsche Stiftung für Bildgebung und Strahlenschutz
      """)
  void aNameKeepsItsNonEnglishConnectors(String text, String expected) {
    assertEquals(expected, names(text).get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The reports came from the Committee Chairs and the Board.                 | ''
      It works with its Network Member societies across Europe.                 | ''
      Society of Nordic Radiology Members voted in June.                        | Society of Nordic Radiology
      """)
  void thePeopleAfterANameAreNotPartOfIt(String text, String expected) {
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected), names(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The Nordic Center for Imaging Innovation™ opened a lab.    | Nordic Center for Imaging Innovation
      It seated NIS on the Baltic Radiology Board in 2020.       | Baltic Radiology Board
      """)
  void aTrademarkSignAndAnAcronymBeforeOnTheAreNotPartOfAName(String text, String expected) {
    assertEquals(List.of(expected), names(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      She trained at St Brendan's Hospital Trust for two years.| St Brendan's Hospital Trust
      He moved to St. Ninian’s University Hospital last year.                | St. Ninian’s University Hospital
      The Nordic Society of Imaging’s Annual Meeting drew crowds.            | Nordic Society of Imaging,Annual Meeting
      """)
  void aSaintsPossessiveIsInsideAName(String text, String expected) {
    assertEquals(List.of(expected.split(",")), names(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      'Nordic Imaging Board Signs Accord with Baltic Radiology Union\nThe board met.'   | ''
      'New Dose Tracking Registry Helps Cut Repeat Scans\nIt started in May.'          | ''
      'The Nordic Imaging Board met the Baltic Radiology Union in May.'               | Nordic Imaging Board,Baltic Radiology Union
      """)
  void aTitleCaseHeadlineIsNoName(String text, String expected) {
    assertEquals(
        expected.isEmpty() ? List.of() : List.of(expected.split(",")),
        names(text.replace("\\n", "\n")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The venue was booked by Nordlys Events GmbH In March 2014 the board met.  | Nordlys Events GmbH
      """)
  void aDatesPrepositionIsNotPartOfTheNameBeforeIt(String text, String expected) {
    assertEquals(List.of(expected), names(text));
  }
}
