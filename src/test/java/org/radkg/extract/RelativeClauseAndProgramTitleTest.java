package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A relative clause that places a person in a body ("X, who chairs the department at Y"), and a job
 * title holding a program's head word ("Research Program Manager") that is no initiative.
 */
class RelativeClauseAndProgramTitleTest {
  @Test
  void aRelativeClauseAffiliatesThePerson() {
    List<String> found =
        TestArticles.relations(
            "Andean Imaging Society (AIS)",
            "Experts Gather",
            "Anna Keller, who chairs the radiology department at Bern University Hospital,"
                + " welcomed the decision. Tomas Berg, who leads the imaging group at Karolinska"
                + " Institutet, spoke next.");
    TestArticles.assertHas(
        found,
        "Anna Keller | AFFILIATION | Bern University Hospital",
        "Tomas Berg | AFFILIATION | Karolinska Institutet");
  }

  @Test
  void aTitleWithAProgramHeadIsNoInitiative() {
    List<String> names =
        TestArticles.extract(
                "Andean Imaging Society (AIS)",
                "Board Appointments",
                "John Bell is Research Program Manager at the Ontario Institute for Cancer Research."
                    + " Sandra Hayden serves as Interim Program Director and Assistant Professor at"
                    + " Wayne State University.")
            .mentions()
            .stream()
            .map(m -> m.entity().label())
            .toList();
    assertFalse(names.contains("Research Program Manager"), names::toString);
    assertFalse(
        names.stream().anyMatch(n -> n.startsWith("Interim Program Director")), names::toString);
  }
}
