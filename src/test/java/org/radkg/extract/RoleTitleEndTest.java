package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A title read from running text ends where the sentence goes on: speech verbs, time adverbials,
 * bracketed periods, dangling "and".
 */
class RoleTitleEndTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  @Test
  void cutsTheClassesOfWordsThatFollowATitle() {
    assertEquals("Head of Finance", RoleTitleEnd.cut("Head of Finance remarked"));
    assertEquals("Head of Finance", RoleTitleEnd.cut("Head of Finance pointed out"));
    assertEquals(
        "Chief Operating Officer", RoleTitleEnd.cut("Chief Operating Officer later this week"));
    assertEquals(
        "managing director", RoleTitleEnd.cut("managing director told reporters on Tuesday"));
    assertEquals("chair", RoleTitleEnd.cut("chair in a joint statement"));
    assertEquals(
        "treasurer of the Guild", RoleTitleEnd.cut("treasurer of the Guild (2019-2023 term)"));
    assertEquals(
        "Director of the Lakeside Unit", RoleTitleEnd.cut("Director of the Lakeside Unit and "));
    // Capitalized words may belong to a name inside the title; a title with nothing after it stays
    // whole.
    assertEquals("Editor of Imaging Notes", RoleTitleEnd.cut("Editor of Imaging Notes"));
    assertEquals("Editor of Radiology Today", RoleTitleEnd.cut("Editor of Radiology Today"));
    assertEquals("president and CEO", RoleTitleEnd.cut("president and CEO"));
    assertEquals(
        "President of the Guild", RoleTitleEnd.cut("President of the Guild will be at its head"));
    assertEquals(
        "Director of the Unit", RoleTitleEnd.cut("Director of the Unit has also worked abroad"));
  }

  @Test
  void aSpeakersTitleEndsBeforeTheVerbOfSaying() {
    List<String> found =
        TestArticles.newsItem(
            SOC,
            "Mara Quint, Treasurer of the Lakeside Imaging Society remarked, \"The budget is sound.\"");
    TestArticles.assertHas(
        found, "Mara Quint | JOB_TITLE | Treasurer of the Lakeside Imaging Society");
    assertTrue(found.stream().noneMatch(r -> r.contains("remarked")), found::toString);
  }

  @Test
  void aTitleEndsBeforeATimeAdverbialAndABracketedPeriod() {
    List<String> found =
        TestArticles.newsItem(
            SOC,
            "The charter was signed by Oren Valderby, president of the Baltic Physics Association "
                + "(2022-2024 term), and by Pia Hellstrom, Lakeside Imaging Society Executive Director later this week.");
    TestArticles.assertHas(
        found,
        "Oren Valderby | JOB_TITLE | President of the Baltic Physics Association",
        "Pia Hellstrom | JOB_TITLE | Executive Director");
    assertTrue(
        found.stream().noneMatch(r -> r.contains("week") || r.contains("term")), found::toString);
  }
}
