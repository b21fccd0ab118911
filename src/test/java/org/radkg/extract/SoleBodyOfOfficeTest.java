package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Office holders listed in a sentence that names one body belong to that body. */
class SoleBodyOfOfficeTest {
  @Test
  void officeHoldersOfTheOnlyBodyNamedBelongToIt() {
    List<String> found =
        TestArticles.relations(
            "Andean Imaging Society (AIS)",
            "Society Renews Board",
            "Joining the board of the Spanish Society of Radiology are José Albillos as vice"
                + " president; María Parra as secretary general; and Mariana Rovira as treasurer.");
    TestArticles.assertHas(
        found,
        "José Albillos | JOB_TITLE | Vice President",
        "José Albillos | AFFILIATION | Spanish Society of Radiology",
        "María Parra | JOB_TITLE | Secretary General",
        "María Parra | AFFILIATION | Spanish Society of Radiology");
  }

  @Test
  void twoBodiesNamedLeaveTheOfficeUnplaced() {
    List<String> found =
        TestArticles.relations(
            "Andean Imaging Society (AIS)",
            "Societies Meet",
            "The Spanish Society of Radiology met the Portuguese Society of Radiology, and José"
                + " Albillos as vice president opened the session.");
    assertFalse(
        found.stream().anyMatch(r -> r.startsWith("José Albillos | AFFILIATION")), found::toString);
  }
}
