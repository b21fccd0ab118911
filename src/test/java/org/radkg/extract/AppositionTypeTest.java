package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AppositionTypeTest {
  @Test
  void anAppositionAfterADefinedAcronymSaysWhatTheNameIs() {
    ArticleFindings f =
        TestArticles.extract(
            "Japan Radiological Society (JRS)",
            "Training across the islands",
            "The society joined the Island Imaging Training Network (IITN), a four-year program for rural radiographers.");
    Entity network =
        f.mentions().stream()
            .map(Mention::entity)
            .filter(e -> e.label().equals("Island Imaging Training Network"))
            .findFirst()
            .orElseThrow();
    assertEquals(EntityType.INITIATIVE, network.primaryType());
  }

  private static java.util.Optional<Entity> named(ArticleFindings f, String label) {
    return f.mentions().stream()
        .map(Mention::entity)
        .filter(e -> e.label().equals(label))
        .findFirst();
  }

  @Test
  void aCopulaAfterANameSaysWhatItIsEvenForOneWord() {
    ArticleFindings f =
        TestArticles.extract(
            "Japan Radiological Society (JRS)",
            "Shared imaging",
            "Nordic-Scan (NSC) is the pan-Nordic research infrastructure project for imaging in biology. "
                + "Harbor Bright Imaging is a nonprofit based in Bergen.");
    Entity scan = named(f, "Nordic-Scan").orElseThrow(() -> new AssertionError(f.mentions()));
    assertEquals(EntityType.INITIATIVE, scan.primaryType());
    assertEquals("NSC", scan.acronym());
    assertEquals(
        EntityType.ORGANIZATION, named(f, "Harbor Bright Imaging").orElseThrow().primaryType());
  }

  @Test
  void aHeadWordThatGoesOnAsACompoundTypesNothing() {
    ArticleFindings f =
        TestArticles.extract(
            "Japan Radiological Society (JRS)",
            "Shared imaging",
            "Harbor Bright Imaging is a program director's favourite. Nordic-Scan (NSC) is the project manager of the year.");
    assertEquals(java.util.Optional.empty(), named(f, "Harbor Bright Imaging"));
    assertEquals(java.util.Optional.empty(), named(f, "Nordic-Scan"));
  }

  @Test
  void theNounRightAfterTheAcronymSaysWhatTheNameIs() {
    ArticleFindings f =
        TestArticles.extract(
            "Japan Radiological Society (JRS)",
            "Shared imaging",
            "The Nordic Scan Preparatory Phase (NSPP) project was launched in 2016.");
    assertEquals(
        EntityType.INITIATIVE,
        named(f, "Nordic Scan Preparatory Phase")
            .orElseThrow(() -> new AssertionError(f.mentions()))
            .primaryType());
  }

  @Test
  void aJournalsTitleIsNoEntity() {
    ArticleFindings f =
        TestArticles.extract(
            "Japan Radiological Society (JRS)",
            "Shared imaging",
            "The statement appeared in the journal Nordic Imaging and Dose Research (NIDR) and in the newsletter Baltic Scan Program.");
    assertEquals(java.util.Optional.empty(), named(f, "Nordic Imaging and Dose Research"));
    assertEquals(java.util.Optional.empty(), named(f, "Baltic Scan Program"));
  }
}
