package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A role phrase beside a person: the organizations it names are the person's, and the offices it
 * holds are her titles, wherever the phrase puts them; sentences written for the purpose.
 */
class RolePhraseReadingTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  private static List<String> run(String paragraph) {
    return TestArticles.newsItem(SOC, paragraph);
  }

  @Test
  void anOfficeWithAPostModifierIsOfItsOrganization() {
    List<String> found =
        run(
            "The award went to Marta Quillan, MD, of Springfield, IL, chair emeritus of the Lakeside Safety Alliance.");
    TestArticles.assertHas(
        found,
        "Marta Quillan | AFFILIATION | Lakeside Safety Alliance",
        "Marta Quillan | JOB_TITLE | Chair Emeritus of the Lakeside Safety Alliance");
  }

  @Test
  void theOrganizationSetOffByACommaAfterTheOffice() {
    List<String> found =
        run(
            "“We are delighted,” said Tomas Brandvik, MD, president, of Lakeside Radiological Associates in Oslo.");
    TestArticles.assertHas(
        found,
        "Tomas Brandvik | AFFILIATION | Lakeside Radiological Associates",
        "Tomas Brandvik | JOB_TITLE | President");
  }

  @Test
  void aPlaceInBracketsBeforeTheOrganizationAfterAt() {
    List<String> found =
        run(
            "Pavel Ostrander, MD, former chief of radiology at the (Norway) National Institute for Harbour Diseases, spoke.");
    TestArticles.assertHas(
        found,
        "Pavel Ostrander | AFFILIATION | National Institute for Harbour Diseases",
        "Pavel Ostrander | JOB_TITLE | Former Chief of Radiology");
  }

  @Test
  void theOwnersPossessiveOpensTheOffice() {
    List<String> found =
        run("Nancy Grayling, the Lakeside Imaging Trust’s new director, opened the meeting.");
    TestArticles.assertHas(
        found,
        "Nancy Grayling | AFFILIATION | Lakeside Imaging Trust",
        "Nancy Grayling | JOB_TITLE | Director");
  }

  @Test
  void anOfficeOfAnOrganizationOpeningTheSentenceBeforeTheName() {
    List<String> found =
        run("Chief executive of the Lakeside Imaging Trust, Oscar Hilmarsen, opened the meeting.");
    TestArticles.assertHas(
        found,
        "Oscar Hilmarsen | AFFILIATION | Lakeside Imaging Trust",
        "Oscar Hilmarsen | JOB_TITLE | Chief Executive of the Lakeside Imaging Trust");
  }

  @Test
  void aSecondOfficeAfterTheFirstOnesOrganization() {
    List<String> found =
        run(
            "Dr Rachel Irvington, consultant radiologist at Fjordside Hospital and president of the Lakeside Imaging Society, spoke.");
    TestArticles.assertHas(
        found,
        "Rachel Irvington | AFFILIATION | Fjordside Hospital",
        "Rachel Irvington | AFFILIATION | Lakeside Imaging Society",
        "Rachel Irvington | JOB_TITLE | consultant radiologist",
        "Rachel Irvington | JOB_TITLE | President of the Lakeside Imaging Society");
  }

  @Test
  void anOfficeGivenRightAfterTheName() {
    List<String> found =
        run("The new board includes Anna Lindqvist as treasurer and Mark Evensen as secretary.");
    TestArticles.assertHas(
        found, "Anna Lindqvist | JOB_TITLE | Treasurer", "Mark Evensen | JOB_TITLE | Secretary");
  }

  @Test
  void anOfficeTakenOverFromSomeoneElseIsNotTheirs() {
    List<String> found =
        run("Dr. Karin Solberg will succeed Dr. Henrik Dahle as president of the NSI in 2031.");
    assertTrue(
        found.stream().noneMatch(r -> r.startsWith("Henrik Dahle | JOB_TITLE")), found::toString);
  }

  @Test
  void officesPairedRespectivelyWithTheListedPeople() {
    List<String> found =
        run(
            "Anna Northby, Brian Oakley and Carla Prestegard, chair, treasurer and secretary of the Lakeside Imaging Trust, respectively, opened the meeting.");
    TestArticles.assertHas(
        found,
        "Anna Northby | JOB_TITLE | Chair",
        "Brian Oakley | JOB_TITLE | Treasurer",
        "Carla Prestegard | JOB_TITLE | Secretary",
        "Carla Prestegard | AFFILIATION | Lakeside Imaging Trust");
    assertTrue(
        found.stream().noneMatch(r -> r.startsWith("Carla Prestegard | JOB_TITLE | Chair")),
        found::toString);
  }

  @Test
  void respectivelyBeforeTheOffices() {
    List<String> found =
        run(
            "Mark Evensen and Linda Fosse, respectively president and secretary of the Lakeside Imaging Trust, signed the plan.");
    TestArticles.assertHas(
        found,
        "Mark Evensen | JOB_TITLE | President",
        "Linda Fosse | JOB_TITLE | Secretary",
        "Linda Fosse | AFFILIATION | Lakeside Imaging Trust");
  }

  @Test
  void theBodyAWhoClauseSaysSheHeads() {
    List<String> found =
        run("Laura Dunmore, who heads the Lakeside Imaging Trust, said the plan was sound.");
    TestArticles.assertHas(found, "Laura Dunmore | AFFILIATION | Lakeside Imaging Trust");
  }
}
