package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When an initiative starts, read from a sentence that states a start and one date, on sentences written for the purpose. */
class InitiativeStartDatesTest {
  private static final String HEADER = "European Federation of Radiographer Societies (EFRS)";

  @Test
  void theOneInitiativeOfASentenceThatStatesAStartStartsAtItsDate() {
    List<String> r = TestArticles.newsItem(HEADER, "The EFRS launches a new monthly webinar series, Imaging Without Walls, in March 2026. "
        + "The Baltic Dose Registry will connect twelve hospitals from 1 April 2026.");
    assertHas(r, "Imaging Without Walls | START_DATE | 2026-03", "Baltic Dose Registry | START_DATE | 2026-04-01");
  }

  @Test
  void aSentenceNamingNothingDatesTheInitiativeTheArticleIsAbout() {
    List<String> r = TestArticles.newsItem(HEADER, "The Baltic Dose Registry (BDR) collects dose data from member hospitals. "
        + "The BDR is run by radiographers. Enrollment opened in October 2025. An animated video series kicked off in May 2025.");
    assertHas(r, "Baltic Dose Registry | START_DATE | 2025-10");
    assertFalse(r.contains("Baltic Dose Registry | START_DATE | 2025-05"), r::toString);
  }
}
