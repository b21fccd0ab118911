package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Organizations at work in the programme of the event an article is about (see {@link
 * ArticleEventParticipation}).
 */
class ArticleEventParticipationTest {
  private static final String EFRS = "European Federation of Radiographer Societies (EFRS)";

  @Test
  void organizationsGivingSessionsOfTheArticlesEventTakePartInIt() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The Baltic Radiography Congress 2025 (BRC 2025) opens in Riga on 3 May 2025. "
                + "Over 2,000 radiographers are expected at the Baltic Radiography Congress 2025. "
                + "This year there will be a session on dose audits moderated by the ESTI and workshops given by experts from the ESCR and the ESUR. "
                + "Guest speakers from societies such as the ESGAR will join.");
    assertHas(
        r,
        "European Society of Thoracic Imaging | PARTICIPATES_IN | Baltic Radiography Congress 2025",
        "European Society of Cardiovascular Radiology | PARTICIPATES_IN | Baltic Radiography Congress 2025",
        "European Society of Urogenital Radiology | PARTICIPATES_IN | Baltic Radiography Congress 2025",
        "European Society of Gastrointestinal and Abdominal Radiology | PARTICIPATES_IN | Baltic Radiography Congress 2025");
  }

  @Test
  void anEventNamedOnceOrASentenceNamingAnotherActivityIsNotTheArticlesEvent() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The Baltic Radiography Congress 2025 (BRC 2025) opens in Riga on 3 May 2025. "
                + "A session moderated by the ESTI will present the Harbour Imaging Registry (HIR).");
    assertFalse(
        r.contains(
            "European Society of Thoracic Imaging | PARTICIPATES_IN | Baltic Radiography Congress 2025"),
        r::toString);
  }
}
