package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of constructions that give a found person a title and an organization, on sentences
 * written for the purpose.
 */
class PersonRoleConstructionsTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  private static List<String> run(String paragraph) {
    return TestArticles.newsItem(SOC, paragraph);
  }

  @Test
  void coordinatedOrganizationRoleNamePairs() {
    List<String> found =
        run(
            "LIS President Dr Mara Quint and Northfield College of Radiology Chair "
                + "Dr Oren Valderby opened the autumn meeting.");
    TestArticles.assertHas(
        found,
        "Oren Valderby | JOB_TITLE | Chair",
        "Oren Valderby | AFFILIATION | Northfield College of Radiology");
    assertTrue(
        found.stream().noneMatch(r -> r.contains("| and ") || r.endsWith("Radiology Chair")),
        found::toString);
  }

  @Test
  void longAppositionWithPlaceAndTwoOffices() {
    List<String> found =
        run(
            "The medal goes to Mara Quint, MD, FACR, of Springfield, IL, former president of the Lakeside Imaging "
                + "Society, and professor emeritus, department of radiology, Northfield University.");
    TestArticles.assertHas(
        found,
        "Mara Quint | AFFILIATION | Lakeside Imaging Society",
        "Mara Quint | AFFILIATION | Northfield University",
        "Mara Quint | JOB_TITLE | Former President of the Lakeside Imaging Society",
        "Mara Quint | JOB_TITLE | professor emeritus, department of radiology");
  }

  @Test
  void organizationInsideTheFirstOfTwoOfficesIsTheAffiliation() {
    List<String> found =
        run(
            "Also honoured is Oren Valderby MD, FACR, of Del Mar, CA, former Lakeside Imaging Society president "
                + "and chair of the department of radiology, Northfield Medical Center.");
    TestArticles.assertHas(
        found,
        "Oren Valderby | AFFILIATION | Lakeside Imaging Society",
        "Oren Valderby | AFFILIATION | Northfield Medical Center",
        "Oren Valderby | JOB_TITLE | Former President",
        "Oren Valderby | JOB_TITLE | Chair of the Department of Radiology");
  }

  @Test
  void initialedNamesWithTheirOrganizationInBrackets() {
    List<String> found =
        run(
            "The Lakeside Imaging Society (LIS), the Northfield Radiology Group (NRG) and the Baltic Physics Association (BPA) share the work. "
                + "The board consisted of A. Brenner (LIS), K.L. Vostrikova (NRG) and T. Ohlsen (BPA).");
    TestArticles.assertHas(
        found,
        "A. Brenner | AFFILIATION | Lakeside Imaging Society",
        "K.L. Vostrikova | AFFILIATION | Northfield Radiology Group",
        "T. Ohlsen | AFFILIATION | Baltic Physics Association");
  }

  @Test
  void listItemsOpenedByATitleAndAColon() {
    List<String> found =
        run(
            "The new board takes office in May:\n  • Director from the Baltic States: Mara Quint\n  • Director-at-Large: Peter Valderby");
    TestArticles.assertHas(
        found,
        "Mara Quint | JOB_TITLE | Director from the Baltic States",
        "Peter Valderby | JOB_TITLE | Director-at-Large");
  }

  @Test
  void officeAfterAnAppositionAndACopula() {
    TestArticles.assertHas(
        run(
            "Mara Quint, a professor of radiology at Northfield University in Springfield, is the new president of the "
                + "Lakeside Imaging Society."),
        "Mara Quint | AFFILIATION | Lakeside Imaging Society",
        "Mara Quint | JOB_TITLE | President",
        "Mara Quint | AFFILIATION | Northfield University");
  }

  @Test
  void degreesBeforeARoleAtAnOrganization() {
    TestArticles.assertHas(
        run(
            "On Monday, Oren Valderby, MD, a radiology resident at the Northfield Medical Center, presented the plan."),
        "Oren Valderby | AFFILIATION | Northfield Medical Center",
        "Oren Valderby | JOB_TITLE | radiology resident");
  }

  @Test
  void actingOnBehalfOfAnOrganization() {
    TestArticles.assertHas(
        run(
            "\"It works,\" said Ada Lindqvist, MD, who drafted the guideline on behalf of the Baltic Radiology Association in 2019."),
        "Ada Lindqvist | AFFILIATION | Baltic Radiology Association");
  }

  @Test
  void acronymInBracketsBetweenOrganizationAndRole() {
    TestArticles.assertHas(
        run("The Baltic Physics Association (BPA) President Dr Pia Hellstrom welcomed the guests."),
        "Pia Hellstrom | AFFILIATION | Baltic Physics Association",
        "Pia Hellstrom | JOB_TITLE | President");
  }

  @Test
  void membershipIsAnAffiliationButNoTitle() {
    List<String> found =
        run("Mara Quint, MD, was a member of the Lakeside Imaging Society for 30 years.");
    TestArticles.assertHas(found, "Mara Quint | AFFILIATION | Lakeside Imaging Society");
    assertTrue(found.stream().noneMatch(r -> r.contains("JOB_TITLE")), found::toString);
  }

  @Test
  void organizationBeforeACapitalizedOfficeIsTheAffiliationNotPartOfTheTitle() {
    List<String> found =
        run(
            "The Lakeside Imaging Society (LIS) ran the course. \"We learn a lot,\" said Dr. Mara Quint, "
                + "LIS Educational Director, from Chile.");
    TestArticles.assertHas(
        found,
        "Mara Quint | AFFILIATION | Lakeside Imaging Society",
        "Mara Quint | JOB_TITLE | Educational Director");
    assertTrue(
        found.stream().noneMatch(r -> r.endsWith("LIS Educational Director")), found::toString);
  }

  @Test
  void anOfficeOfAnOwnersUnitIsTheUnits() {
    List<String> found =
        run(
            "Dr. Hemi Tavakori has been named chair of Northfield University Medical Center's Department of Radiology "
                + "and Imaging Sciences. \"We are glad,\" said Dr. Ulla Brandvik, chairman of the Lakeside Imaging Society's Board of Trustees.");
    assertTrue(
        found.stream()
            .anyMatch(
                r ->
                    r.startsWith("Hemi Tavakori | AFFILIATION | ")
                        && r.contains("Department of Radiology")),
        found::toString);
    assertTrue(
        found.stream()
            .anyMatch(
                r ->
                    r.startsWith("Ulla Brandvik | AFFILIATION | ")
                        && r.contains("Board of Trustees")),
        found::toString);
    assertTrue(
        found.stream()
            .noneMatch(
                r ->
                    r.endsWith("| AFFILIATION | Northfield University Medical Center")
                        || r.endsWith("| AFFILIATION | Lakeside Imaging Society")),
        found::toString);
  }

  @Test
  void aTitleIsNotCutAtAnAndInsideItsCapitalizedWords() {
    List<String> found =
        run(
            "Speakers: Ulla Brandvik; Lakeside Imaging Society Quality and Safety Subcommittee Chair, Hemi Tavakori; and others.");
    assertTrue(
        found.stream().noneMatch(r -> r.endsWith("| JOB_TITLE | Safety Subcommittee Chair")),
        found::toString);
  }

  @Test
  void aGroupComprisingAnOfficerListGivesEachOfficerTheGroup() {
    List<String> found =
        run(
            "The Steering Committee of the Lakeside Imaging Society comprising of Dr Mara Quint, President; "
                + "Dr Oren Valderby, Secretary; Dr Peter Halvorsen, Treasurer; met in Oslo.");
    TestArticles.assertHas(
        found,
        "Mara Quint | AFFILIATION | Steering Committee of the Lakeside Imaging Society",
        "Oren Valderby | AFFILIATION | Steering Committee of the Lakeside Imaging Society",
        "Peter Halvorsen | AFFILIATION | Steering Committee of the Lakeside Imaging Society");
  }

  @Test
  void peopleListedThenCalledMembersOfAnOrganization() {
    List<String> found =
        run(
            "Dr Mara Quint, Oren Valderby and Peter Halvorsen, all of Bergen and long-standing members of the "
                + "Lakeside Imaging Society, won the bid.");
    TestArticles.assertHas(
        found,
        "Mara Quint | AFFILIATION | Lakeside Imaging Society",
        "Oren Valderby | AFFILIATION | Lakeside Imaging Society",
        "Peter Halvorsen | AFFILIATION | Lakeside Imaging Society");
  }

  @Test
  void aTimeWordBeforeTheOfficeIsNotPartOfTheTitle() {
    List<String> found =
        run(
            "The meeting was opened by Mara Quint, current vice president of the Lakeside Imaging Society.");
    TestArticles.assertHas(
        found, "Mara Quint | JOB_TITLE | Vice President of the Lakeside Imaging Society");
  }

  @Test
  void aFrontedAsRoleOfAnOrganizationIsTheNamedPersons() {
    List<String> found =
        run(
            "As chairman of the Lakeside Imaging Society, Dr Oren Valderby, Department of Radiology, Northfield Hospital, opened the meeting.");
    TestArticles.assertHas(
        found,
        "Oren Valderby | AFFILIATION | Lakeside Imaging Society",
        "Oren Valderby | JOB_TITLE | Chairman of the Lakeside Imaging Society");
  }

  @Test
  void aRoleWithItsAcronymInBracketsBeforeItsOrganizationAndTheName() {
    List<String> found =
        run(
            "The Chief Executive Officer (CEO) of the Lakeside Imaging Society, Mara Quint, has a background in dentistry.");
    TestArticles.assertHas(
        found,
        "Mara Quint | AFFILIATION | Lakeside Imaging Society",
        "Mara Quint | JOB_TITLE | Chief Executive Officer of the Lakeside Imaging Society");
  }

  @Test
  void anOrganizationsRoleForAYearBeforeTheName() {
    List<String> found =
        run(
            "The Lakeside Imaging Society (LIS) met in Oslo. It is my pleasure to present the LIS President Elect for 2031, Mara Quint from Bergen.");
    TestArticles.assertHas(
        found,
        "Mara Quint | AFFILIATION | Lakeside Imaging Society",
        "Mara Quint | JOB_TITLE | President Elect");
  }

  @Test
  void aPluralOfficeBeforeAListOfPeopleIsEachOnesOffice() {
    List<String> found =
        run(
            "According to the two organisers and founding co-chairs, Dr. Mara Quint, from the Lakeside Imaging Society, "
                + "and Dr. Oren Valderby, from the Northfield Radiology Group, the network will grow.");
    TestArticles.assertHas(
        found,
        "Mara Quint | JOB_TITLE | Founding Co-Chair",
        "Oren Valderby | JOB_TITLE | Founding Co-Chair");
  }
}
