package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Organization names read by their head word: a head spelled with or without its accents, and the
 * words about an organization before "of the" ("Anniversary of the Association") kept out of its
 * name, on names and sentences written for the purpose.
 */
class OrganizationHeadsTest {
  private static final NameClassifier CLASSIFIER = new NameClassifier();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Colégio Tarvense de Radiologia           | SOCIETY
      Asociacion Vellmarense de Ecografia      | SOCIETY
      Associacao Kestrelense de Ultrassom      | SOCIETY
      Hopital Saint-Tarve                      | ORGANIZATION
      Universitat Vellmark                     | ORGANIZATION
      """)
  void aHeadWordSaysWhatANameIsWithOrWithoutItsAccents(String name, EntityType type) {
    Optional<Set<EntityType>> types = CLASSIFIER.classify(name);
    assertTrue(types.isPresent() && types.get().contains(type), name + " -> " + types);
  }

  @Test
  void aWordThatNamesNoActorIsStillAHeadWord() {
    assertTrue(CLASSIFIER.hasHeadWord("Bulletin"));
    assertTrue(CLASSIFIER.hasHeadWord("Kestrel Society"));
    assertEquals(false, CLASSIFIER.hasHeadWord("Friends and Members"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      I thank the Friends and Members of the Vellmark Society of Radiographers for coming. | Vellmark Society of Radiographers
      We toasted the Founding Spirit of the Kestrel Heart Institute at dinner.            | Kestrel Heart Institute
      The University of the East Tarva Medical Center joined the network.                  | University of the East Tarva Medical Center
      """)
  void wordsAboutAnOrganizationBeforeOfTheAreNotPartOfItsName(String text, String expected) {
    assertEquals(List.of(expected), TestArticles.phraseNames(text));
  }

  @Test
  void anAnniversaryOfAGenericAssociationNamesNoOrganization() {
    assertEquals(
        List.of(),
        TestArticles.phraseNames("This year marks the 40th Anniversary of the Association."));
  }

  @Test
  void aBulletinOfAnOrganizationIsNotCutToAnOrganizationName() {
    List<String> names =
        TestArticles.phraseNames(
            "Bulletin of the Kestrel Organization for Medical Physics Imaging World Volume 12 is out.");
    assertTrue(
        names.stream().noneMatch(n -> n.startsWith("Kestrel Organization for Medical Physics ")),
        names::toString);
  }

  @Test
  void aPortugueseOfficeOfACollegeSpelledWithItsAccent() {
    List<String> found =
        TestArticles.relations(
            "Sociedade Tarvense de Imagem (STI)",
            "Jornada de radiologia em Tarva",
            "Para a abertura, os Drs. Nelson Varta e Rubens Talva, vice-presidente do Colégio"
                + " Tarvense de Radiologia, estiveram presentes e prestigiaram o momento. A"
                + " primeira aula foi ministrada pelo Dr. Paulo Reis, que falou sobre os novos"
                + " exames da região.");
    TestArticles.assertHas(found, "Rubens Talva | AFFILIATION | Colégio Tarvense de Radiologia");
  }
}
