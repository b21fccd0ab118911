package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A city that completes an institution's name ("Università degli Studi di Trieste", "University of
 * Bergen") is not a place the text names; the same city named on its own is; on sentences written
 * for the purpose.
 */
class PlacesInNamesTest {
  private static List<String> placeLabels(String paragraph) {
    return TestArticles.extract("ESR - European Society of Radiology", "News Item", paragraph)
        .mentions()
        .stream()
        .filter(m -> m.entity().primaryType().isPlace())
        .map(m -> m.entity().label())
        .distinct()
        .toList();
  }

  @Test
  void aCityCompletingAForeignInstitutionsNameIsNoPlace() {
    assertEquals(
        List.of("Italy"),
        placeLabels(
            "In Italia, the prize went to the Atenei di Bari and to the Università degli Studi di"
                + " Trieste, whose residents came first."));
  }

  @Test
  void theSameCityNamedOnItsOwnIsAPlace() {
    assertEquals(
        List.of("Trieste", "Italy"),
        placeLabels(
            "The course of the Università degli Studi di Trieste was held in Trieste, Italy, last"
                + " spring."));
  }
}
