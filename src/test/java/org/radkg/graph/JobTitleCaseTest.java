package org.radkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JobTitleCaseTest {
  @Test
  void capitalizesEveryWordButTheSmallOnes() {
    assertEquals("Chair of the Department of Radiology", JobTitleCase.of("chair of the department of radiology"));
    assertEquals("Of Counsel", JobTitleCase.of("of counsel"));
  }

  @Test
  void casesEachPartOfAHyphenatedOrSlashedTitle() {
    assertEquals("Vice-Chair for Clinical Services", JobTitleCase.of("vice-chair for clinical services"));
    assertEquals("Professor/Clinical Emerita", JobTitleCase.of("professor/clinical emerita"));
  }

  @Test
  void leavesAcronymsAndMixedCaseNamesAlone() {
    assertEquals("ACR's Chief Research Officer", JobTitleCase.of("ACR's chief research officer"));
    assertEquals("Head of the McGill Unit", JobTitleCase.of("head of the McGill unit"));
    assertEquals("2009 EANM Congress President", JobTitleCase.of("2009 EANM Congress President"));
  }
}
