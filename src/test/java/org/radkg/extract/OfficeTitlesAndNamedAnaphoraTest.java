package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Offices written with a capital in English job titles, occupations as written; and "the summit",
 * "the toolkit" resolved to the event or initiative they name, on sentences written for the
 * purpose.
 */
class OfficeTitlesAndNamedAnaphoraTest {
  private static List<String> run(String title, String paragraph) {
    return TestArticles.relations("Andean Imaging Society (AIS)", title, paragraph);
  }

  @Test
  void anOfficeIsCapitalizedAndAnOccupationIsNot() {
    List<String> found =
        run(
            "Society Names New Leaders",
            "\"We are ready,\" said Paula Ruiz, vice president of the Andean Imaging Society."
                + " Marco Silva, a professor of radiology at the University of Lima, joined the"
                + " board.");
    TestArticles.assertHas(
        found,
        "Paula Ruiz | JOB_TITLE | Vice President of the Andean Imaging Society",
        "Marco Silva | JOB_TITLE | professor of radiology");
  }

  @Test
  void theSummitIsTheEventNamedBefore() {
    List<String> found =
        run(
            "Summit Announced",
            "The Andean Imaging Summit 2031 will take place in Quito. The summit is organized by"
                + " the Andean Imaging Society in collaboration with the Pacific Radiology"
                + " Federation.");
    TestArticles.assertHas(
        found,
        "Andean Imaging Society | LEADS | Andean Imaging Summit 2031",
        "Pacific Radiology Federation | PARTNERS_IN | Andean Imaging Summit 2031");
  }

  @Test
  void theToolkitIsTheInitiativeNamedAToolkitNotTheLastNamed() {
    List<String> found =
        run(
            "Society Responds to the Pandemic",
            "The Andean Imaging Society published the Andean Recovery Toolkit, and it hosted a"
                + " weekly webinar series, Andean Connect Live, for its members. The toolkit was"
                + " developed with the Pacific Radiology Federation.");
    TestArticles.assertHas(
        found, "Pacific Radiology Federation | PARTNERS_IN | Andean Recovery Toolkit");
    assertFalse(
        found.contains("Pacific Radiology Federation | PARTNERS_IN | Andean Connect Live"),
        found::toString);
  }
}
