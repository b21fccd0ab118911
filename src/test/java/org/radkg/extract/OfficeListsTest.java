package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists of office holders opened by a sentence ending in a colon, an office held alone on its line
 * ("Secretary Jane Doe") and a name line closed by a dotted degree; on text written for the
 * purpose.
 */
class OfficeListsTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  private static List<String> run(String paragraph) {
    return TestArticles.newsItem(SOC, paragraph);
  }

  @Test
  void bulletedOfficesServeTheOrganizationNamedBeforeTheList() {
    List<String> found =
        run(
            "Esteemed members of the Lakeside Imaging Society agreed to serve in leadership positions. "
                + "The following members take office after the meeting:\n"
                + "  • President-Elect: Tomas Vindhagen\n"
                + "  • Director-at-Large: Oskar Lindqvist\n"
                + "Please join me in congratulating them.");
    TestArticles.assertHas(
        found,
        "Tomas Vindhagen | JOB_TITLE | President-Elect",
        "Tomas Vindhagen | AFFILIATION | Lakeside Imaging Society",
        "Oskar Lindqvist | AFFILIATION | Lakeside Imaging Society");
  }

  @Test
  void officesUnderAHeadingWithoutAnOrganizationHaveNone() {
    List<String> found =
        run(
            "The organizing committee of the Lakeside Imaging Society congress is listed below.\n"
                + "President: Niels Bakkestrand\nSecretary: Sten Karsgaard");
    TestArticles.assertHas(found, "Niels Bakkestrand | JOB_TITLE | President");
    assertTrue(found.stream().noneMatch(r -> r.contains("AFFILIATION")), found::toString);
  }

  @Test
  void namesListedUnderAPluralOfficeHoldItInTheSingular() {
    List<String> found =
        run(
            "The members voted for their leadership this year. The newly elected Advisory Council Members are:\n"
                + "Halvard Strommen, R.T., Bergen, Norway\n"
                + "Rosalind Quarrie, R.T., (MR), Leeds, UK\n"
                + "Kirsten Moffatt, BAppSc, Sydney, Australia");
    TestArticles.assertHas(
        found,
        "Halvard Strommen | JOB_TITLE | Advisory Council Member",
        "Kirsten Moffatt | JOB_TITLE | Advisory Council Member");
  }

  @Test
  void aSentenceAfterTheListIsNoItem() {
    List<String> found =
        run(
            "The members voted for their leadership this year. The newly elected Advisory Council Members are:\n"
                + "Halvard Strommen, Bergen, Norway\n\n"
                + "Congratulations to the newly elected candidates, and we hope you enjoy your time serving the members.\n"
                + "Dr. Ines Marlowe, MD, spoke at the dinner.");
    assertTrue(
        found.stream().noneMatch(r -> r.startsWith("Ines Marlowe | JOB_TITLE")), found::toString);
  }

  @Test
  void secretaryBeforeANameOnItsLine() {
    TestArticles.assertHas(
        run(
            "Contact the congress office by mail.\nSecretary Mette Holmgaard\nLakeside University Hospital"),
        "Mette Holmgaard | JOB_TITLE | Secretary");
  }

  @Test
  void dottedDegreeWithoutACommaClosesAName() {
    TestArticles.assertHas(
        run(
            "The letter was signed as follows.\nJalal Farrokhzad M.D.\nSecretary of Lakeside Imaging Society"),
        "Jalal Farrokhzad | AFFILIATION | Lakeside Imaging Society");
  }

  @Test
  void namesListedUnderAPluralOfficeOfANamedBodyBelongToIt() {
    List<String> found =
        run(
            "The members voted for their leadership this year. The newly elected Lakeside Imaging Society Council Members are:\n"
                + "Halvard Strommen, R.T., Bergen, Norway\n"
                + "Rosalind Quarrie, R.T., (MR), Leeds, UK");
    TestArticles.assertHas(
        found,
        "Halvard Strommen | AFFILIATION | Lakeside Imaging Society Council",
        "Rosalind Quarrie | AFFILIATION | Lakeside Imaging Society Council");
  }
}
