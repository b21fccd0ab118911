package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A translated name followed by a known organization's acronym names that organization. */
class TranslatedNamesTest {
  private static List<String> labels(String paragraph) {
    return TestArticles.organizationLabels(paragraph);
  }

  @Test
  void aTranslatedNameBeforeAKnownAcronymIsThatOrganization() {
    List<String> found =
        labels(
            "Los socios de la Sociedad Ventisca de Imagen asisten cada año a la Sociedad"
                + " Norteamericana de Radiología (RSNA) y al Colegio Estadounidense de Radiología"
                + " (ACR, por sus siglas en inglés).");
    assertTrue(found.contains("Radiological Society of North America"), found.toString());
    assertTrue(found.contains("American College of Radiology"), found.toString());
    assertFalse(found.contains("Sociedad Norteamericana de Radiología"), found.toString());
    assertFalse(found.contains("Colegio Estadounidense de Radiología"), found.toString());
  }

  @Test
  void aNameThatSpellsTheAcronymDefinesAnotherOrganization() {
    // "SAR" is also the lexicon's Society of Abdominal Radiology: these letters spell this name.
    List<String> found =
        labels(
            "La Sociedad Austral de Radiología (SAR) celebró su congreso anual en marzo de 2031.");
    assertFalse(found.contains("Society of Abdominal Radiology"), found.toString());
  }
}
