package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoleTitleStartTest {
  @Test
  void dropsATimeWordAndAnAcronymBeforeABareOffice() {
    assertEquals("vice president", RoleTitleStart.cut("current vice president"));
    assertEquals("Treasurer", RoleTitleStart.cut("LIS Treasurer"));
    assertEquals("secretary", RoleTitleStart.cut("2031 NSI secretary"));
    assertEquals("imaging safety officer", RoleTitleStart.cut("NRPB imaging safety officer"));
  }

  @Test
  void keepsAnAcronymBeforeAUnitAndTitlesWithoutOne() {
    assertEquals("NSI Board Liaison", RoleTitleStart.cut("NSI Board Liaison"));
    assertEquals("LIS Deputy Chair", RoleTitleStart.cut("LIS Deputy Chair"));
    assertEquals("2031 NSI Congress President", RoleTitleStart.cut("2031 NSI Congress President"));
    assertEquals(
        "president of the Lakeside Imaging Society",
        RoleTitleStart.cut("president of the Lakeside Imaging Society"));
    assertEquals("NSI president of honour", RoleTitleStart.cut("NSI president of honour"));
  }
}
