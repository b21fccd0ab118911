package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** People named after a title of another language, and names that run on into an origin. */
class ForeignTitledNamesTest {
  private static List<String> names(String text) {
    return new PersonFinder()
        .find(text, 0, text.length()).stream().map(m -> m.entity().label()).distinct().toList();
  }

  @Test
  void spanishPortugueseAndItalianTitles() {
    assertTrue(names("Lo explicó la Dra. Nerea Tobalina en la sesión.").contains("Nerea Tobalina"));
    assertTrue(
        names("Hablará el doctor Tiberio Ancasi, que viene de Lima.").contains("Tiberio Ancasi"));
    assertTrue(
        names("O curso teve a presença da Profa. Iolanda Quaresma.").contains("Iolanda Quaresma"));
    assertTrue(
        names("L’applauso è andato al Professore Ottavio Brenta e ai colleghi.")
            .contains("Ottavio Brenta"));
    assertTrue(names("Ha parlato il dott. Renzo Valtorta.").contains("Renzo Valtorta"));
  }

  @Test
  void germanMalayAndIndianTitles() {
    assertTrue(
        names("Den Preis erhielt PD Dr. Jorinde Weißhaupt für ihre Arbeit.")
            .contains("Jorinde Weißhaupt"));
    assertTrue(
        names("Haji Razlan Osmadi, President of the society, spoke.").contains("Razlan Osmadi"));
    assertTrue(
        names("It was opened by Dr (Smt.) Vasanthi Ramakrishnan on Monday.")
            .contains("Vasanthi Ramakrishnan"));
  }

  @Test
  void everyNameAfterAPluralTitle() {
    List<String> found =
        names("A mesa teve coordenação dos Drs. Ivo Tarquinio Lessa e Otacílio Brandão.");
    assertTrue(found.contains("Ivo Tarquinio Lessa"), found::toString);
    assertTrue(found.contains("Otacílio Brandão"), found::toString);
  }

  @Test
  void aTitleBeforeOneWordOrAnOrganizationIsNoPerson() {
    assertEquals(List.of(), names("Frau Wendel kam."));
    assertEquals(List.of(), names("Dra. Sociedad Española de Radiología"));
    assertEquals(List.of(), names("Il Professore Ordinario di Radiologia a Pavia."));
  }

  @Test
  void aNameEndsBeforeItsOriginOrEmployer() {
    List<String> found = names("Nos visitó el Ing. Tadeo Orbegozo de Medisana el lunes.");
    assertTrue(found.contains("Tadeo Orbegozo"), found::toString);
    found = names("Geehrt wurde PD Dr. Kalle Obermaier von der Uniklinik.");
    assertTrue(found.contains("Kalle Obermaier"), found::toString);
    // A particle after given names opens the surname.
    found = names("Falou o Dr. Antônio Carlos da Silveira ontem.");
    assertTrue(found.contains("Antônio Carlos da Silveira"), found::toString);
  }
}
