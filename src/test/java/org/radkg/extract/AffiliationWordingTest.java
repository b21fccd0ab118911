package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Affiliations stated without an office: "Jane Doe, MD, with the X Group", "X Hospital led by Dr.
 * Jane Doe", a dotted unit abbreviation in an office before a name ("LIS E.C. Member, Jane Doe"),
 * "served on the X Board as Secretary", a department followed by the organization it is a unit of
 * ("Department of Radiology, The X Hospital"), a description fronted before the name ("A member of
 * the X Society, Jane Doe said"), a name in apposition before "is a professor of X", and an
 * office's title without the place of its organization; on sentences written for the purpose.
 */
class AffiliationWordingTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  private static List<String> run(String paragraph) {
    return TestArticles.newsItem(SOC, paragraph);
  }

  @Test
  void withTheOrganizationAfterTheName() {
    List<String> found =
        run(
            "Oren Valderby, MD, with the Northfield Radiology Group, received the society's gold medal on May 9.");
    TestArticles.assertHas(found, "Oren Valderby | AFFILIATION | Northfield Radiology Group");
  }

  @Test
  void metWithIsNoAffiliation() {
    List<String> found =
        run("Oren Valderby met with the Northfield Radiology Group in Bergen to plan the course.");
    assertTrue(
        found.stream().noneMatch(r -> r.startsWith("Oren Valderby | AFFILIATION")),
        found::toString);
  }

  @Test
  void organizationLedByThePerson() {
    List<String> found =
        run(
            "The audience included staff from the Northfield Medical Center led by Dr. Oren Valderby and 40 students.");
    TestArticles.assertHas(found, "Oren Valderby | AFFILIATION | Northfield Medical Center");
  }

  @Test
  void dottedUnitInAnOfficeBeforeTheName() {
    List<String> found =
        run(
            "The Lakeside Imaging Society (LIS) met in Oslo. A summary drafted by LIS E.C. Member, "
                + "Mara Quint, can be found on the society's page.");
    TestArticles.assertHas(found, "Mara Quint | AFFILIATION | Lakeside Imaging Society");
  }

  @Test
  void servedOnABodyAsAnOffice() {
    List<String> found =
        run(
            "Peter Halvorsen has most recently served on the Lakeside Imaging Society Board as Secretary for the past three years.");
    TestArticles.assertHas(
        found,
        "Peter Halvorsen | AFFILIATION | Lakeside Imaging Society Board",
        "Peter Halvorsen | JOB_TITLE | Secretary");
  }

  @Test
  void aDepartmentIsTheUnitOfTheOrganizationNamedNext() {
    List<String> found =
        run(
            "The keynote was given by Mara Quint, Department of Radiology, The Northfield University Hospital, "
                + "Oslo, Norway, who spoke on cardiac imaging.");
    TestArticles.assertHas(found, "Mara Quint | AFFILIATION | Northfield University Hospital");
  }

  @Test
  void aDepartmentAtAnOrganization() {
    List<String> found =
        run(
            "Then, Peter Halvorsen, Department of Radiology at Northfield University Hospital, gave a lecture on stroke imaging.");
    TestArticles.assertHas(found, "Peter Halvorsen | AFFILIATION | Northfield University Hospital");
  }

  @Test
  void descriptionFrontedBeforeTheName() {
    List<String> found =
        run(
            "A longtime member of the Lakeside Imaging Society, Dr. Peter Halvorsen said the course was full.");
    TestArticles.assertHas(found, "Peter Halvorsen | AFFILIATION | Lakeside Imaging Society");
  }

  @Test
  void thePlaceOfTheOrganizationIsNoPartOfTheTitle() {
    List<String> found =
        run(
            "Kurt Ramsey, MD, president of Northfield Radiology Associates in Bergen, was appointed to the board.");
    TestArticles.assertHas(
        found, "Kurt Ramsey | JOB_TITLE | President of Northfield Radiology Associates");
  }

  @Test
  void nameInAppositionThenIsARoleOfAnOrganization() {
    List<String> found =
        run(
            "The president of the congress, Dr. Peter Halvorsen, is an associate professor of Northfield University.");
    TestArticles.assertHas(
        found,
        "Peter Halvorsen | AFFILIATION | Northfield University",
        "Peter Halvorsen | JOB_TITLE | associate professor");
  }
}
