package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A role of a body ("Presidente del Congresso") is a title, not the body's name. */
class RolePhraseNamesTest {
  private static final NameClassifier CLASSIFIER = new NameClassifier();

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Presidente del Congresso", "President of the Tarvo Congress"})
  void aRoleWordBeforeTheComplementMakesNoName(String phrase) {
    assertEquals(Optional.empty(), CLASSIFIER.classify(phrase));
  }

  @Test
  void aNameWhoseHeadFollowsItsComplementStillIsOne() {
    assertEquals(
        Optional.of(Set.of(EntityType.ORGANIZATION)),
        CLASSIFIER.classify("Varnholm of Tarvo Hospitals"));
  }
}
