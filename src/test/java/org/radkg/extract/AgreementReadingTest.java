package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Collaborations stated through agreements and partnerships (see {@link AgreementRules}), on
 * sentences written for the purpose.
 */
class AgreementReadingTest {
  private static final String EFRS = "European Federation of Radiographer Societies (EFRS)";

  @Test
  void everyPartyToAnAgreementCollaboratesWithTheSigner() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "This year the EFRS signed three new memoranda of understanding (MoU), one with the ESTRO and one with the EANM."),
        "European Federation of Radiographer Societies | COLLABORATES_WITH | European Society for Radiotherapy and Oncology");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The EANM has concluded formal cooperation agreements with the EFOMP and the ESTRO."),
        "European Association of Nuclear Medicine | COLLABORATES_WITH | European Federation of Organisations for Medical Physics",
        "European Association of Nuclear Medicine | COLLABORATES_WITH | European Society for Radiotherapy and Oncology");
  }

  @Test
  void workDoneUnderAPartnershipIsACollaboration() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "Since 2019 the ESER has trained emergency teams in Georgia under a partnership with the ESTI."),
        "European Society of Emergency Radiology | COLLABORATES_WITH | European Society of Thoracic Imaging");
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The EANM has helped the EFOMP with dosimetry courses under a partnership with the ESTRO.");
    assertHas(
        r,
        "European Association of Nuclear Medicine | COLLABORATES_WITH | European Society for Radiotherapy and Oncology");
    assertFalse(
        r.contains(
            "European Federation of Organisations for Medical Physics | COLLABORATES_WITH | European Society for Radiotherapy and Oncology"),
        r::toString);
  }

  @Test
  void announcedPartnershipsAndSharedWorks() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The EANM has formed a strategic alliance with the EFOMP to train hybrid imaging staff."),
        "European Association of Nuclear Medicine | COLLABORATES_WITH | European Federation of Organisations for Medical Physics");
    assertHas(
        TestArticles.newsItem(
            EFRS, "The ESTI and the ESCR announce a new partnership on cardiac CT training."),
        "European Society of Thoracic Imaging | COLLABORATES_WITH | European Society of Cardiovascular Radiology");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The first draft of the forthcoming ESUR/ESGAR contrast guidelines is open for comment."),
        "European Society of Urogenital Radiology | COLLABORATES_WITH | European Society of Gastrointestinal and Abdominal Radiology");
  }

  @Test
  void standingTiesAndAgreementsBetweenTwoAreCollaborations() {
    assertHas(
        TestArticles.newsItem(
            EFRS, "The ESTI has maintained very close links with the ESCR since its founding."),
        "European Society of Thoracic Imaging | COLLABORATES_WITH | European Society of Cardiovascular Radiology");
    assertHas(
        TestArticles.newsItem(
            EFRS, "The ESUR and the ESGAR have reached an agreement on shared teaching courses."),
        "European Society of Urogenital Radiology | COLLABORATES_WITH | European Society of Gastrointestinal and Abdominal Radiology");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "We celebrated the signing of a memorandum of understanding (MoU) between the EANM (EANM) and the EFOMP."),
        "European Association of Nuclear Medicine | COLLABORATES_WITH | European Federation of Organisations for Medical Physics");
  }

  @Test
  void aSharedPartnershipOrJointWorkOfAListIsCollaboration() {
    assertHas(
        TestArticles.newsItem(
            EFRS, "The EANM and the EFOMP have a long-standing partnership in dosimetry training."),
        "European Association of Nuclear Medicine | COLLABORATES_WITH | European Federation of Organisations for Medical Physics");
    assertHas(
        TestArticles.newsItem(EFRS, "The ESTI and the ESCR held a joint session on cardiac CT."),
        "European Society of Thoracic Imaging | COLLABORATES_WITH | European Society of Cardiovascular Radiology");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The ESUR, together with the ESGAR, published recommendations on contrast media."),
        "European Society of Urogenital Radiology | COLLABORATES_WITH | European Society of Gastrointestinal and Abdominal Radiology");
    assertHas(
        TestArticles.newsItem(
            EFRS, "The EANM is collaborating closely with the ESTRO on theranostics."),
        "European Association of Nuclear Medicine | COLLABORATES_WITH | European Society for Radiotherapy and Oncology");
  }

  @Test
  void bothOrganizationsStandForTheTwoNamedBefore() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The EANM and the EFOMP have agreed on a new plan for Africa. "
                + "The plan was signed in Vienna. Under the plan, both organizations co-organize the Lagos Dosimetry Course (LDC).");
    assertHas(
        r,
        "European Association of Nuclear Medicine | PARTNERS_IN | Lagos Dosimetry Course",
        "European Federation of Organisations for Medical Physics | PARTNERS_IN | Lagos Dosimetry Course");
    // Three organizations named before: "both" is not resolved.
    r =
        TestArticles.newsItem(
            EFRS,
            "The EANM, the ESTRO and the EFOMP met in Vienna. Both organizations co-organize the Lagos Dosimetry Course (LDC).");
    assertFalse(
        r.contains(
            "European Association of Nuclear Medicine | PARTNERS_IN | Lagos Dosimetry Course"),
        r::toString);
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The ESTI, the ESCR and the ESUR met in Vienna.\n\nThe three societies will jointly publish the Vienna Imaging Statement."),
        "European Society of Thoracic Imaging | COLLABORATES_WITH | European Society of Urogenital Radiology");
  }

  @Test
  void anAgreementWithItsPurposeFirstAndAJointWorkOfTwoAreCollaborations() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "In May a memorandum of understanding on radiographer exchange between the EANM and the ESTRO was signed in Vienna."),
        "European Association of Nuclear Medicine | COLLABORATES_WITH | European Society for Radiotherapy and Oncology");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The ESTI and the ESCR first published a joint position paper on cardiac CT in 2015."),
        "European Society of Thoracic Imaging | COLLABORATES_WITH | European Society of Cardiovascular Radiology");
    assertHas(
        TestArticles.newsItem(
            EFRS, "The EANM and the EFOMP have combined efforts to run a dosimetry school."),
        "European Association of Nuclear Medicine | COLLABORATES_WITH | European Federation of Organisations for Medical Physics");
  }
}
