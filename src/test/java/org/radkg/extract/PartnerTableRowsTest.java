package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A partner table's row names one organization by all its words, lowercase ones included. */
class PartnerTableRowsTest {
  @Test
  void aRowsNameInItsOwnLanguageIsReadWhole() {
    List<String> found =
        TestArticles.organizationLabels(
            "The project partners are listed below.\n"
                + "1 Office national de la métrologie et des essais Coordinator France\n"
                + "2 Zavod za mjeriteljstvo Hrvatske Partner Croatia\n"
                + "3 Velmar Metrology Institute Partner Poland\n");
    assertTrue(found.contains("Office national de la métrologie et des essais"), found.toString());
    assertTrue(found.contains("Zavod za mjeriteljstvo Hrvatske"), found.toString());
    assertTrue(found.contains("Velmar Metrology Institute"), found.toString());
  }
}
