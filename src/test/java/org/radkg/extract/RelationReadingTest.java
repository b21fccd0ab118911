package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of construction that state relations between organizations, initiatives, events and
 * places, each on sentences written for the purpose and run through the real extractor.
 */
class RelationReadingTest {
  private static final String ACR = "American College of Radiology (ACR)";
  private static final String EFRS = "European Federation of Radiographer Societies (EFRS)";

  @Test
  void everyOrganizationOfAListOfCollaboratorsCollaborates() {
    assertHas(
        TestArticles.newsItem(
            EFRS, "The ESGAR worked closely with the ESUR and the ESSR on the new curriculum."),
        "European Society of Gastrointestinal and Abdominal Radiology | COLLABORATES_WITH | European Society of Urogenital Radiology",
        "European Society of Gastrointestinal and Abdominal Radiology | COLLABORATES_WITH | European Society of Musculoskeletal Radiology");
    assertHas(
        TestArticles.newsItem(
            EFRS, "The EANM is working with the EFOMP and the IRPA on a joint plan for dosimetry."),
        "European Association of Nuclear Medicine | COLLABORATES_WITH | European Federation of Organisations for Medical Physics",
        "European Association of Nuclear Medicine | COLLABORATES_WITH | International Radiation Protection Association");
  }

  @Test
  void organizationsActingJointlyCollaboratePairwise() {
    assertHas(
        TestArticles.newsItem(
            EFRS, "The recommendations were a joint effort of the ESTRO, the ESMO and the EANM."),
        "European Society for Radiotherapy and Oncology | COLLABORATES_WITH | European Society for Medical Oncology",
        "European Society for Radiotherapy and Oncology | COLLABORATES_WITH | European Association of Nuclear Medicine",
        "European Society for Medical Oncology | COLLABORATES_WITH | European Association of Nuclear Medicine");
    assertHas(
        TestArticles.newsItem(
            EFRS, "ESTI, ESCR and EACVI jointly published a consensus paper on cardiac imaging."),
        "European Society of Thoracic Imaging | COLLABORATES_WITH | European Society of Cardiovascular Radiology",
        "European Society of Cardiovascular Radiology | COLLABORATES_WITH | European Association of Cardiovascular Imaging");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The partnership between the EFOMP, the ESMRMB and the ESHIMT was renewed for five years."),
        "European Federation of Organisations for Medical Physics | COLLABORATES_WITH | European Society for Magnetic Resonance in Medicine and Biology",
        "European Society for Magnetic Resonance in Medicine and Biology | COLLABORATES_WITH | European Society for Hybrid, Molecular and Translational Imaging");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "Together, the ESOI, the EuSoBI and the EUSOMA will train young radiologists in oncologic imaging."),
        "European Society of Oncologic Imaging | COLLABORATES_WITH | European Society of Breast Imaging",
        "European Society of Breast Imaging | COLLABORATES_WITH | European Society of Breast Cancer Specialists");
  }

  @Test
  void namedPartnersOfASocietyCollaborateWithIt() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The course drew on the CIRSE's partners, including the ESMINT, the ESNR and the ESHNR."),
        "Cardiovascular and Interventional Radiological Society of Europe | COLLABORATES_WITH | European Society of Minimally Invasive Neurological Therapy",
        "Cardiovascular and Interventional Radiological Society of Europe | COLLABORATES_WITH | European Society of Head and Neck Radiology");
    // "our": the society whose section it is.
    assertHas(
        TestArticles.newsItem(
            ACR,
            "One highlight of the year was our long-standing collaboration with the AUR and the SCARD."),
        "American College of Radiology | COLLABORATES_WITH | Association of University Radiologists",
        "American College of Radiology | COLLABORATES_WITH | Society of Chairs of Academic Radiology Departments");
  }

  @Test
  void membershipStatedByBecomingOrJoining() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The ESOI became a founding member of the European Cancer Organisation, together with the ESMO and the ESTRO."),
        "European Society of Oncologic Imaging | MEMBER_OF | European Cancer Organisation",
        "European Society for Medical Oncology | MEMBER_OF | European Cancer Organisation",
        "European Society for Radiotherapy and Oncology | MEMBER_OF | European Cancer Organisation");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The EuSoMII joined the European Union of Medical Specialists in 2019 and has contributed since."),
        "European Society of Medical Imaging Informatics | MEMBER_OF | European Union of Medical Specialists");
    List<String> calling =
        TestArticles.newsItem(EFRS, "The ESER joined the ESC in calling for more emergency staff.");
    assertFalse(
        calling.contains(
            "European Society of Emergency Radiology | MEMBER_OF | European Society of Cardiology"),
        calling::toString);
  }

  @Test
  void anAgentNamedInsideTheSubjectIsNotTheContainer() {
    List<String> r =
        TestArticles.newsItem(
            ACR,
            "The Radiology Health Equity Coalition, convened by the ACR, includes the AUR, the SCARD and the ARRS.");
    assertHas(
        r,
        "Association of University Radiologists | MEMBER_OF | Radiology Health Equity Coalition");
    assertFalse(
        r.contains(
            "Association of University Radiologists | MEMBER_OF | American College of Radiology"),
        r::toString);
  }

  @Test
  void seatOfAnOrganization() {
    assertHas(
        TestArticles.newsItem(EFRS, "The EFRS is headquartered in Utrecht, Netherlands."),
        "European Federation of Radiographer Societies | LOCATION | Utrecht");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The workshop took place at the EANM's headquarters in Vienna, Austria, last spring."),
        "European Association of Nuclear Medicine | LOCATION | Vienna");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The World Medical Association speaks for physicians worldwide. Its secretariat is based in Geneva, Switzerland."),
        "World Medical Association | LOCATION | Switzerland");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The EFRS has 40 member societies in Europe and Turkey with the head office based in Utrecht."),
        "European Federation of Radiographer Societies | LOCATION | Utrecht");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The World Medical Association, one of the oldest bodies of physicians, headquartered in Geneva, "
                + "joined the campaign."),
        "World Medical Association | LOCATION | Geneva");
  }

  @Test
  void agentsOfFundingAndImplementation() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "Funded by a $500,000 grant from the International Radiation Protection Association, the Radiation Safety "
                + "Training Program will train radiographers in ten countries."),
        "International Radiation Protection Association | FUNDS | Radiation Safety Training Program");
    assertHas(
        TestArticles.newsItem(
            EFRS, "The Radiation Safety Training Program is being implemented by the EFRS."),
        "European Federation of Radiographer Societies | LEADS | Radiation Safety Training Program");
  }

  @Test
  void aSlotInsideAListIsNotTheClauseSubject() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The safety standard is jointly sponsored by the WMA, the IRPA, the Radiation Safety "
                + "Training Program (RSTP), the ESTRO and the ESMO.");
    assertFalse(
        r.contains("World Medical Association | PARTNERS_IN | Radiation Safety Training Program"),
        r::toString);
  }

  @Test
  void aDateRestatedInParenthesesIsTheOneMeant() {
    assertHas(
        TestArticles.newsItem(
            EFRS, "The EFRS will organize ECR 2031 in 2031 (March 5, 2031) with the ESR."),
        "European Congress of Radiology 2031 | START_DATE | 2031-03-05");
  }

  @Test
  void anActivityNamedAfterAnOrganizationOfTheSentenceIsLedByIt() {
    assertHas(
        TestArticles.newsItem(
            EFRS, "Members of the EANM pay reduced fees for the EANM Annual Congress."),
        "European Association of Nuclear Medicine | LEADS | EANM Annual Congress");
    List<String> joint =
        TestArticles.newsItem(
            EFRS, "The EFRS and the EFOMP presented the EFRS EFOMP Dose Training Programme.");
    assertFalse(
        joint.contains(
            "European Federation of Radiographer Societies | LEADS | EFRS EFOMP Dose Training Programme"),
        joint::toString);
  }

  @Test
  void partnersNamedWithWhatTheyWorkOn() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The EANM is working with the EFOMP and the IRPA on a joint Radiation Safety Training Program."),
        "European Association of Nuclear Medicine | PARTNERS_IN | Radiation Safety Training Program",
        "European Federation of Organisations for Medical Physics | PARTNERS_IN | Radiation Safety Training Program",
        "International Radiation Protection Association | PARTNERS_IN | Radiation Safety Training Program");
    assertHas(
        TestArticles.newsItem(
            EFRS, "The first ECR 2031 was a joint meeting held with the ESTRO in Vienna."),
        "European Society for Radiotherapy and Oncology | PARTNERS_IN | European Congress of Radiology 2031");
  }

  @Test
  void anOrganizationSupportingAnotherCollaboratesWithIt() {
    assertHas(
        TestArticles.newsItem(
            EFRS, "The EANM is supporting the EFOMP in urging the agency to act."),
        "European Association of Nuclear Medicine | COLLABORATES_WITH | European Federation of Organisations for Medical Physics");
    List<String> plan =
        TestArticles.newsItem(EFRS, "The EANM supports the EFOMP's plan for dosimetry audits.");
    assertFalse(
        plan.contains(
            "European Association of Nuclear Medicine | COLLABORATES_WITH | European Federation of Organisations for Medical Physics"),
        plan::toString);
  }
}
