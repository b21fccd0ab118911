package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per relation pattern family: a sentence from the seed newsletter and a sentence written
 * for the purpose (other societies, programs, places), each run through the real extractor.
 */
class RelationPatternTest {
  private static final String JRS = "Japan Radiological Society (JRS)";
  private static final String AOSR = "Asian Oceanian Society of Radiology (AOSR)";
  private static final String ISR = "International Society of Radiology (ISR)";
  private static final String ACR = "American College of Radiology (ACR)";

  private static void assertHas(List<String> relations, String... expected) {
    TestArticles.assertHas(relations, expected);
  }

  private static List<String> run(String header, String paragraph) {
    return TestArticles.newsItem(header, paragraph);
  }

  @Test
  void leadActiveWithDateAndPlace() {
    assertHas(
        run(
            JRS,
            "The Japan Radiological Society launched the Japan Medical Image Database Project in April 2018 in Tokyo, Japan."),
        "Japan Radiological Society | LEADS | Japan Medical Image Database Project");
    assertHas(
        run(
            ACR,
            "To accelerate the education and understanding of AI, the ACR launched ACR AI-LAB."),
        "American College of Radiology | LEADS | ACR AI-LAB");
  }

  @Test
  void issuedWithLeadingDate() {
    assertHas(
        run(
            AOSR,
            "In September 2023, AOSR issued a Position Statement on Radiologists as Clinicians."),
        "Asian Oceanian Society of Radiology | LEADS | Position Statement on Radiologists as Clinicians",
        "Position Statement on Radiologists as Clinicians | START_DATE | 2023-09");
    assertHas(
        run(
            JRS,
            "In March 2021, the Japan Radiological Society issued a Position Statement on Teleradiology."),
        "Japan Radiological Society | LEADS | Position Statement on Teleradiology",
        "Position Statement on Teleradiology | START_DATE | 2021-03");
  }

  @Test
  void heldWebinarWithQuotedTitle() {
    assertHas(
        run(
            AOSR,
            "Following through on the plan, the AOSR held a very well attended webinar on the theme of "
                + "‘The Connected Radiologist’ on January 17, 2023."),
        "Asian Oceanian Society of Radiology | LEADS | The Connected Radiologist",
        "The Connected Radiologist | START_DATE | 2023-01-17");
    assertHas(
        run(
            JRS,
            "The Japan Radiological Society held a webinar on the theme of ‘Imaging After the Earthquake’ on June 12, 2022."),
        "Japan Radiological Society | LEADS | Imaging After the Earthquake",
        "Imaging After the Earthquake | START_DATE | 2022-06-12");
  }

  @Test
  void coOrganizedWebinarOnTopic() {
    assertHas(
        run(
            ISR,
            "As an NSA with the World Health Organization, the ISR co-organized a webinar on the topic of "
                + "Engaging patients for medical radiation safety on September 18, on the occasion of World Patient Safety Day."),
        "International Society of Radiology | PARTNERS_IN | Engaging patients for medical radiation safety");
    assertHas(
        run(
            JRS,
            "The Korean Society of Radiology co-organized a webinar on the topic of Dose Awareness in Children on 3 May 2023."),
        "Korean Society of Radiology | PARTNERS_IN | Dose Awareness in Children",
        "Dose Awareness in Children | START_DATE | 2023-05-03");
  }

  @Test
  void sponsorRole() {
    assertHas(
        run(
            ISR,
            "The International Society of Radiology acted as platinum sponsor of the 1st Summer School on AI "
                + "for Medical Imaging in Africa (AFRICAI/Summer School), which was held online from September 11-16."),
        "International Society of Radiology | PARTNERS_IN | 1st Summer School on AI for Medical Imaging in Africa");
    assertHas(
        run(
            JRS,
            "The Japan Radiological Society acted as gold sponsor of the 2nd Tokyo Imaging Summer School."),
        "Japan Radiological Society | PARTNERS_IN | Tokyo Imaging Summer School");
  }

  @Test
  void participatesAtQuotedConference() {
    assertHas(
        run(
            JRS,
            "The Japan Radiological Society was represented at the regional conference “Safety Culture in Imaging” held in Manila, Philippines."),
        "Japan Radiological Society | PARTICIPATES_IN | Safety Culture in Imaging",
        "Safety Culture in Imaging | LOCATION | Manila",
        "Safety Culture in Imaging | LOCATION | Philippines");
  }

  @Test
  void passiveFunding() {
    assertHas(
        run(JRS, "The Dose Awareness Program is funded by the National Cancer Center."),
        "National Cancer Center | FUNDS | Dose Awareness Program");
  }

  @Test
  void collaboration() {
    assertHas(
        run(
            ACR,
            "Upon the successful collaboration, the ACR Center for Research and Innovation is continuing collaboration "
                + "with the Alzheimer’s Association and study leadership on a new study."),
        "ACR Center for Research and Innovation | COLLABORATES_WITH | Alzheimer's Association");
    List<String> mine =
        run(
            JRS,
            "The Japan Radiological Society is collaborating with the Korean Society of Radiology on the Asian Imaging Registry.");
    assertHas(
        mine,
        "Japan Radiological Society | COLLABORATES_WITH | Korean Society of Radiology",
        "Korean Society of Radiology | COLLABORATES_WITH | Japan Radiological Society");
  }

  @Test
  void membership() {
    assertHas(
        run(
            JRS,
            "The Asian Imaging Coalition has formed with four founding members organizations (Japan Radiological Society, "
                + "Korean Society of Radiology, Philippine College of Radiology, and Hong Kong College of Radiologists)."),
        "Japan Radiological Society | MEMBER_OF | Asian Imaging Coalition",
        "Hong Kong College of Radiologists | MEMBER_OF | Asian Imaging Coalition");
    assertHas(
        run(
            JRS,
            "The Japan Radiological Society is a member of the International Society of Radiology."),
        "Japan Radiological Society | MEMBER_OF | International Society of Radiology");
  }

  @Test
  void partOf() {
    assertHas(
        run(
            AOSR,
            "Position Statement on the Multidisciplinary Approach to Patient Care also forms part of the AOSR Value Based Initiative."),
        "Position Statement on the Multidisciplinary Approach to Patient Care | PART_OF | AOSR Value Based Initiative");
    assertHas(
        run(JRS, "The Dose Awareness Program is part of the Japan Radiation Safety Initiative."),
        "Dose Awareness Program | PART_OF | Japan Radiation Safety Initiative");
  }

  @Test
  void eventPlaceAndDate() {
    assertHas(
        run(
            AOSR,
            "The AOCR 2023 in Bangkok, Thailand in February 2023, was a very successful hybrid event."),
        "Asian Oceanian Congress of Radiology 2023 | LOCATION | Bangkok",
        "Asian Oceanian Congress of Radiology 2023 | LOCATION | Thailand",
        "Asian Oceanian Congress of Radiology 2023 | START_DATE | 2023-02");
    assertHas(
        run(
            JRS,
            "The Korean Congress of Radiology 2023 in Seoul, Korea on September 20, 2023 drew many participants."),
        "Korean Congress of Radiology 2023 | LOCATION | Seoul",
        "Korean Congress of Radiology 2023 | START_DATE | 2023-09-20");
  }

  @Test
  void launchedInDate() {
    assertHas(
        run(
            AOSR,
            "AsiaSafe was officially launched in July 2021 to promote radiation safety in the region."),
        "AsiaSafe | START_DATE | 2021-07");
    assertHas(
        run(JRS, "The Dose Awareness Program was launched in October 2019."),
        "Dose Awareness Program | START_DATE | 2019-10");
  }

  @Test
  void weAndDefiniteAnaphora() {
    assertHas(
        run(
            ACR,
            "To meet this need, we’ve created the ACR Radiologist Well-Being Program for all ACR members."),
        "American College of Radiology | LEADS | ACR Radiologist Well-Being Program");
    assertHas(
        run(
            JRS,
            "The Asian Imaging Coalition was launched in 2021. The Coalition’s Imaging Equity Pledge has over 300 signatories."),
        "Asian Imaging Coalition | LEADS | Imaging Equity Pledge");
  }

  @Test
  void personRoles() {
    assertHas(
        run(
            JRS,
            "Hiroshi Tanaka, MD, PhD, JRS Director of International Affairs, visited the site."),
        "Hiroshi Tanaka | JOB_TITLE | JRS Director of International Affairs",
        "Hiroshi Tanaka | AFFILIATION | Japan Radiological Society");
  }

  private static final String ESGAR =
      "European Society of Gastrointestinal and Abdominal Radiology (ESGAR)";

  @Test
  void signedAgreementIsCollaboration() {
    assertHas(
        run(
            ESGAR,
            "The European Society of Gastrointestinal and Abdominal Radiology (ESGAR) and the European Society of "
                + "Urogenital Radiology (ESUR) have signed a memorandum of understanding to collaborate on joint education activities."),
        "European Society of Gastrointestinal and Abdominal Radiology | COLLABORATES_WITH | European Society of Urogenital Radiology",
        "European Society of Urogenital Radiology | COLLABORATES_WITH | European Society of Gastrointestinal and Abdominal Radiology");
  }

  @Test
  void grantFromFunderFundsTheProgram() {
    assertHas(
        run(
            ESGAR,
            "Supported by a grant from the Bill & Melinda Gates Foundation, the RAD-AID Nigeria Program will train 40 radiographers."),
        "Bill & Melinda Gates Foundation | FUNDS | RAD-AID Nigeria Program");
  }

  @Test
  void congressHostedWithPlaceAndDates() {
    List<String> r =
        run(
            JRS,
            "The Korean Society of Radiology hosted the Korean Congress of Radiology (KCR 2023) in Seoul from September 20-23, 2023.");
    assertHas(
        r,
        "Korean Society of Radiology | LEADS | Korean Congress of Radiology 2023",
        "Korean Congress of Radiology 2023 | LOCATION | Seoul",
        "Korean Congress of Radiology 2023 | START_DATE | 2023-09-20");
  }

  @Test
  void listSubjectLeadsWithYear() {
    assertHas(
        run(
            JRS,
            "The WHO and the IAEA launched the Global Initiative for Radiology Equity in 2024."),
        "World Health Organization | LEADS | Global Initiative for Radiology Equity",
        "International Atomic Energy Agency | LEADS | Global Initiative for Radiology Equity",
        "Global Initiative for Radiology Equity | START_DATE | 2024");
  }

  @Test
  void untitledPersonWithTwoTitlesKeepsTheTitlesOutOfOrganizations() {
    List<String> found =
        run(
            JRS,
            "The course was opened by Jane Doe, XYZA Deputy Director General and Head of the Department of Nuclear Safety.");
    assertHas(
        found,
        "Jane Doe | JOB_TITLE | XYZA Deputy Director General",
        "Jane Doe | JOB_TITLE | Head of the Department of Nuclear Safety");
    assertTrue(
        found.stream().noneMatch(r -> r.contains("AFFILIATION | XYZA Deputy")),
        () -> found.toString());
  }

  @Test
  void dottedDegreesDoNotEndTheRole() {
    assertHas(
        run(
            ACR,
            "\"This matters,\" said Ada Brenton, M.D., Ph.D., chief research officer of the American College of Radiology (ACR)."),
        "Ada Brenton | AFFILIATION | American College of Radiology",
        "Ada Brenton | JOB_TITLE | Chief Research Officer of the American College of Radiology");
  }

  @Test
  void titleLosesArticleAndCaptionPosition() {
    assertHas(
        run(JRS, "Dr. Karl Fenwick is the medical director of the Orbis Imaging Institute."),
        "Karl Fenwick | JOB_TITLE | Medical Director");
    // The organization before a bare title is the affiliation, not part of the title (as the real
    // pages' annotators write it).
    assertHas(
        run(JRS, "Kenji Sato, JRS President (left), welcomed the guests."),
        "Kenji Sato | JOB_TITLE | President",
        "Kenji Sato | AFFILIATION | Japan Radiological Society");
  }

  @Test
  void roleOfSocietyGivesAffiliationAndTitle() {
    assertHas(
        run(
            ESGAR,
            "\"We are delighted,\" said Dr. Maria Rossi, president of the Italian Society of Medical and Interventional Radiology (SIRM)."),
        "Maria Rossi | AFFILIATION | Italian Society of Medical and Interventional Radiology",
        "Maria Rossi | JOB_TITLE | President of the Italian Society of Medical and Interventional Radiology");
  }

  @Test
  void developedInPartnershipWith() {
    assertHas(
        run(
            ESGAR,
            "The Imaging Equity Registry, which was developed in partnership with the Canadian Institute for Health Information, now includes 120 sites."),
        "Canadian Institute for Health Information | PARTNERS_IN | Imaging Equity Registry");
  }

  @Test
  void datedCongressEdition() {
    assertHas(
        run(
            AOSR,
            "In our 18th AOCR which was held in April 2021, we had a dedicated symposium on the pandemic."),
        "Asian Oceanian Congress of Radiology 2021 | START_DATE | 2021-04");
    assertHas(
        run(
            JRS,
            "The Japan Radiological Society organised the 82nd Japan Radiology Congress, which was held in Yokohama, Japan in April 2023."),
        "Japan Radiological Society | LEADS | Japan Radiology Congress 2023");
  }

  @Test
  void announcedTheLaunchOf() {
    assertHas(
        run(
            JRS,
            "In May 2019 the Japan Radiological Society announced the official launch of the Japan Safe Radiology Campaign."),
        "Japan Radiological Society | LEADS | Japan Safe Radiology Campaign");
  }

  @Test
  void launchedByWithDate() {
    assertHas(
        run(
            JRS,
            "The Japan Safe Radiology Campaign was launched by the Japan Radiological Society in May 2019."),
        "Japan Radiological Society | LEADS | Japan Safe Radiology Campaign",
        "Japan Safe Radiology Campaign | START_DATE | 2019-05");
  }

  @Test
  void partnersListedAsFoundingPartners() {
    assertHas(
        run(
            JRS,
            "The Korean Society of Radiology and the Japan Radiological Society are founding partners of the Asian Imaging Registry."),
        "Korean Society of Radiology | PARTNERS_IN | Asian Imaging Registry",
        "Japan Radiological Society | PARTNERS_IN | Asian Imaging Registry");
  }

  @Test
  void personWithOrganizationInParentheses() {
    assertHas(
        run(
            JRS,
            "The keynote was given by Prof. Anna Berg (Karolinska Institutet) on the first day."),
        "Anna Berg | AFFILIATION | Karolinska Institutet");
  }

  @Test
  void organizationRightBeforeAPersonIsTheirs() {
    assertHas(
        run(JRS, "At the meeting, JRS Ingrid Solberg reported on the new curriculum."),
        "Ingrid Solberg | AFFILIATION | Japan Radiological Society");
    assertHas(
        run(
            JRS,
            "\"A fine meeting,\" said JRS council member Dr. Walter Okonjo, a pediatric radiologist."),
        "Walter Okonjo | AFFILIATION | Japan Radiological Society",
        "Walter Okonjo | JOB_TITLE | council member");
  }

  @Test
  void representingAnOrganization() {
    assertHas(
        run(
            JRS,
            "We welcome Dr. Walter Okonjo, representing the Japan Radiological Society, as our new treasurer."),
        "Walter Okonjo | AFFILIATION | Japan Radiological Society");
  }

  @Test
  void appositionWithAnArticleNamesTheOrganization() {
    assertHas(
        run(
            JRS,
            "Former chair Dr. Walter Okonjo, a professor of radiology at Kyoto University in Kyoto, spoke next."),
        "Walter Okonjo | AFFILIATION | Kyoto University",
        "Walter Okonjo | JOB_TITLE | professor of radiology");
    assertHas(
        run(JRS, "Prof. Ingrid Solberg, a radiologist at Oslo University Hospital, agreed."),
        "Ingrid Solberg | AFFILIATION | Oslo University Hospital");
  }

  @Test
  void theOrganizationARoleIsOfIsTheirs() {
    List<String> found =
        run(
            JRS,
            "\"We agree,\" said Ingrid Solberg, head of the Hybrid Imaging Section at the World Health Organization.");
    // The unit is its host's (OwnedNames): "Hybrid Imaging Section" stays its altLabel.
    assertHas(
        found,
        "Ingrid Solberg | AFFILIATION | WHO Hybrid Imaging Section",
        "Ingrid Solberg | AFFILIATION | World Health Organization");
    assertHas(
        run(
            JRS,
            "\"Good,\" said Walter Okonjo, MD, chair of the Quality Commission and the medical director of the Lakeside Imaging Institute."),
        "Walter Okonjo | AFFILIATION | Quality Commission",
        "Walter Okonjo | AFFILIATION | Lakeside Imaging Institute",
        "Walter Okonjo | JOB_TITLE | Medical Director of the Lakeside Imaging Institute");
    List<String> department =
        run(
            JRS,
            "\"Good,\" said Walter Okonjo, director of the Nuclear Imaging Department, Lakeside Hospital.");
    assertTrue(
        department.stream().noneMatch(r -> r.contains("AFFILIATION | Nuclear Imaging Department")),
        department::toString);
  }

  @Test
  void rolesBeforeANameAndTheRoleItIsWelcomedAs() {
    assertHas(
        run(
            JRS,
            "We welcome President Elect Walter Okonjo, representing the Japan Radiological Society, as the new ISR President."),
        "Walter Okonjo | JOB_TITLE | President Elect",
        "Walter Okonjo | JOB_TITLE | President",
        "Walter Okonjo | AFFILIATION | International Society of Radiology",
        "Walter Okonjo | AFFILIATION | Japan Radiological Society");
    assertHas(
        run(JRS, "Past president Dr. Ingrid Solberg was equally impressed."),
        "Ingrid Solberg | JOB_TITLE | Past President");
  }

  @Test
  void roleInBracketsAfterAName() {
    assertHas(
        run(
            JRS,
            "The members of the panel were Dr. Walter Okonjo (Chair), Dr. Ingrid Solberg and Dr. Pieter van Houten."),
        "Walter Okonjo | JOB_TITLE | Chair");
    assertHas(
        run(
            JRS,
            "Interviews were given by Dr. Ingrid Solberg (Chair of the Japan Radiological Society – JRS) and others."),
        "Ingrid Solberg | JOB_TITLE | Chair of the Japan Radiological Society",
        "Ingrid Solberg | AFFILIATION | Japan Radiological Society");
  }
}
