package org.radkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents that are not newsletters (press releases, news pages) are read as one article each:
 * never refused while they hold text, titled by their headline past the banners, else by their
 * first sentence.
 */
class SinglePageLayoutTest {
  @TempDir Path dir;

  private Article only(String name, String text) throws Exception {
    List<Article> articles =
        new CorpusLoader().load(List.of(Files.writeString(dir.resolve(name), text)));
    assertEquals(1, articles.size(), articles.toString());
    return articles.get(0);
  }

  @Test
  void pressReleaseWithoutATitleLineIsOneArticleTitledByItsFirstSentence() throws Exception {
    Article a =
        only(
            "release.txt",
            "CHICAGO (May 2, 2024) — The Example Society of Imaging today announced a new "
                + "fellowship with the Northern Hospital Trust. The fellowship opens in June. Applications are due in May.\n");
    assertEquals(
        "CHICAGO (May 2, 2024) — The Example Society of Imaging today announced a new fellowship with the "
            + "Northern Hospital Trust.",
        a.title());
    // The lead sentence stands for the title and is still the story's first sentence, read with the
    // rest.
    assertTrue(a.body().startsWith("CHICAGO (May 2, 2024) — The Example Society"), a.body());
    assertTrue(a.body().endsWith("Applications are due in May."), a.body());
    assertNull(a.society());
  }

  @Test
  void bannersAndDatelinesAboveTheHeadlineAreSkipped() throws Exception {
    Article a =
        only(
            "page.txt",
            """
        View online
        ESIR Press Release
        March 3, 2025
        Imaging Societies Launch a Joint Registry

        The Example Society of Imaging and the Western College of Radiology launched a joint registry. It opens in April.
        """);
    assertEquals("Imaging Societies Launch a Joint Registry", a.title());
    assertTrue(a.body().contains("launched a joint registry"), a.body());
  }

  @Test
  void aPhotoCreditAboveTheStoryIsNoTitleHoweverLongItIs() throws Exception {
    Article a =
        only(
            "credit.txt",
            """
        Imaging Congress Opens in Lakeside

        News Desk 3-Mar-2024
        View of the harbour and the old town from the congress centre terrace, Lakeside. © Jane Roe | Picture Agency

        On March 2, the Lakeside Imaging Congress began at Lakeside University. It runs until March 5.
        """);
    assertEquals("Imaging Congress Opens in Lakeside", a.title());
    assertTrue(a.body().contains("On March 2, the Lakeside Imaging Congress began"), a.body());
  }

  @Test
  void menusNoticesAndDatelinesWithPlacesOrTimesAreNotTitles() throws Exception {
    Article a =
        only(
            "menu.txt",
            """
        This site uses cookies to improve your experience. By continuing you accept our terms.
          • Deutsch
          • Français
        You are here
        Northern Societies Open a Training Hub

        Lyon, 12 March 2024

        The Example Society of Imaging opened a training hub with the Western College of Radiology. It trains fellows.
        """);
    assertEquals("Northern Societies Open a Training Hub", a.title());

    Article dated =
        only(
            "dated.txt",
            """
        Example Society Appoints a New Director
        Publication Date: May 3rd, 2021 09:15, Category: Press Releases

        The Example Society of Imaging appointed a new director. She starts in June.
        """);
    assertEquals("Example Society Appoints a New Director", dated.title());

    Article timed =
        only(
            "timed.txt",
            """
        Office of Public Affairs
        Imaging Research Grows in the North
        Apr 1, 2019 6:00 PM

        The Northern Imaging Laboratory doubled its staff. It opened a second site.
        """);
    assertEquals("Imaging Research Grows in the North", timed.title());
  }

  @Test
  void aLabelledTitleOrABreadcrumbItemGivesTheTitleWithoutItsMark() throws Exception {
    Article labelled =
        only(
            "labelled.txt",
            """
        Title    :    Letter from the Example Society President
        Date 2019-02-11 10:04:09 Hit 7

        Dear members, this year the Example Society of Imaging opens a youth club. It meets in May.
        """);
    assertEquals("Letter from the Example Society President", labelled.title());

    Article crumb =
        only(
            "crumb.txt",
            """
        Warning! Outdated browser detected! Please update your browser for a better experience.
          • About the Society
          • Annual Report of the Board
          • The Example Society of Imaging had a strong year, opening two training hubs and a registry. It grew.
        """);
    assertEquals("Annual Report of the Board", crumb.title());
  }

  @Test
  void theStoryEndsBeforeRelatedContent() throws Exception {
    Article a =
        only(
            "news.txt",
            """
        Hospital Opens an Imaging Centre

        The Northern Hospital Trust opened an imaging centre in Leeds. It was funded by a local charity.

        Related Content

        Another Story Entirely
        """);
    assertEquals("Hospital Opens an Imaging Centre", a.title());
    assertTrue(!a.body().contains("Another Story"), a.body());
  }

  @Test
  void anInlineRelatedLinkDoesNotEndTheStory() throws Exception {
    Article a =
        only(
            "inline.txt",
            """
        Hospital Opens an Imaging Centre

        The Northern Hospital Trust opened an imaging centre in Leeds.

        Related Content: Trust Plans a Second Centre

        The centre was funded by a local charity, said its director Jane Holt.
        """);
    assertTrue(a.body().contains("said its director Jane Holt"), a.body());
  }

  @Test
  void newslettersAreStillReadItemByItem() throws Exception {
    assertEquals(50, new CorpusLoader().load(List.of(Path.of("data/corpus"))).size());
  }

  @Test
  void onlyTextWithoutALetterIsRefused() throws Exception {
    Path digits = Files.writeString(dir.resolve("digits.txt"), "123 456\n--- 789\n");
    CorpusException e =
        assertThrows(CorpusException.class, () -> new CorpusLoader().load(List.of(digits)));
    assertEquals(CorpusException.Problem.NO_ARTICLES, e.problem());
  }

  @Test
  void htmlPagesAreTitledByTheirMetadataAndCreditedToTheirSite() throws Exception {
    Path page =
        Files.writeString(
            dir.resolve("story.html"),
            """
        <!DOCTYPE html><html><head><title>Societies Sign an Accord | Example Society of Imaging</title>
        <meta property="og:site_name" content="Example Society of Imaging"></head>
        <body><nav>Home | News | About</nav><div class="cookie-notice">We use cookies.</div>
        <main><p>The Example Society of Imaging and the Western College of Radiology signed an accord on training.
        The accord runs for five years and covers fellowships, courses and a shared registry.</p>
        <div class="share-bar">Share this page</div>
        <p>Both societies will report on the accord at their congresses in Vienna and Chicago next year.</p></main>
        </body></html>""");
    List<Article> articles = new CorpusLoader().load(List.of(page));
    assertEquals(1, articles.size());
    Article a = articles.get(0);
    assertEquals("Societies Sign an Accord", a.title());
    assertEquals("Example Society of Imaging", a.source().metadata().siteName());
    assertTrue(
        !a.source().text().contains("cookies") && !a.source().text().contains("Share this"),
        a.source().text());
  }

  @Test
  void theHeadlineIsTheLongestShortLineAboveTheStoryNotASectionNameOrAPlaceLine() throws Exception {
    Article a =
        only(
            "placed.txt",
            """
        Example Agency Signs an Agreement with Four Northern Hospitals to Train Imaging Staff
        Lyon, France

        The Example Agency signed an agreement with four hospitals. Training starts in May.
        """);
    assertEquals(
        "Example Agency Signs an Agreement with Four Northern Hospitals to Train Imaging Staff",
        a.title());

    Article byline =
        only(
            "byline.txt",
            """
        Why Fellowships Matter for Young Radiologists
        Compiled by Jane Example, MS, RT(R)
        President Jane Example

        The Example Society of Imaging funds ten fellowships a year. They last one year.
        """);
    assertEquals("Why Fellowships Matter for Young Radiologists", byline.title());
  }

  @Test
  void aLeadSentenceWithoutItsFullStopIsReadAsTheStoryNotDroppedAboveASectionName()
      throws Exception {
    Article a =
        only(
            "event.txt",
            """
        Home » Upcoming Events
        The Closing Coordination Meeting of the Regional Northern Imaging Project on Training will take place in Lyon (France) from 3 to 5 May 2026 at the Grand Hotel Lyon
        Organizers
        The Example Agency in cooperation with the Ministry of Health of France.
        """);
    assertTrue(
        a.body()
            .startsWith(
                "The Closing Coordination Meeting of the Regional Northern Imaging Project"),
        a.body());
  }

  @Test
  void addressAndTelephoneLinesAreNoTitles() throws Exception {
    Article a =
        only(
            "contact.txt",
            """
        Example Society Names a New Board
        377 Example Street, Suite 310, Ottawa, ON  K1N 9N8
        Tel.: 613 555-0100, Fax: 613 555-0101

        The Example Society of Imaging named a new board. It meets in June.
        """);
    assertEquals("Example Society Names a New Board", a.title());
  }

  @Test
  void anAuthorBlockAboveTheHeadlineIsPartOfTheStoryNotItsTitle() throws Exception {
    Article a =
        only(
            "letter.txt",
            "Madan Quint, PhD\nPresident, Example Organization for Medical Physics\n\n"
                + "Happy holidays and a look back at the year\n\nDear Colleagues,\n\n"
                + "The year is closing and it was a good one for the Organization.\n");
    assertEquals("Happy holidays and a look back at the year", a.title());
    assertTrue(a.body().startsWith("Madan Quint, PhD\nPresident, Example"), a.body());
    assertTrue(a.start() < a.titleBegin());
    assertNull(a.society(), "an office under a name is no society header");
  }

  @Test
  void aNameAndAnOfficeAreNoHeadlineEvenWithoutOneBelow() throws Exception {
    Article a =
        only(
            "letter.txt",
            "Prof. Bernd Quint\n\nChairman of the Example Board of Directors\n\n"
                + "Dear Member,\nWelcome back to a new season at the Society! We met in Vienna.\n");
    assertTrue(a.body().startsWith("Prof. Bernd Quint"), a.body());
    assertTrue(!a.title().startsWith("Chairman"), a.title());
  }

  @Test
  void anOfficeUnderANameIsNoSocietyHeader() {
    assertNull(
        SocietyHeaderParser.parse(
            "President, Association of Medical Physicists of Testland (AMPT)"));
    assertTrue(SignatureBlock.isNameLine("Prof. Sunil Dutt Quint"));
    assertTrue(SignatureBlock.isNameLine("Norlisah Quint, FRCR, MBBS"));
    assertTrue(!SignatureBlock.isNameLine("Organizing Committee"));
    assertTrue(!SignatureBlock.isNameLine("President's Message"));
    assertTrue(SignatureBlock.isRoleLine("Co-Chair, Conference Organizing Committee"));
    assertTrue(!SignatureBlock.isRoleLine("President Smith opened the meeting in Vienna."));
  }
}
