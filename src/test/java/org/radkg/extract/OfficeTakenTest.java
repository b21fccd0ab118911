package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person taking an office ("was elected president of X", "moves into the role of treasurer"), on
 * sentences written for the purpose.
 */
class OfficeTakenTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  private static List<String> run(String paragraph) {
    return TestArticles.newsItem(SOC, paragraph);
  }

  @Test
  void electedAsTheOrganizationsNewRoleAfterAnApposition() {
    List<String> found =
        run(
            "Mara Quint, MD, was elected as the Lakeside Imaging Society’s new president during the society’s meeting in Oslo.");
    TestArticles.assertHas(
        found,
        "Mara Quint | AFFILIATION | Lakeside Imaging Society",
        "Mara Quint | JOB_TITLE | President");
  }

  @Test
  void namedRoleOfAnOrganizationAfterALongApposition() {
    List<String> found =
        run(
            "Oren Valderby, MD, director of cardiac imaging at the Northfield Medical Center in Springfield, "
                + "was named vice president of the Lakeside Imaging Society.");
    TestArticles.assertHas(
        found,
        "Oren Valderby | AFFILIATION | Lakeside Imaging Society",
        "Oren Valderby | JOB_TITLE | Vice President of the Lakeside Imaging Society");
    assertTrue(
        found.stream().noneMatch(r -> r.contains("JOB_TITLE | director of cardiac imaging at")),
        found::toString);
  }

  @Test
  void headlineWithoutAnAuxiliary() {
    List<String> found =
        run(
            "Mara Quint elected Lakeside Imaging Society president at annual meeting. The vote was held in Oslo.");
    TestArticles.assertHas(
        found,
        "Mara Quint | AFFILIATION | Lakeside Imaging Society",
        "Mara Quint | JOB_TITLE | President");
  }

  @Test
  void movesIntoTheRoleOf() {
    List<String> found =
        run(
            "Peter Halvorsen moves into the role of treasurer of the Lakeside Imaging Society this spring.");
    TestArticles.assertHas(
        found,
        "Peter Halvorsen | AFFILIATION | Lakeside Imaging Society",
        "Peter Halvorsen | JOB_TITLE | Treasurer of the Lakeside Imaging Society");
  }

  @Test
  void theOrganizationAppointsThePersonAsItsRole() {
    List<String> found =
        run(
            "The Lakeside Imaging Society has appointed Peter Halvorsen as its new executive director.");
    TestArticles.assertHas(
        found,
        "Peter Halvorsen | AFFILIATION | Lakeside Imaging Society",
        "Peter Halvorsen | JOB_TITLE | Executive Director");
  }

  @Test
  void anActiveVerbWithAnArticleAppointsNoOneToTheSubject() {
    List<String> found =
        run("Mara Quint named a director for the Lakeside Imaging Society’s new registry.");
    assertTrue(
        found.stream().noneMatch(r -> r.startsWith("Mara Quint | JOB_TITLE")), found::toString);
  }
}
