package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names in other European languages: their connectors keep the name whole, their "and" splits two
 * names as "and" does, and a place inside a name's complement does not stop a later "in" + place
 * from ending it. Sentences written for the purpose.
 */
class ForeignConnectorNamesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The Landesamt fuer Strahlenschutz tested it.                      | Landesamt fuer Strahlenschutz
      The Institutul Regional pentru Fizica si Chimie Medicala joined.   | Institutul Regional pentru Fizica si Chimie Medicala
      The Centrum voor Beeldvorming took part.                          | Centrum voor Beeldvorming
      The Bundesamt fuer Mess- und Eichwesen joined.                     | Bundesamt fuer Mess- und Eichwesen
      """)
  void aForeignConnectorKeepsTheNameWhole(String text, String expected) {
    assertEquals(List.of(expected), TestArticles.phraseNames(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      com o apoio do Conselho Regional de Odontologia e da Associação Paulista de Imagem. | Conselho Regional de Odontologia, Associação Paulista de Imagem
      con la Sociedad Andina de Ecografía y la Fundación Sierra Clara.                    | Sociedad Andina de Ecografía, Fundación Sierra Clara
      """)
  void aForeignAndSplitsTwoNames(String text, String expected) {
    assertEquals(List.of(expected.split(", ")), TestArticles.phraseNames(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      She leads Imaging Consultants of North Carolina in Raleigh.          | Imaging Consultants of North Carolina
      He trained at the Hospital Central de Lima in Lima.                | Hospital Central de Lima
      """)
  void aLaterPlaceAfterInEndsANameWithAPlaceInside(String paragraph, String expected) {
    List<String> orgs = TestArticles.organizationLabels(paragraph);
    assertTrue(orgs.contains(expected), orgs::toString);
  }

  @org.junit.jupiter.api.Test
  void aRoleBeforeInIsNoPartOfTheName() {
    List<String> orgs =
        TestArticles.organizationLabels(
            "Dr Tara Nair is an Assistant Professor in Kestrel Medical College.");
    assertTrue(orgs.contains("Kestrel Medical College"), orgs::toString);
  }
}
