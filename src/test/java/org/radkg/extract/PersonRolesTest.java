package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** People's roles and affiliations read from sentences written for the purpose. */
class PersonRolesTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  private static List<String> names(String text) {
    return new PersonFinder()
        .find(text, 0, text.length()).stream().map(m -> m.entity().label()).toList();
  }

  private static List<String> run(String paragraph) {
    return TestArticles.newsItem(SOC, paragraph);
  }

  @Test
  void twoHeadsSharingOneOfficeAreOneTitle() {
    List<String> found =
        run("\"We grow,\" said Tom Arlen, MD, president and CEO of the Lakeside Imaging Group.");
    TestArticles.assertHas(
        found,
        "Tom Arlen | JOB_TITLE | President and CEO of the Lakeside Imaging Group",
        "Tom Arlen | AFFILIATION | Lakeside Imaging Group");
    assertTrue(found.stream().noneMatch(r -> r.endsWith("JOB_TITLE | president")), found::toString);
  }

  @Test
  void coordinatedTitlesSplitOnlyWhenTheFirstIsComplete() {
    assertTrue(
        CoordinatedTitles.split("professor and chair of radiology")
            .equals(List.of("professor and chair of radiology")));
    assertTrue(
        CoordinatedTitles.split("former chair and professor emeritus of surgery").size() == 1);
    assertTrue(
        CoordinatedTitles.split("Deputy Director General and Head of the Division of X")
            .equals(List.of("Deputy Director General", "Head of the Division of X")));
  }

  @Test
  void titleSpanningTwoOrganizationsEndsBeforeThem() {
    List<String> found =
        run(
            "\"We grow,\" said Tom Arlen, MD, president and CEO both the Lakeside Imaging Group and the Northfield Cancer Center.");
    TestArticles.assertHas(
        found,
        "Tom Arlen | JOB_TITLE | President and CEO",
        "Tom Arlen | AFFILIATION | Lakeside Imaging Group",
        "Tom Arlen | AFFILIATION | Northfield Cancer Center");
    assertTrue(found.stream().noneMatch(r -> r.contains("both")), found::toString);
  }

  @Test
  void credentialsAfterTheNameDoNotEndTheRole() {
    TestArticles.assertHas(
        run(
            "Jane Doe, B.S., R.T.(R)(CT), Imaging Outreach Program Director, Lakeside Imaging Group, wrote the report."),
        "Jane Doe | JOB_TITLE | Imaging Outreach Program Director",
        "Jane Doe | AFFILIATION | Lakeside Imaging Group");
  }

  @Test
  void teamWordsBetweenModifierAndHead() {
    TestArticles.assertHas(
        run(
            "\"It matters,\" said Jane Doe, former Unit Lead of Imaging Devices at the Lakeside Imaging Group."),
        "Jane Doe | JOB_TITLE | former Unit Lead of Imaging Devices",
        "Jane Doe | AFFILIATION | Lakeside Imaging Group");
  }

  @Test
  void actsAsRoleWithTheVerbGivenOnce() {
    TestArticles.assertHas(
        run(
            "The study is run by the NSI, and Prof. Jane Doe (Lakeside Imaging Group) acts as Clinical Coordinator "
                + "and Prof. John Roe (Oslo) as Scientific Coordinator of the project."),
        "Jane Doe | JOB_TITLE | Clinical Coordinator",
        "John Roe | JOB_TITLE | Scientific Coordinator");
  }

  @Test
  void speakerNamedAfterTitlesRunningIntoTheName() {
    List<String> found =
        run(
            "The Nordic Society of Imaging (NSI) met in Oslo. \"We are ready,\" said NSI Deputy Secretary General and Head of the Lakeside Department of Clinical Audit Jane Doe.");
    TestArticles.assertHas(
        found,
        "Jane Doe | JOB_TITLE | Deputy Secretary General",
        "Jane Doe | JOB_TITLE | Head of the Lakeside Department of Clinical Audit",
        "Jane Doe | AFFILIATION | Nordic Society of Imaging",
        "Jane Doe | AFFILIATION | Lakeside Department of Clinical Audit");
  }

  @Test
  void unitNamedBeforeTheRoleIsTheAffiliation() {
    List<String> found =
        run(
            "\"We are ready,\" said the Nordic Society of Imaging. \"So are we,\" said NSI Radiographer Section President Jane Doe.");
    TestArticles.assertHas(
        found,
        "Jane Doe | JOB_TITLE | President",
        "Jane Doe | AFFILIATION | NSI Radiographer Section");
  }

  @Test
  void speakerAfterATitleKeepsNoLettersAfterTheName() {
    String text =
        "\"It works,\" said Head of the Nordic Department of Clinical Audit Jane Doe FRCR.";
    assertTrue(names(text).equals(List.of("Jane Doe")), () -> names(text).toString());
  }

  @Test
  void organizationWithItsPlaceInBracketsAfterTheTitles() {
    TestArticles.assertHas(
        run(
            "The plan is led by Prof. Jane Doe, Director of the Imaging Department, Chairman of Radiology, "
                + "Lakeside University Hospital (Oslo, NO) and coordinated by the NSI."),
        "Jane Doe | AFFILIATION | Lakeside University Hospital");
  }

  @Test
  void itsRoleBelongsToTheOrganizationNamedBefore() {
    TestArticles.assertHas(
        run(
            "The campaign was first proposed by the Society for Child Imaging (SCI) through the work of its then-President Jane Doe."),
        "Jane Doe | AFFILIATION | Society for Child Imaging");
    List<String> found =
        run(
            "The Lakeside Imaging Group runs the Bright Start Program and its director, Dr. Jane Doe, spoke.");
    assertTrue(
        found.stream().noneMatch(r -> r.equals("Jane Doe | AFFILIATION | Lakeside Imaging Group")),
        found::toString);
  }

  @Test
  void nicknameInQuotesIsNotPartOfTheName() {
    String text = "The lab was founded, according to Edwin R. \"Ted\" Marlow, M.D., in 1980.";
    assertTrue(names(text).equals(List.of("Edwin R. Marlow")), () -> names(text).toString());
  }

  @Test
  void secondPersonOfASentenceHasHisOwnTitle() {
    TestArticles.assertHas(
        run(
            "The lab opened, according to Jane Doe, M.D. In the 1990s it grew a lot, said John Roe, professor and chair of radiology."),
        "John Roe | JOB_TITLE | professor and chair of radiology");
  }

  @Test
  void membersListedForANamedGroupAreItsMembers() {
    List<String> found =
        run(
            "We thank our Lakeside Steering Committee for the program. The members of the committee were Dr. Jane Doe (Chair), "
                + "Dr. John Roe and Dr. Ann Poe.");
    TestArticles.assertHas(
        found,
        "Jane Doe | AFFILIATION | Lakeside Steering Committee",
        "John Roe | AFFILIATION | Lakeside Steering Committee",
        "Ann Poe | AFFILIATION | Lakeside Steering Committee",
        "Jane Doe | JOB_TITLE | Chair");
    TestArticles.assertHas(
        run("The Lakeside Steering Committee includes Dr. Jane Doe, Dr. John Roe and Dr. Ann Poe."),
        "Ann Poe | AFFILIATION | Lakeside Steering Committee");
  }

  @Test
  void possessiveRoleBeforeAName() {
    TestArticles.assertHas(
        run("After the board met, our President, Prof. Jane Doe, gave a talk in Oslo."),
        "Jane Doe | JOB_TITLE | President");
  }

  @Test
  void whoIsRoleOfOrganization() {
    TestArticles.assertHas(
        run(
            "The award went to Jane Doe, who is president of the Lakeside Imaging Group, and to Peter Marlow, "
                + "who serves as chief of radiology at the Northfield Cancer Center."),
        "Jane Doe | JOB_TITLE | President of the Lakeside Imaging Group",
        "Jane Doe | AFFILIATION | Lakeside Imaging Group",
        "Peter Marlow | JOB_TITLE | Chief of Radiology",
        "Peter Marlow | AFFILIATION | Northfield Cancer Center");
  }

  @Test
  void possessiveOrganizationBeforeAName() {
    TestArticles.assertHas(
        run("The Lakeside Imaging Group's Dr. Jane Doe opened the course in Oslo."),
        "Jane Doe | AFFILIATION | Lakeside Imaging Group");
  }

  @Test
  void commonGivenNamesThatAreAlsoWords() {
    String text = "The prize went to Peter Marlow and Mary Okafor in Oslo.";
    assertTrue(
        names(text).equals(List.of("Peter Marlow", "Mary Okafor")), () -> names(text).toString());
  }

  @Test
  void officesListedForOnePerson() {
    List<String> found =
        run(
            "Professor Jane Doe served in many roles, including head of the imaging unit, president of the Lakeside University Hospital, "
                + "and chair of the Nordic Society of Imaging.");
    TestArticles.assertHas(
        found,
        "Jane Doe | JOB_TITLE | President of the Lakeside University Hospital",
        "Jane Doe | AFFILIATION | Lakeside University Hospital",
        "Jane Doe | AFFILIATION | Nordic Society of Imaging");
  }

  @Test
  void modifierBeforeTheOrganizationOfTheRole() {
    List<String> found =
        run(
            "The Nordic Society of Imaging (NSI) met in Oslo, with Jane Doe, PhD, incoming NSI Chair for 2027 preparing the new courses in 2026.");
    TestArticles.assertHas(
        found,
        "Jane Doe | AFFILIATION | Nordic Society of Imaging",
        "Jane Doe | JOB_TITLE | incoming NSI Chair for 2027");
  }

  @Test
  void personIsRoleWithoutAnArticle() {
    TestArticles.assertHas(
        run("Dr. Jane Doe is head of imaging at the Lakeside General Hospital in Denver."),
        "Jane Doe | JOB_TITLE | Head of Imaging",
        "Jane Doe | AFFILIATION | Lakeside General Hospital");
    // Without an article, only a role word opens a title: "is proud of" states none.
    assertTrue(
        run("Dr. Jane Doe is proud of the Lakeside General Hospital.").stream()
            .noneMatch(r -> r.contains("JOB_TITLE")));
  }

  @Test
  void appositiveTitleWithTheArticle() {
    TestArticles.assertHas(
        run("Dr. Jane Doe, the Chair of the Lakeside Imaging Group, signed the letter."),
        "Jane Doe | JOB_TITLE | Chair of the Lakeside Imaging Group",
        "Jane Doe | AFFILIATION | Lakeside Imaging Group");
  }

  @Test
  void titleInLowerCaseBeforeAnHonorific() {
    List<String> found =
        run(
            "Since 2019 program director Dr. Jane Doe and project manager Mr. John Roe lead the work.");
    TestArticles.assertHas(
        found, "Jane Doe | JOB_TITLE | Program Director", "John Roe | JOB_TITLE | project manager");
    assertTrue(found.stream().noneMatch(r -> r.contains("since")), found::toString);
  }

  @Test
  void titleBeforeTheNameAfterTheArticleAndAComma() {
    TestArticles.assertHas(
        run("The meeting was chaired by the current president, Jane Doe, who thanked the hosts."),
        "Jane Doe | JOB_TITLE | President");
  }

  @Test
  void organizationBeforeABareTitleIsTheAffiliationNotPartOfTheTitle() {
    List<String> found =
        run("The Baltic Imaging Society (BIS) met. \"We agree,\" said John Roe, BIS president.");
    TestArticles.assertHas(
        found,
        "John Roe | JOB_TITLE | President",
        "John Roe | AFFILIATION | Baltic Imaging Society");
    assertTrue(found.stream().noneMatch(r -> r.endsWith("BIS president")), found::toString);
  }

  @Test
  void organizationNamedByItsAcronymAloneIsNotPartOfTheTitle() {
    TestArticles.assertHas(
        run(
            "The Baltic Imaging Society (BIS) met. Dr. Jane Doe, President of the BIS, signed the letter."),
        "Jane Doe | JOB_TITLE | President",
        "Jane Doe | AFFILIATION | Baltic Imaging Society");
  }

  @Test
  void titleInCapitalsRightBeforeTheNameMidSentence() {
    List<String> found =
        run(
            "The clinic trained its Senior Sonographer, Dr. Jane Doe, and Imaging Officer for Training and Audit Mr John Roe.");
    TestArticles.assertHas(
        found,
        "Jane Doe | JOB_TITLE | Senior Sonographer",
        "John Roe | JOB_TITLE | Imaging Officer for Training and Audit");
    // "with Professor Jane Doe": the honorific is no title.
    assertTrue(
        run("The chair met with Professor Jane Doe in Oslo.").stream()
            .noneMatch(r -> r.contains("JOB_TITLE")));
  }

  @Test
  void captionAfterAnOrganizationsBareTitleAndSemicolonEndingATitle() {
    List<String> found =
        run(
            "The Baltic Imaging Society (BIS) met. Dr. Jane Doe, BIS President (left), greeted the guests.");
    TestArticles.assertHas(found, "Jane Doe | JOB_TITLE | President");
    List<String> list =
        run(
            "The board elected: Dr. Jane Doe (NO), Treasurer; Xandor V. Ivaskenko (SE), Secretary.");
    assertTrue(list.stream().noneMatch(r -> r.contains(";")), list::toString);
  }

  @Test
  void appositiveTitleWithAnIndefiniteArticleAfterDegrees() {
    TestArticles.assertHas(
        run(
            "Jane Doe, MD, an associate professor of radiology & imaging sciences at the Lakeside Medical School, joined the trip."),
        "Jane Doe | JOB_TITLE | associate professor of radiology & imaging sciences",
        "Jane Doe | AFFILIATION | Lakeside Medical School");
  }

  @Test
  void organizationAfterTheNamesDegrees() {
    TestArticles.assertHas(
        run("The talk was given by Jane Doe, M.D., of the Lakeside Heart Center."),
        "Jane Doe | AFFILIATION | Lakeside Heart Center");
  }

  @Test
  void secretaryGeneralOfASocietyLeavesTheSocietysName() {
    List<String> found =
        run(
            "The letter was signed by Dr. Jane Doe, Secretary General of the Baltic Radiology Society, in Riga.");
    TestArticles.assertHas(found, "Jane Doe | AFFILIATION | Baltic Radiology Society");
    assertTrue(found.stream().noneMatch(r -> r.contains("| General of")), found::toString);
  }

  @Test
  void titleWithItsOrganizationBeforeTheName() {
    TestArticles.assertHas(
        run(
            "The new president of the Baltic Radiology Society, Dr. Jane Doe, opened the congress."),
        "Jane Doe | JOB_TITLE | President of the Baltic Radiology Society",
        "Jane Doe | AFFILIATION | Baltic Radiology Society");
  }

  @Test
  void titleAndOrganizationInBracketsAfterTheName() {
    List<String> found =
        run("The course was opened by Dr. Jane Doe (Chair, Baltic Radiology Society) in Riga.");
    TestArticles.assertHas(
        found, "Jane Doe | JOB_TITLE | Chair", "Jane Doe | AFFILIATION | Baltic Radiology Society");
    assertTrue(found.stream().noneMatch(r -> r.contains("Chair, ")), found::toString);
  }

  @Test
  void acronymAfterACouncilOfTheOfficeStaysInTheTitle() {
    List<String> found =
        run(
            "The award went to Dr. Lena Sarvik, president of the Advisory Council of the NSI, and to Dr. Ivo Mertz, president of the NSI.");
    TestArticles.assertHas(
        found,
        "Lena Sarvik | JOB_TITLE | President of the Advisory Council of the NSI",
        "Ivo Mertz | JOB_TITLE | President");
  }
}
