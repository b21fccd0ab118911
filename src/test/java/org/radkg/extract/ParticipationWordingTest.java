package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Participation and collaboration wordings of press releases, on sentences written for the purpose.
 */
class ParticipationWordingTest {
  private static final String EFRS = "European Federation of Radiographer Societies (EFRS)";

  @Test
  void organizationsThatJoinForcesToOrganizeSomethingEachLeadIt() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The ESTI and the ESCR have combined efforts to organise the Harbour Cardiac Imaging Course in Porto next spring.");
    assertHas(
        r,
        "European Society of Thoracic Imaging | LEADS | Harbour Cardiac Imaging Course",
        "European Society of Cardiovascular Radiology | LEADS | Harbour Cardiac Imaging Course");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The ESUR, the ESGAR and the ESSR teamed up to launch the Lakeside Dose Registry."),
        "European Society of Urogenital Radiology | LEADS | Lakeside Dose Registry",
        "European Society of Musculoskeletal Radiology | LEADS | Lakeside Dose Registry");
  }

  @Test
  void anOrganizationCalledThePartnerOfAnotherCollaboratesWithIt() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The ESTI, the only official partner of the ESCR for thoracic imaging, chose Porto."),
        "European Society of Thoracic Imaging | COLLABORATES_WITH | European Society of Cardiovascular Radiology");
    assertHas(
        TestArticles.newsItem(
            EFRS, "The ESUR has been a long-standing partner of the ESGAR since 2004."),
        "European Society of Urogenital Radiology | COLLABORATES_WITH | European Society of Gastrointestinal and Abdominal Radiology");
    assertHas(
        TestArticles.newsItem(
            EFRS, "The ESSR is a co-stakeholder of the ESHNR, which coordinates research."),
        "European Society of Musculoskeletal Radiology | COLLABORATES_WITH | European Society of Head and Neck Radiology");
    // A partner of an initiative is no collaborator of the organization that runs it.
    List<String> r =
        TestArticles.newsItem(EFRS, "The ESUR is a partner of the ESGAR's Lakeside Dose Registry.");
    assertFalse(
        r.contains(
            "European Society of Urogenital Radiology | COLLABORATES_WITH | European Society of Gastrointestinal and Abdominal Radiology"),
        r::toString);
  }

  @Test
  void aRelativeClauseAndAGroupNounMayStandBeforeTheCollaborators() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The grant came from the Harbour Physics Association (HPA), which maintains cooperation with sister societies such as the ESTI, the ESCR and the ESUR among others.");
    assertHas(
        r,
        "Harbour Physics Association | COLLABORATES_WITH | European Society of Thoracic Imaging",
        "Harbour Physics Association | COLLABORATES_WITH | European Society of Urogenital Radiology");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Harbour Physics Association (AFMP) has built strong ties with the ESTI and the ESCR."),
        "Harbour Physics Association | COLLABORATES_WITH | European Society of Cardiovascular Radiology");
  }

  @Test
  void theSubjectOfAListOfCollaboratorsLeadsWhatItOrganizes() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The ESTI, in collaboration with the ESCR, the ESUR and the ESGAR, has won the bid to host the Harbour Imaging Congress 2027.");
    assertHas(
        r,
        "European Society of Thoracic Imaging | LEADS | Harbour Imaging Congress 2027",
        "European Society of Cardiovascular Radiology | PARTNERS_IN | Harbour Imaging Congress 2027",
        "European Society of Gastrointestinal and Abdominal Radiology | PARTNERS_IN | Harbour Imaging Congress 2027");
    assertFalse(
        r.contains(
            "European Society of Cardiovascular Radiology | LEADS | Harbour Imaging Congress 2027"),
        r::toString);
  }

  @Test
  void collaboratorsPartnerInTheNumberedEditionTheSubjectWonTheBidToHost() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The ESTI, in collaboration with the Ministry of Health, the Lakeland Medical Association and the Norvik Events Agency, has won a bid to host the 31st edition of the Harbour Imaging Congress in October 2031.");
    assertHas(
        r,
        "European Society of Thoracic Imaging | LEADS | Harbour Imaging Congress 2031",
        "Lakeland Medical Association | PARTNERS_IN | Harbour Imaging Congress 2031",
        "Norvik Events Agency | PARTNERS_IN | Harbour Imaging Congress 2031");
  }

  @Test
  void itsBeforeAnInitiativeIsTheClauseSubjects() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "Drawing on the ESCR's network, the ESTI seeks to widen access to imaging in rural areas, notably through its Harbour Screening Programme.");
    assertHas(r, "European Society of Thoracic Imaging | LEADS | Harbour Screening Programme");
    assertFalse(
        r.contains(
            "European Society of Cardiovascular Radiology | LEADS | Harbour Screening Programme"),
        r::toString);
    // Another noun phrase between them may be what "its" points to.
    r =
        TestArticles.newsItem(
            EFRS, "The ESTI praised the regional hospital for its Harbour Screening Programme.");
    assertFalse(
        r.contains("European Society of Thoracic Imaging | LEADS | Harbour Screening Programme"),
        r::toString);
  }

  @Test
  void anAcronymAfterAPossessiveLeavesTheOwnerReadable() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The mission of the Harbour Physics Association’s (HPA) Lakeside Dose Registry is to collect doses."),
        "Harbour Physics Association | LEADS | Lakeside Dose Registry");
  }

  @Test
  void organizationsThatProvideEndorsementPartnerInTheGuideline() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The Harbour Contrast Guidelines (HCG) appeared in May. "
                + "The ESTI, the ESCR, and the ESUR have provided formal support/endorsement for the Harbour Contrast Guidelines so far.");
    assertHas(
        r,
        "European Society of Thoracic Imaging | PARTNERS_IN | Harbour Contrast Guidelines",
        "European Society of Urogenital Radiology | PARTNERS_IN | Harbour Contrast Guidelines");
  }

  @Test
  void organizationsNamedWithTheSubjectPartnerInWhatItLaunches() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The ESTI, together with the ESCR and the ESUR, launched the Harbour Screening Programme last year.");
    assertHas(
        r,
        "European Society of Thoracic Imaging | LEADS | Harbour Screening Programme",
        "European Society of Cardiovascular Radiology | PARTNERS_IN | Harbour Screening Programme",
        "European Society of Urogenital Radiology | PARTNERS_IN | Harbour Screening Programme");
    assertFalse(
        r.contains(
            "European Society of Urogenital Radiology | LEADS | Harbour Screening Programme"),
        r::toString);
  }

  @Test
  void anOrganizationThatHelpsWithinAnInitiativePartnersInIt() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "Within the regional project LAT/6/031 (2015-2018) the ESTI assisted six hospitals to train physicists."),
        "European Society of Thoracic Imaging | PARTNERS_IN | LAT/6/031");
    assertHas(
        TestArticles.newsItem(
            EFRS, "Under the Harbour Screening Programme, the ESCR trained forty radiographers."),
        "European Society of Cardiovascular Radiology | PARTNERS_IN | Harbour Screening Programme");
  }

  @Test
  void aSecondPassiveClauseHasItsOwnAgents() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The Harbour Dose Guideline (HDG) sets limits. "
                + "The HDG is drafted by the ESTI and is jointly sponsored by the ESCR, the ESUR and the ESGAR.");
    assertHas(
        r,
        "European Society of Thoracic Imaging | LEADS | Harbour Dose Guideline",
        "European Society of Cardiovascular Radiology | PARTNERS_IN | Harbour Dose Guideline",
        "European Society of Gastrointestinal and Abdominal Radiology | PARTNERS_IN | Harbour Dose Guideline");
    assertFalse(
        r.contains("European Society of Cardiovascular Radiology | LEADS | Harbour Dose Guideline"),
        r::toString);
  }
}
