package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stored page cut off mid-word or mid-sentence: a name reaching the cut word is no name, and the
 * cut sentence states no fact; on texts written for the purpose.
 */
class CutEndingTest {
  private static final String ESR = "ESR - European Society of Radiology";

  @Test
  void theLastWordOfATextCutMidWordIsFound() {
    String text = "The society met in May. Its guest was Ada Rinn, a radiologist at Norrvik Hosp";
    assertEquals(text.indexOf("Hosp"), CutEnding.lastWordStart(text, 0, text.length()));
    assertEquals(text.indexOf("Its guest"), CutEnding.fragmentStart(text, 0, text.length()));
  }

  @Test
  void aTextEndingInAFullStopOrAShortHeadingIsWhole() {
    String closed = "The society met in May. Its guest was Ada Rinn of Norrvik Hospital.";
    assertEquals(closed.length(), CutEnding.lastWordStart(closed, 0, closed.length()));
    String heading = "The society met in May.\n\nPoster Prize";
    assertEquals(heading.length(), CutEnding.fragmentStart(heading, 0, heading.length()));
  }

  @Test
  void aWholeWordOrAnAcronymAtTheEndIsNotCut() {
    String text = "The society delivered two scanners to the residency program of NUHS";
    assertEquals(text.length(), CutEnding.lastWordStart(text, 0, text.length()));
  }

  @Test
  void aTextEndingInAFunctionWordWasCutMidSentence() {
    String text = "The society met in May. The campaign earned a national award given by the";
    assertEquals(text.indexOf("The campaign"), CutEnding.fragmentStart(text, 0, text.length()));
  }

  @Test
  void aNameReachingTheCutWordIsDropped() {
    List<String> orgs =
        TestArticles.organizationLabels(
            "The European Federation of Radiographer Societies (EFRS) opened a course in May. "
                + "The course will be led by Dr. Ada Rinn, a breast radiologist at Hôpital Sainte-Claire in Que");
    assertFalse(orgs.stream().anyMatch(o -> o.contains("Que")), orgs::toString);
  }

  @Test
  void theCutSentenceStatesNoFact() {
    List<String> r =
        TestArticles.newsItem(
            ESR,
            "The society met in May. Dr. Ada Rinn, president of the Lisset Imaging Society, opened the Harlow Imaging Centr");
    assertTrue(r.stream().noneMatch(x -> x.startsWith("Ada Rinn")), r::toString);
  }
}
