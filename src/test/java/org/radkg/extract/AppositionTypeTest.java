package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AppositionTypeTest {
  @Test
  void anAppositionAfterADefinedAcronymSaysWhatTheNameIs() {
    ArticleFindings f = TestArticles.extract("Japan Radiological Society (JRS)", "Training across the islands",
        "The society joined the Island Imaging Training Network (IITN), a four-year program for rural radiographers.");
    Entity network = f.mentions().stream().map(Mention::entity)
        .filter(e -> e.label().equals("Island Imaging Training Network")).findFirst().orElseThrow();
    assertEquals(EntityType.INITIATIVE, network.primaryType());
  }
}
