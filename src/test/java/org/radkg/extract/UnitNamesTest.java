package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitNamesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Outreach Committee                        | true
      Technologist Section                      | true
      Department of Clinical Partnerships       | true
      Membership Task Force                     | true
      Organising Committee 2026                 | true
      Board of Trustees                         | true
      Committee Members                         | false
      Society Newsletters                       | false
      Group Leader                              | false
      Committee                                 | false
      Zorvik Outreach Committee                 | false
      NIS Outreach Committee                    | false
      U Department of Radiology                 | false
      National Advisory Committee               | false
      General Medical Council                   | false
      Department of Energy                      | false
      Department of Health and Human Services   | false
      """)
  void aUnitIsAHeadWithOrdinaryWordsAroundIt(String label, boolean unit) {
    assertEquals(unit, UnitNames.isUnit(label));
  }
}
