package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTitleCutTest {
  private final NameClassifier classifier = new NameClassifier();

  private NamePhraseFinder.Candidate candidate(String name) {
    return new NamePhraseFinder.Candidate(
        name, new Span(10, 10 + name.length()), Set.of(EntityType.ORGANIZATION));
  }

  @Test
  void titleBeforeAnOrganizationIsCutOff() {
    NamePhraseFinder.Candidate c =
        RoleTitleCut.cut(
            candidate("XYZA Deputy Director General and Head of the Department of Nuclear Safety"),
            classifier);
    assertEquals("Department of Nuclear Safety", c.name());
    assertEquals(
        new Span(
            10 + "XYZA Deputy Director General and Head of the ".length(),
            10 + c.name().length() + "XYZA Deputy Director General and Head of the ".length()),
        c.span());
  }

  @Test
  void aTitleAloneIsNoOrganization() {
    assertNull(
        RoleTitleCut.cut(candidate("QRS Board Liaison for International Affairs"), classifier));
  }

  @Test
  void anOrganizationNamedAfterItsMembersStays() {
    NamePhraseFinder.Candidate c = candidate("Society of Chairs of Academic Imaging Departments");
    assertEquals(c, RoleTitleCut.cut(c, classifier));
  }
}
