package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Name shapes read as people: an initial without its dot, a name after a German noun. */
class NameShapesTest {
  private static List<String> names(String text) {
    return new PersonFinder()
        .find(text, 0, text.length()).stream().map(m -> m.entity().label()).distinct().toList();
  }

  @Test
  void aMiddleInitialWithoutItsDot() {
    List<String> found =
        names("The committee of Dr Ravi Menon, President; Dr Sunil P Varma, Secretary; met.");
    assertTrue(found.contains("Sunil P Varma"), found::toString);
  }

  @Test
  void aGermanNounAfterItsArticleIsNoPartOfTheName() {
    List<String> found = names("Es sprach die Zukunftsforscherin Petra Lindqvist über Wandel.");
    assertTrue(found.contains("Petra Lindqvist"), found::toString);
  }

  @Test
  void aTitledGivenNameAloneIsThePersonNamedInFullBefore() {
    List<String> found =
        names(
            "A sessão teve coordenação do Dr. Evandro Tarquínio Lessa. Com moderação do Dr."
                + " Evandro, a aula começou.");
    assertTrue(found.equals(List.of("Evandro Tarquínio Lessa")), found::toString);
  }
}
