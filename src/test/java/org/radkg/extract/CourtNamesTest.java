package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A court or tribunal named by its head word is an organization (data/lexicon). */
class CourtNamesTest {
  private static final NameClassifier CLASSIFIER = new NameClassifier();

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Varnholm Industrial Court", "Northland Employment Tribunal"})
  void aCourtOrTribunalIsAnOrganization(String name) {
    assertEquals(Optional.of(Set.of(EntityType.ORGANIZATION)), CLASSIFIER.classify(name));
  }

  @Test
  void aCourtNamedInASentenceIsFound() {
    assertTrue(
        TestArticles.organizationLabels(
                "The union welcomed the ruling of the Varnholm Industrial Court in favour of its"
                    + " members on 3 March 2031.")
            .contains("Varnholm Industrial Court"));
  }
}
