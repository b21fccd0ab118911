package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.radkg.extract.TestArticles.assertHas;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations whose subject the sentence states without its name ("It", "The College", "we"), on
 * sentences written for the purpose and run through the real extractor.
 */
class UnnamedSubjectTest {
  private static final String ACR = "American College of Radiology (ACR)";
  private static final String EFRS = "European Federation of Radiographer Societies (EFRS)";

  @Test
  void itContinuesTheEventTheSentenceBeforeIsAbout() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The EANM and the ESTRO run the Lagos Dosimetry Course (LDC). "
                + "The Baltic Imaging Congress 2026 will mark fifty years of the discipline. It is co-sponsored by the ESR and the ESTI.");
    assertHas(r, "European Society of Radiology | PARTNERS_IN | Baltic Imaging Congress 2026");
    assertFalse(
        r.contains("European Society of Radiology | PARTNERS_IN | Lagos Dosimetry Course"),
        r::toString);
  }

  @Test
  void itStaysWithTheInitiativeWhenTheSentenceBeforeAlsoSpeaksOfOne() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The Lagos Dosimetry Course (LDC) trains medical physicists. "
                + "The EANM has awarded a grant towards the course. It is hosted by the University of Lagos.");
    assertHas(r, "University of Lagos | HOSTS | Lagos Dosimetry Course");
  }

  @Test
  void theCollegeIsTheCollegeTheSentenceBeforeIsAbout() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The Royal College of Radiologists (RCR) has grown its international membership. "
                + "The College is working with the EANM and the ESTRO on a joint plan for training.");
    assertHas(
        r,
        "Royal College of Radiologists | COLLABORATES_WITH | European Association of Nuclear Medicine");
    assertFalse(
        r.contains(
            "European Federation of Radiographer Societies | COLLABORATES_WITH | European Association of Nuclear Medicine"),
        r::toString);
  }

  @Test
  void theCollegeWithoutAnotherCollegeIsThePublisher() {
    assertHas(
        TestArticles.newsItem(
            ACR, "The College is working with the EANM on a joint plan for training."),
        "American College of Radiology | COLLABORATES_WITH | European Association of Nuclear Medicine");
  }

  @Test
  void aCapitalizedHeadInsideTheSentenceIsTheOrganizationNamedWithIt() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The Ralph Schlaeger Charitable Foundation was set up in 2001. "
                + "Last year the Foundation partnered with the ESTRO on a new course for radiographers."),
        "Ralph Schlaeger Charitable Foundation | COLLABORATES_WITH | European Society for Radiotherapy and Oncology");
  }

  @Test
  void everyWeOfASentenceSpeaksForThePublisher() {
    assertHas(
        TestArticles.newsItem(
            ACR,
            "Our campaign reached many members this year, and we worked closely with the EANM on a new curriculum."),
        "American College of Radiology | COLLABORATES_WITH | European Association of Nuclear Medicine");
  }

  @Test
  void itAfterAnOpeningPhraseIsTheSubjectOfTheSentenceBefore() {
    assertHas(
        TestArticles.newsItem(
            EFRS,
            "The EANM welcomed the news. To support its members, it has partnered with the ESTRO."),
        "European Association of Nuclear Medicine | COLLABORATES_WITH | European Society for Radiotherapy and Oncology");
  }

  @Test
  void theProjectIsNotTheFrameworkThatFundsIt() {
    List<String> r =
        TestArticles.newsItem(
            EFRS,
            "The ESTRO and the EANM have received funding from the European Commission under "
                + "the Horizon 2020 programme for a new study of doses. The project is coordinated by the ESR.");
    assertFalse(r.contains("European Society of Radiology | LEADS | Horizon 2020"), r::toString);
    List<String> named =
        TestArticles.newsItem(
            EFRS,
            "The Horizon 2020 DOSEWATCH project on low doses began in May. "
                + "It is coordinated by the ESR.");
    assertFalse(
        named.contains("European Society of Radiology | LEADS | Horizon 2020"), named::toString);
  }
}
