package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 20's readings: a seat on a body, an owner's list of staff, a title in lower case
 * introduced by a speech verb or a list, an office of an unnamed body before the name, an office
 * with capitalized words after "the", names with particles, and the edition a year in an event's
 * acronym names.
 */
class SeatsAndTitlesBeforeNamesTest {
  private static final String SOC = "Nordic Society of Imaging (NSI)";

  @Test
  void peopleAppointedToABodySitOnIt() {
    List<String> found =
        TestArticles.newsItem(
            SOC,
            "Lena Fosse, PhD, and Tor Halvik, M.S., have been appointed to four-year terms on the"
                + " Nordic Society of Imaging Board of Trustees.");
    TestArticles.assertHas(
        found,
        "Lena Fosse | AFFILIATION | Nordic Society of Imaging Board of Trustees",
        "Tor Halvik | AFFILIATION | Nordic Society of Imaging Board of Trustees");
    List<String> quoted =
        TestArticles.newsItem(
            SOC,
            "The board thanked Tor Halvik, who said that Lena Fosse was elected to the Nordic"
                + " Society of Imaging Council.");
    assertTrue(
        quoted.stream().noneMatch(r -> r.startsWith("Tor Halvik | AFFILIATION | Nordic Society")),
        quoted::toString);
  }

  @Test
  void anOwnersPossessiveCoversItsListOfNames() {
    TestArticles.assertHas(
        TestArticles.newsItem(
            SOC,
            "Showing the minister the new scanner are the Lakeside Imaging Group's Lena Fosse, Tor"
                + " Halvik and Mara Quint."),
        "Lena Fosse | AFFILIATION | Lakeside Imaging Group",
        "Tor Halvik | AFFILIATION | Lakeside Imaging Group",
        "Mara Quint | AFFILIATION | Lakeside Imaging Group");
  }

  @Test
  void aLowerCaseTitleAfterASpeechVerbOrInAList() {
    TestArticles.assertHas(
        TestArticles.newsItem(
            SOC, "\"The course was a success,\" says professor Erik Halvik of the NSI."),
        "Erik Halvik | JOB_TITLE | professor");
    TestArticles.assertHas(
        TestArticles.newsItem(
            SOC,
            "The plan was discussed with the board, including chairman Lena Fosse, and the members."),
        "Lena Fosse | JOB_TITLE | Chairman");
  }

  @Test
  void anOfficeOfABodyInLowerCaseBeforeTheName() {
    TestArticles.assertHas(
        TestArticles.newsItem(
            SOC,
            "The chair of the local organizing committee, Dr Lena Fosse, said that 500 delegates"
                + " came."),
        "Lena Fosse | JOB_TITLE | Chair of the Local Organizing Committee");
  }

  @Test
  void capitalizedWordsOfAnOfficeAfterThe() {
    TestArticles.assertHas(
        TestArticles.newsItem(
            SOC,
            "Lena Fosse, the Scientific Coordinator of the Lakeside Imaging Group, says the results"
                + " are good."),
        "Lena Fosse | JOB_TITLE | Scientific Coordinator of the Lakeside Imaging Group",
        "Lena Fosse | AFFILIATION | Lakeside Imaging Group");
  }

  @Test
  void particlesDoNotCountAmongANamesWords() {
    TestArticles.assertHas(
        TestArticles.newsItem(
            SOC,
            "The board of the NSI includes Maria de la Luz Parra Gordo as secretary general and"
                + " Ana Ruiz as treasurer."),
        "Maria de la Luz Parra Gordo | JOB_TITLE | Secretary General");
  }

  @Test
  void anOfficeAsListedInSpanishWithNewAndAField() {
    TestArticles.assertHas(
        TestArticles.newsItem(
            SOC,
            "La junta directiva de la Sociedad Nórdica de Imagen está formada por José Albillos"
                + " Merino como nuevo vicepresidente, Mariana Rovira Cañellas como responsable de"
                + " estrategia y Dolores Domínguez Pinos como tesorera. La sociedad tiene once"
                + " secciones en las regiones del país y sus miembros son los radiólogos."),
        "José Albillos Merino | JOB_TITLE | vicepresidente",
        "Mariana Rovira Cañellas | JOB_TITLE | responsable de estrategia");
  }

  @Test
  void aYearInAnEventsAcronymNamesTheEdition() {
    TestArticles.assertHas(
        TestArticles.newsItem(
            SOC,
            "Two physicians won awards at the International Conference on Integrated Imaging in"
                + " Cardiac Diseases (ICIC 2016) held in Vienna from October 10 to 14."),
        "International Conference on Integrated Imaging in Cardiac Diseases 2016 | START_DATE |"
            + " 2016-10-10");
  }

  @Test
  void anAsRightAfterANameIsThatNamesOffice() {
    List<String> found =
        TestArticles.newsItem(
            SOC, "Our team: Lena Fosse as vice president, Maria Parra as secretary.");
    TestArticles.assertHas(found, "Maria Parra | JOB_TITLE | Secretary");
    assertTrue(
        found.stream().noneMatch(r -> r.equals("Maria Parra | JOB_TITLE | Vice President")),
        found::toString);
  }

  @Test
  void aTurkishCaseEndingAfterAnApostropheIsNoPartOfTheName() {
    assertTrue(
        PersonFinder.person("Thomas Grist’in").label().equals("Thomas Grist")
            && PersonFinder.person("Ahmet Yılmaz'dan").label().equals("Ahmet Yılmaz")
            && PersonFinder.person("Hamza Ja'far").label().equals("Hamza Ja'far")
            && PersonFinder.person("Sana'a Ali").label().equals("Sana'a Ali")
            && PersonFinder.person("Giuseppe D'Ippolito").label().equals("Giuseppe D'Ippolito"));
  }
}
