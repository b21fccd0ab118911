package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameBoundaryTest {
  private static List<String> names(String text) {
    return new NamePhraseFinder().find(text, 0, text.length()).stream().map(NamePhraseFinder.Candidate::name).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The society holds its Spring Congress May 4-6 in Oslo.                    | Spring Congress
      Members gathered at the Annual Meeting in the Nation's Capital last week. | Annual Meeting
      She teaches the Point-of-Care Ultrasound Course for Rural Clinicians.     | Point-of-Care Ultrasound Course for Rural Clinicians
      It runs a State-of-the-Art Imaging Program for residents.                 | State-of-the-Art Imaging Program
      """)
  void aNameEndsBeforeItsDateAndVenueAndKeepsItsHyphenatedWords(String text, String expected) {
    assertEquals(List.of(expected), names(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      'Plenary Symposium: Imaging After the Pandemic\nIt drew 500 people.' | Plenary Symposium: Imaging After the Pandemic
      'Joint Workshop: Dose Management in Children.'                     | Joint Workshop: Dose Management in Children
      """)
  void aSessionsTitleAfterAColonIsPartOfItsName(String text, String expected) {
    assertEquals(expected, names(text.replace("\\n", "\n")).get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Members of the Nordic Society of Imaging Physics met in Turku.          | Nordic Society of Imaging Physics
      The Organizers of the Andean Congress of Radiology thanked the sponsors. | Andean Congress of Radiology
      """)
  void thePeopleOfANameAreNotPartOfIt(String text, String expected) {
    assertEquals(List.of(expected), names(text));
  }
}
