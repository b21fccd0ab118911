package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A newsletter column's heading that names its writer by office gives the writer's title, and the
 * body before the office their affiliation; on text written for the purpose.
 */
class ColumnBylinesTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  private static List<String> run(String paragraph) {
    return TestArticles.newsItem(SOC, paragraph);
  }

  @Test
  void anOfficesColumnAfterItsBody() {
    List<String> found =
        run(
            "Lakeside Imaging Society President’s Column Dr. Mara Quint reports that the year"
                + " closed well for the members.");
    TestArticles.assertHas(
        found,
        "Mara Quint | JOB_TITLE | President",
        "Mara Quint | AFFILIATION | Lakeside Imaging Society");
  }

  @Test
  void aPastOfficesBlogWithADash() {
    List<String> found =
        run(
            "Past President's Blog - Stephen Valderby writes about the autumn lectures of the year.");
    TestArticles.assertHas(found, "Stephen Valderby | JOB_TITLE | Past President");
  }

  @Test
  void anOfficesPossessiveIsNoPartOfTheNameBeforeIt() {
    List<String> found =
        run(
            "Newsletter of Lakeside Imaging Society President’s Jottings Dr. Mara Quint on the"
                + " year that closed.");
    assertTrue(
        found.stream().noneMatch(f -> f.contains("Jottings")), () -> String.join("\n", found));
    TestArticles.assertHas(found, "Mara Quint | JOB_TITLE | President");
  }
}
