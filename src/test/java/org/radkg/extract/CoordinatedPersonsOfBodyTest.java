package org.radkg.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The body closing a list of people is every listed person's. */
class CoordinatedPersonsOfBodyTest {
  @Test
  void everyListedPersonBelongsToTheBodyAfterTheList() {
    List<String> found =
        TestArticles.relations(
            "Andean Imaging Society (AIS)",
            "Physicians Attend Conference",
            "Eight physicians attended: Dr. Lucia Paredes, Dr. Ana Quispe, and Dr. Mario Huaman"
                + " of Hospital Nacional Dos de Mayo, and Dr. Rosa Vidal of the Instituto Nacional"
                + " de Salud del Niño.");
    TestArticles.assertHas(
        found,
        "Lucia Paredes | AFFILIATION | Hospital Nacional Dos de Mayo",
        "Ana Quispe | AFFILIATION | Hospital Nacional Dos de Mayo",
        "Mario Huaman | AFFILIATION | Hospital Nacional Dos de Mayo");
  }
}
