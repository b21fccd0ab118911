package org.radkg.extract;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An organization seated by a describing apposition or by a fronted "Based in X,". */
class SeatAppositionTest {
  @Test
  void aDescribingAppositionSeatsTheOrganization() {
    List<String> found =
        TestArticles.relations(
            "Andean Imaging Society (AIS)",
            "Academy Opens",
            "The Quillacollo Imaging Academy, a training centre based in Cochabamba, Bolivia,"
                + " welcomed its first students.");
    TestArticles.assertHas(
        found,
        "Quillacollo Imaging Academy | LOCATION | Cochabamba",
        "Quillacollo Imaging Academy | LOCATION | Bolivia");
  }

  @Test
  void aFrontedSeatPlacesTheOrganizationAfterIt() {
    List<String> found =
        TestArticles.relations(
            "Andean Imaging Society (AIS)",
            "Network Grows",
            "Headquartered in Geneva, the Global Imaging Network coordinates training in twelve"
                + " countries.");
    TestArticles.assertHas(found, "Global Imaging Network | LOCATION | Geneva");
  }
}
