package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Involvement of listed organizations in an initiative or event, read from a trigger verb or a
 * prepositional phrase (see {@link InvolvementRules}), on sentences written for the purpose.
 */
class InvolvementReadingTest {
  private static final String EFRS = "European Federation of Radiographer Societies (EFRS)";

  @Test
  void everyOrganizationOfAListTakesPartThroughItsVerb() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Registry (HIR) opened in May. "
                + "The ESTI, the ESCR and the ESUR will take part in the Harbour Imaging Registry."),
        "European Society of Thoracic Imaging | PARTICIPATES_IN | Harbour Imaging Registry",
        "European Society of Cardiovascular Radiology | PARTICIPATES_IN | Harbour Imaging Registry",
        "European Society of Urogenital Radiology | PARTICIPATES_IN | Harbour Imaging Registry");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Registry (HIR) opened in May. "
                + "The ESGAR became a beneficiary of the HIR in 2021 and contributes to the clinical work packages of the HIR."),
        "European Society of Gastrointestinal and Abdominal Radiology | PARTNERS_IN | Harbour Imaging Registry");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Registry (HIR) opened in May. "
                + "The ESSR and the ESHNR have contributed to the design of the HIR."),
        "European Society of Musculoskeletal Radiology | PARTNERS_IN | Harbour Imaging Registry",
        "European Society of Head and Neck Radiology | PARTNERS_IN | Harbour Imaging Registry");
  }

  @Test
  void organizationsNamedInAnInvolvementPhraseTakePartInTheInitiative() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Registry (HIR) will be run with the participation of the ESTI and the ESCR."),
        "European Society of Thoracic Imaging | PARTICIPATES_IN | Harbour Imaging Registry",
        "European Society of Cardiovascular Radiology | PARTICIPATES_IN | Harbour Imaging Registry");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Registry (HIR) was designed in close collaboration with the ESSR, the ESUR and the ESGAR."),
        "European Society of Musculoskeletal Radiology | PARTNERS_IN | Harbour Imaging Registry",
        "European Society of Urogenital Radiology | PARTNERS_IN | Harbour Imaging Registry",
        "European Society of Gastrointestinal and Abdominal Radiology | PARTNERS_IN | Harbour Imaging Registry");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "With the support of the ESHNR and the ESSR, the EFRS launched the Harbour Imaging Registry (HIR)."),
        "European Society of Head and Neck Radiology | PARTNERS_IN | Harbour Imaging Registry",
        "European Society of Musculoskeletal Radiology | PARTNERS_IN | Harbour Imaging Registry");
  }

  @Test
  void aPhraseBeforeAnotherInitiativeDoesNotReachBack() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Registry (HIR) opened in May, and the Lakeside Dose Survey (LDS) was run in collaboration with the ESTI.");
    assertFalse(
        r.contains("European Society of Thoracic Imaging | PARTNERS_IN | Harbour Imaging Registry"),
        r::toString);
    assertHas(r, "European Society of Thoracic Imaging | PARTNERS_IN | Lakeside Dose Survey");
  }

  @Test
  void aGroupNounBeforeTheListLeavesItsOwnerOut() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Summit (HIS) will include contributions from national societies as well as from the EFRS's partners, including the ESTI and the ESCR.");
    assertHas(
        r,
        "European Society of Thoracic Imaging | PARTNERS_IN | Harbour Imaging Summit",
        "European Society of Cardiovascular Radiology | PARTNERS_IN | Harbour Imaging Summit");
    assertFalse(
        r.contains(
            "European Federation of Radiographer Societies | PARTNERS_IN | Harbour Imaging Summit"),
        r::toString);
  }

  @Test
  void theRoleAWholeGivesItsListedOrganizationsDecidesTheRelation() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Registry (HIR), which counts the ESTI and the ESCR among its lead partners, opened in May."),
        "European Society of Thoracic Imaging | PARTNERS_IN | Harbour Imaging Registry",
        "European Society of Cardiovascular Radiology | PARTNERS_IN | Harbour Imaging Registry");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The European Cancer Organisation counts the ESUR and the ESGAR among its members."),
        "European Society of Urogenital Radiology | MEMBER_OF | European Cancer Organisation",
        "European Society of Gastrointestinal and Abdominal Radiology | MEMBER_OF | European Cancer Organisation");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Registry (HIR) opened in May. "
                + "The HIR operates as an umbrella structure for the dose studies of the ESSR and the ESHNR."),
        "European Society of Musculoskeletal Radiology | PARTICIPATES_IN | Harbour Imaging Registry",
        "European Society of Head and Neck Radiology | PARTICIPATES_IN | Harbour Imaging Registry");
  }

  @Test
  void presenceAtAnEventAndFundingReceivedAreRead() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Summit (HIS) takes place in June. The ESTI and the ESCR will have a booth at the HIS."),
        "European Society of Thoracic Imaging | PARTICIPATES_IN | Harbour Imaging Summit",
        "European Society of Cardiovascular Radiology | PARTICIPATES_IN | Harbour Imaging Summit");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Summit (HIS) takes place in June. The ESUR was among the exhibitors at the HIS."),
        "European Society of Urogenital Radiology | PARTICIPATES_IN | Harbour Imaging Summit");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Registry (HIR) has received 2.5 million euros in funding from the European Commission."),
        "European Commission | FUNDS | Harbour Imaging Registry");
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "With funding from the European Commission, the ESGAR launched the Harbour Imaging Registry (HIR).");
    assertHas(
        r,
        "European Commission | FUNDS | Harbour Imaging Registry",
        "European Society of Gastrointestinal and Abdominal Radiology | LEADS | Harbour Imaging Registry");
    assertFalse(r.contains("European Commission | LEADS | Harbour Imaging Registry"), r::toString);
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Registry (HIR) is funded by a 2021 seed grant through the European Commission."),
        "European Commission | FUNDS | Harbour Imaging Registry");
  }

  @Test
  void theOrganizationsAnInitiativeWasMadeWithPartnerInIt() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Harbour Contrast Guideline (HCG) was drafted together with the ESUR and the ESGAR."),
        "European Society of Urogenital Radiology | PARTNERS_IN | Harbour Contrast Guideline",
        "European Society of Gastrointestinal and Abdominal Radiology | PARTNERS_IN | Harbour Contrast Guideline");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Registry (HIR) is run by the EFRS with additional support from the ESTI."),
        "European Society of Thoracic Imaging | PARTNERS_IN | Harbour Imaging Registry");
  }

  @Test
  void whatAnOrganizationBringsOrTheRoleItJoinsInMakesItAPartner() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Registry (HIR) opened in May. The ESTI has agreed to contribute technical expertise to the HIR."),
        "European Society of Thoracic Imaging | PARTNERS_IN | Harbour Imaging Registry");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Registry (HIR) opened in May. The ESCR will provide faculty for the HIR."),
        "European Society of Cardiovascular Radiology | PARTNERS_IN | Harbour Imaging Registry");
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Registry (HIR) opened in May. The ESUR joined the HIR as a partner.");
    assertHas(
        r, "European Society of Urogenital Radiology | PARTNERS_IN | Harbour Imaging Registry");
    assertFalse(
        r.contains(
            "European Society of Urogenital Radiology | PARTICIPATES_IN | Harbour Imaging Registry"),
        r::toString);
  }

  @Test
  void whatMadeAnInitiativePossibleFundsOrSupportsIt() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Registry (HIR) was made possible by a generous grant from the European Commission."),
        "European Commission | FUNDS | Harbour Imaging Registry");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Harbour Imaging Registry (HIR) is made possible thanks to the support of the ESTI and the ESCR."),
        "European Society of Thoracic Imaging | PARTNERS_IN | Harbour Imaging Registry",
        "European Society of Cardiovascular Radiology | PARTNERS_IN | Harbour Imaging Registry");
  }
}
