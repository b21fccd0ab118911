package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "our" before an office ("our outgoing President, Jane Doe", "Jane Doe, our new executive
 * director") names the society the page speaks for, on sentences written for the purpose.
 */
class SpeakingSocietyOfficesTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  private static List<String> run(String paragraph) {
    return TestArticles.newsItem(SOC, paragraph);
  }

  @Test
  void ourOfficeBeforeTheName() {
    List<String> found =
        run("I want to thank our outgoing President, Mara Quint, for two years of hard work.");
    TestArticles.assertHas(
        found,
        "Mara Quint | AFFILIATION | Nordic Society of Imaging",
        "Mara Quint | JOB_TITLE | President");
  }

  @Test
  void ourOfficeInAnApposition() {
    List<String> found =
        run("Peter Halvorsen, our new executive director, met the sponsors in Bergen last week.");
    TestArticles.assertHas(
        found,
        "Peter Halvorsen | AFFILIATION | Nordic Society of Imaging",
        "Peter Halvorsen | JOB_TITLE | Executive Director");
  }

  @Test
  void welcomedAsOurOffice() {
    List<String> found =
        run("I am delighted to welcome Ines Drobny to the executive board as our new treasurer.");
    TestArticles.assertHas(
        found,
        "Ines Drobny | AFFILIATION | Nordic Society of Imaging",
        "Ines Drobny | JOB_TITLE | Treasurer");
  }

  @Test
  void ourBeforeAKindOfPersonIsNoOffice() {
    List<String> found =
        run("Mara Quint spoke to our member radiologists about the new reporting guideline.");
    assertTrue(
        found.stream().noneMatch(r -> r.startsWith("Mara Quint | AFFILIATION")), found::toString);
  }
}
