package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The makeup of consortia, projects and events and the parts of larger initiatives (see {@link
 * CompositionRules}), on sentences written for the purpose and run through the real extractor.
 */
class CompositionReadingTest {
  private static final String EFRS = "European Federation of Radiographer Societies (EFRS)";

  @Test
  void everyListedPartnerOfAProjectPartnersInIt() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Baltic Dose Audit Project (BDAP) was presented in Riga. "
                + "The BDAP consortium comprises eleven partner institutions from six countries: the EFOMP, the ESTRO (Belgium) and the EANM."),
        "European Federation of Organisations for Medical Physics | PARTNERS_IN | Baltic Dose Audit Project",
        "European Society for Radiotherapy and Oncology | PARTNERS_IN | Baltic Dose Audit Project",
        "European Association of Nuclear Medicine | PARTNERS_IN | Baltic Dose Audit Project");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Alpine Contrast Safety Project (ACSP) started in May. "
                + "Partners of the ACSP are the ESUR, the ESGAR and the ESSR."),
        "European Society of Urogenital Radiology | PARTNERS_IN | Alpine Contrast Safety Project",
        "European Society of Musculoskeletal Radiology | PARTNERS_IN | Alpine Contrast Safety Project");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Danube Screening Programme (DSP) is a collaboration between the EuSoBI and the EUSOMA."),
        "European Society of Breast Imaging | PARTNERS_IN | Danube Screening Programme",
        "European Society of Breast Cancer Specialists | PARTNERS_IN | Danube Screening Programme");
  }

  @Test
  void anInitiativeThatInvolvesOrganizationsHasThemAsParticipants() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Coastal Teleradiology Project (CTP) involves the ESTI, the ESCR and the ESHNR."),
        "European Society of Thoracic Imaging | PARTICIPATES_IN | Coastal Teleradiology Project",
        "European Society of Head and Neck Radiology | PARTICIPATES_IN | Coastal Teleradiology Project");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Lakeside Imaging Registry (LIR) opened in June. "
                + "This year the LIR will see the involvement of several societies, including the ESMINT and the ESNR."),
        "European Society of Minimally Invasive Neurological Therapy | PARTICIPATES_IN | Lakeside Imaging Registry",
        "European Society of Neuroradiology | PARTICIPATES_IN | Lakeside Imaging Registry");
  }

  @Test
  void aCollaborationThatComprisesOrganizationsHasThemAsMembers() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Northern Imaging Alliance (NIA) consists of the ESOI, the ESER and the EuSoMII."),
        "European Society of Oncologic Imaging | MEMBER_OF | Northern Imaging Alliance",
        "European Society of Emergency Radiology | MEMBER_OF | Northern Imaging Alliance",
        "European Society of Medical Imaging Informatics | MEMBER_OF | Northern Imaging Alliance");
    // The agent of a passive is not the whole: "convened by the EFRS, includes ...".
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The Northern Imaging Alliance (NIA), convened by the EFRS, includes the ESOI and the ESER.");
    assertFalse(
        r.contains(
            "European Society of Oncologic Imaging | MEMBER_OF | European Federation of Radiographer Societies"),
        r::toString);
  }

  @Test
  void membersNamedAsAListBelongToTheWhole() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The ESOI, the ESER and the EuSoMII are founding members of the European Cancer Organisation."),
        "European Society of Oncologic Imaging | MEMBER_OF | European Cancer Organisation",
        "European Society of Medical Imaging Informatics | MEMBER_OF | European Cancer Organisation");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "Last month the European Cancer Organisation welcomed the ESTI and the ESCR as new member societies."),
        "European Society of Thoracic Imaging | MEMBER_OF | European Cancer Organisation",
        "European Society of Cardiovascular Radiology | MEMBER_OF | European Cancer Organisation");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The latest societies to join the European Cancer Organisation were the ESGAR and the ESUR."),
        "European Society of Gastrointestinal and Abdominal Radiology | MEMBER_OF | European Cancer Organisation",
        "European Society of Urogenital Radiology | MEMBER_OF | European Cancer Organisation");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The EFRS presented its work at the European Cancer Organisation, which brings together the ESTRO and the ESMO."),
        "European Society for Radiotherapy and Oncology | MEMBER_OF | European Cancer Organisation");
  }

  @Test
  void delegatesAttendingAnEventTakePartForTheirOrganization() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "Representatives of the ESTI and the ESCR attended the Baltic Imaging Summit (BIS) in Riga."),
        "European Society of Thoracic Imaging | PARTICIPATES_IN | Baltic Imaging Summit",
        "European Society of Cardiovascular Radiology | PARTICIPATES_IN | Baltic Imaging Summit");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Baltic Imaging Summit (BIS) was attended by delegates from the ESGAR and the ESUR."),
        "European Society of Gastrointestinal and Abdominal Radiology | PARTICIPATES_IN | Baltic Imaging Summit",
        "European Society of Urogenital Radiology | PARTICIPATES_IN | Baltic Imaging Summit");
  }

  @Test
  void theConsortiumOfAProjectPageIsTheProjects() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Baltic Dose Audit Project (BDAP) started in 2024. "
                + "The consortium consists of the EFOMP, the ESTRO and the EANM."),
        "European Federation of Organisations for Medical Physics | PARTNERS_IN | Baltic Dose Audit Project",
        "European Association of Nuclear Medicine | PARTNERS_IN | Baltic Dose Audit Project");
  }

  @Test
  void weActingWithOthersIsTheSociety() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "Radiographers face staff shortages across Europe. This year we worked closely with the EFOMP on a staffing survey."),
        "European Federation of Radiographer Societies | COLLABORATES_WITH | European Federation of Organisations for Medical Physics");
  }

  @Test
  void aComponentOfALargerInitiativeIsPartOfIt() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Fjord Dose Registry (FDR) was launched in 2023 as part of the Nordic Radiation Safety Programme (NRSP)."),
        "Fjord Dose Registry | PART_OF | Nordic Radiation Safety Programme");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The EFRS presented the Harbour Imaging Project (HIP), a pillar of the Coastal Health Programme (CHP)."),
        "Harbour Imaging Project | PART_OF | Coastal Health Programme");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "As part of the Coastal Health Programme (CHP), the EFRS launched the Tidal Training Project (TTP)."),
        "Tidal Training Project | PART_OF | Coastal Health Programme");
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Meadow Dose Project (MDP) received funding from the EFOMP under the Green Physics Programme (GPP)."),
        "Meadow Dose Project | PART_OF | Green Physics Programme");
  }

  @Test
  void everyOrganizationOfAListJoiningAWholeBelongsToIt() {
    assertHas(
        TestArticles.newsItem(
            EFRS, "Last spring the ESTI and the ESCR joined the European Cancer Organisation."),
        "European Society of Thoracic Imaging | MEMBER_OF | European Cancer Organisation",
        "European Society of Cardiovascular Radiology | MEMBER_OF | European Cancer Organisation");
    assertHas(
        TestArticles.newsItem(
            EFRS, "The ESUR is a co-stakeholder of the European Cancer Organisation."),
        "European Society of Urogenital Radiology | MEMBER_OF | European Cancer Organisation");
  }
}
