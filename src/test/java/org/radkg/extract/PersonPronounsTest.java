package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Offices stated of "he" or "she" after a sentence naming one person, on sentences written for the
 * purpose.
 */
class PersonPronounsTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  private static List<String> run(String paragraph) {
    return TestArticles.newsItem(SOC, paragraph);
  }

  @Test
  void pronounOpeningTheSentenceIsThePersonNamedBefore() {
    List<String> found =
        run(
            "The board welcomed Dr. Alma Verhoeven this spring. She is a professor of radiology at the University of Lindenport.");
    TestArticles.assertHas(
        found,
        "Alma Verhoeven | AFFILIATION | University of Lindenport",
        "Alma Verhoeven | JOB_TITLE | professor of radiology");
  }

  @Test
  void pronounAfterALeadingPhrase() {
    List<String> found =
        run(
            "We spoke with Professor Tomas Elberg about the congress. In addition to his work for the society, "
                + "he is an associate professor at Brightwater College.");
    TestArticles.assertHas(found, "Tomas Elberg | AFFILIATION | Brightwater College");
  }

  // "currently", "also", "now" between the person and the office change nothing.
  @Test
  void anAdverbBeforeTheVerbOrTheOffice() {
    List<String> found =
        run(
            "The board welcomed Dr. Alma Verhoeven this spring. She also serves as chair of the"
                + " Lindenport Imaging Council. Tomas Elberg won the prize. Elberg is currently a"
                + " professor of physics at Brightwater College.");
    TestArticles.assertHas(
        found,
        "Alma Verhoeven | AFFILIATION | Lindenport Imaging Council",
        "Tomas Elberg | JOB_TITLE | professor of physics",
        "Tomas Elberg | AFFILIATION | Brightwater College");
  }

  @Test
  void twoPeopleNamedBeforeLeaveThePronounUnread() {
    List<String> found =
        run(
            "Dr. Alma Verhoeven and Dr. Tomas Elberg opened the meeting. She is a professor of radiology at the University of Lindenport.");
    assertTrue(
        found.stream().noneMatch(r -> r.contains("| University of Lindenport")), found::toString);
  }
}
