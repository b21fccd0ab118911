package org.radkg.extract;

import static org.radkg.extract.TestArticles.assertHas;

import org.junit.jupiter.api.Test;

/**
 * Initiatives named before the organization acting on them (see {@link ObjectFirstRules}), on
 * sentences written for the purpose.
 */
class ObjectFirstReadingTest {
  private static final String EFRS = "European Federation of Radiographer Societies (EFRS)";

  @Test
  void aRelativeClauseNamesTheLeaderAndTheStart() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "Many of you know the Radiographer Exchange Programme (REP) that the EFRS established in 2019."),
        "European Federation of Radiographer Societies | LEADS | Radiographer Exchange Programme",
        "Radiographer Exchange Programme | START_DATE | 2019");
  }

  @Test
  void theOnePartneringToOrganizeLeads() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "Save the date: the EANM partnering with the EFOMP to organize the Vienna Dosimetry Symposium (VDS) next spring."),
        "European Association of Nuclear Medicine | LEADS | Vienna Dosimetry Symposium");
  }
}
