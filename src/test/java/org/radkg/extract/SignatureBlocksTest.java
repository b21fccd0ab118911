package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An author block, a name on a line of its own and the person's offices on the lines below, gives
 * their titles and affiliations; on text written for the purpose.
 */
class SignatureBlocksTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  private static List<String> run(String paragraph) {
    return TestArticles.newsItem(SOC, paragraph);
  }

  @Test
  void officeCommaOrganization() {
    List<String> found =
        run(
            "Dear colleagues, the year is closing.\n\nWith best wishes,\n\nMara Quint, PhD\n"
                + "President, Lakeside Imaging Society\n");
    TestArticles.assertHas(
        found,
        "Mara Quint | JOB_TITLE | President",
        "Mara Quint | AFFILIATION | Lakeside Imaging Society");
  }

  @Test
  void officeOfAnOrganizationAfterATitleAndABlankLine() {
    List<String> found =
        run(
            "Prof. Oren Valderby\n\nChairman of the Lakeside Imaging Society\n\n"
                + "Welcome back to a new season of our meetings.");
    TestArticles.assertHas(
        found,
        "Oren Valderby | JOB_TITLE | Chairman of the Lakeside Imaging Society",
        "Oren Valderby | AFFILIATION | Lakeside Imaging Society");
  }

  @Test
  void upToThreeOfficesEachOnItsLine() {
    List<String> found =
        run(
            "Dr. Mara Quint\nVice President, Lakeside Imaging Society\n"
                + "Treasurer, Northfield Radiology Foundation\n\nThe meeting opens in May.");
    TestArticles.assertHas(
        found,
        "Mara Quint | JOB_TITLE | Vice President",
        "Mara Quint | AFFILIATION | Lakeside Imaging Society",
        "Mara Quint | JOB_TITLE | Treasurer",
        "Mara Quint | AFFILIATION | Northfield Radiology Foundation");
  }

  @Test
  void aLineThatIsNoOfficeEndsTheBlock() {
    List<String> found =
        run(
            "Mara Quint, MD\nThe Lakeside Imaging Society met in Oslo.\n"
                + "President of the Northfield Radiology Foundation\n");
    assertTrue(
        found.stream().noneMatch(r -> r.startsWith("Mara Quint | AFFILIATION")), found::toString);
  }
}
