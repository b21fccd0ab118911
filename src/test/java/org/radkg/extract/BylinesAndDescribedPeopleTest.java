package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People known by a byline ("By Jane Doe"), by a described role after the name ("Jane Doe, our new
 * executive director", "Jane Doe, an experienced Clinical Educator from X"), or after a sentence's
 * opening conjunction, and the titles read there; on sentences written for the purpose.
 */
class BylinesAndDescribedPeopleTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  private static List<String> names(String text) {
    return new PersonFinder()
        .find(text, 0, text.length()).stream().map(m -> m.entity().label()).toList();
  }

  private static List<String> run(String paragraph) {
    return TestArticles.newsItem(SOC, paragraph);
  }

  @Test
  void bylineAloneOnItsLineNamesTheWriter() {
    assertEquals(
        List.of("Tavi Brennholt"), names("Congress report\nBy Tavi Brennholt\nThe congress"));
  }

  @Test
  void bylineWithCredentialsKeepsOnlyTheName() {
    assertEquals(
        List.of("Orla Vantree"),
        names("Compiled By Orla Vantree MS, RT(R)(CI), RCIS\nThe new rules"));
  }

  @Test
  void byInsideASentenceIsNoByline() {
    assertTrue(names("The report was approved by Council Members in May.").isEmpty());
    assertTrue(names("By March 2031 the work will be done.").isEmpty());
  }

  @Test
  void bylineTitleEndsAtTheBar() {
    List<String> found =
        run("Interview\n\nby Tavi Brennholt, Contributing Editor | February 28, 2031\n\nThe talk.");
    TestArticles.assertHas(found, "Tavi Brennholt | JOB_TITLE | Contributing Editor");
    assertTrue(found.stream().noneMatch(r -> r.contains("|  February")), found::toString);
  }

  @Test
  void rankAfterProfessorIsNoName() {
    assertEquals(
        List.of("Anselm Korvik"),
        names("Dr Anselm Korvik, Professor Emeritus, Lakeside State University, spoke."));
    TestArticles.assertHas(
        run("Dr Anselm Korvik, Professor Emeritus, Lakeside State University, spoke on Monday."),
        "Anselm Korvik | JOB_TITLE | Professor Emeritus",
        "Anselm Korvik | AFFILIATION | Lakeside State University");
  }

  @Test
  void openingConjunctionIsNoPartOfTheName() {
    assertEquals(
        List.of("Brit A. Solheim"),
        names("And Brit A. Solheim, MD, was appointed council vice speaker."));
  }

  @Test
  void possessiveAppositionNamesAPersonAndHerTitle() {
    assertEquals(
        List.of("Lorinda Vasquel"),
        names("We thank Lorinda Vasquel, our new executive director, for her work."));
    TestArticles.assertHas(
        run("We thank Lorinda Vasquel, our new executive director, for her work."),
        "Lorinda Vasquel | JOB_TITLE | Executive Director");
  }

  @Test
  void praiseBeforeTheRoleIsNoPartOfIt() {
    List<String> found =
        run(
            "We also meet Georgina Teale, an experienced Clinical Educator from the Harbourside General Hospital, who shares her work.");
    TestArticles.assertHas(
        found,
        "Georgina Teale | JOB_TITLE | Clinical Educator",
        "Georgina Teale | AFFILIATION | Harbourside General Hospital");
  }

  @Test
  void officeInAWhoClauseIsTheTitle() {
    List<String> found =
        run(
            "Dr. Anil Varkey, a renowned medical oncologist who is currently the Director of Riverside Cancer Centre, was the chief guest.");
    TestArticles.assertHas(
        found,
        "Anil Varkey | JOB_TITLE | Director of Riverside Cancer Centre",
        "Anil Varkey | AFFILIATION | Riverside Cancer Centre");
    assertTrue(found.stream().noneMatch(r -> r.contains("oncologist who")), found::toString);
  }

  @Test
  void ordinaryOpenerIsNoPartOfTheName() {
    assertEquals(
        List.of("Tobias Wrenfield"),
        names(
            "When Tobias Wrenfield, a former associate professor of surgery, arrived, he began."));
  }
}
