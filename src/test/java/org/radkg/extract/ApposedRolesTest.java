package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Roles in an apposition after a name that earlier readings left out: field-named roles in lower
 * case, dash appositions.
 */
class ApposedRolesTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  @Test
  void aRoleNamedByItsFieldInLowerCase() {
    List<String> found =
        TestArticles.newsItem(
            SOC,
            "Dr. Lena Fosse, policy adviser at the Ministry of Health, said that the screening plan works.");
    TestArticles.assertHas(
        found,
        "Lena Fosse | JOB_TITLE | policy adviser",
        "Lena Fosse | AFFILIATION | Ministry of Health");
    List<String> three =
        TestArticles.newsItem(
            SOC,
            "Dr. Tor Halvik, patient safety specialist at the Northfield Cancer Center, gave the lecture.");
    TestArticles.assertHas(three, "Tor Halvik | JOB_TITLE | patient safety specialist");
  }

  @Test
  void aClauseAfterTheNameIsNoRole() {
    List<String> found =
        TestArticles.newsItem(
            SOC, "The text by Dr. Lena Fosse, translated by Professor Tor Halvik, was read aloud.");
    assertTrue(found.stream().noneMatch(r -> r.contains("translated")), found::toString);
  }

  @Test
  void aDashOpensAnAppositionAsACommaDoes() {
    List<String> found =
        TestArticles.newsItem(
            SOC,
            "This year Dr. Lena Fosse - President of the Lakeside Imaging Society - will chair the board.");
    TestArticles.assertHas(
        found,
        "Lena Fosse | JOB_TITLE | President of the Lakeside Imaging Society",
        "Lena Fosse | AFFILIATION | Lakeside Imaging Society");
    List<String> open =
        TestArticles.newsItem(
            SOC,
            "This year Dr. Lena Fosse - President of the Lakeside Imaging Society will be at the head of the board.");
    TestArticles.assertHas(
        open, "Lena Fosse | JOB_TITLE | President of the Lakeside Imaging Society");
  }

  @Test
  void aCoHeldOfficeAndAConvenerAreRoles() {
    TestArticles.assertHas(
        TestArticles.newsItem(
            SOC,
            "Dr Lena Fosse, co-chairperson of the organising committee, said the meeting went well."),
        "Lena Fosse | JOB_TITLE | Co-Chairperson of the Organising Committee");
    TestArticles.assertHas(
        TestArticles.newsItem(
            SOC, "Dr. Tor Halvik, congress convener, said the meeting went well."),
        "Tor Halvik | JOB_TITLE | congress convener");
  }
}
