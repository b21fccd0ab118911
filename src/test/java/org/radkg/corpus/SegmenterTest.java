package org.radkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Segmentation rules on small texts written for the purpose. */
class SegmenterTest {
  static final String NEWSLETTER =
      """
      Spring Bulletin
      Springfield


      Member News

      This bulletin gathers short news from the member societies of a fictional network.




      Nordic Society of Imaging Physics (NSIP)

      Winter School Opens Registration

      Winter School Opens Registration
      The winter school on dose optimisation opens registration in March. Places are limited to forty.

      Topics include:

        • Dose tracking in CT
        • Paediatric protocols

      For details visit

      Programme Leaflet 2025

      Registration Form, 3 March 2025

      New Board Elected

      The general assembly elected a new board. Dr. Jane Roe chairs it for two years.




      Lakeside College of Radiographers (LCR)

      The 2026 Lakeside Congress of Radiography (LCR2026)

      The congress will take place in June 2026. Abstract submission opens soon.
      """;

  private static List<Article> segment(String name, String text) {
    return new Segmenter()
        .segment(new SourceDocument("urn:test:" + name, name, text, "text/plain"));
  }

  @Test
  void syntheticNewsletter() {
    List<Article> articles = segment("bulletin.txt", NEWSLETTER);
    assertEquals(
        List.of(
            "Winter School Opens Registration",
            "New Board Elected",
            "The 2026 Lakeside Congress of Radiography (LCR2026)"),
        articles.stream().map(Article::title).toList());
    Article school = articles.get(0);
    assertEquals(new SocietySection("Nordic Society of Imaging Physics", "NSIP"), school.society());
    assertEquals("bulletin-nsip-winter-school-opens-registration", school.id());
    assertTrue(school.body().startsWith("The winter school on dose optimisation"));
    assertTrue(school.body().contains("\n  • Dose tracking in CT\n  • Paediatric protocols\n"));
    assertTrue(
        school
            .body()
            .endsWith(
                "For details visit\n\nProgramme Leaflet 2025\n\nRegistration Form, 3 March 2025"));
    assertEquals(
        "The general assembly elected a new board. Dr. Jane Roe chairs it for two years.",
        articles.get(1).body());
    assertEquals("LCR", articles.get(2).society().acronym());
  }

  @Test
  void crlfAndCrLineEnds() {
    for (String eol : List.of("\r\n", "\r")) {
      String text = NEWSLETTER.replace("\n", eol);
      List<Article> articles = segment("bulletin.txt", text);
      assertEquals(3, articles.size());
      for (Article a : articles) {
        assertEquals(a.title(), text.substring(a.titleBegin(), a.titleEnd()));
        assertEquals(a.body().strip(), a.body());
      }
      assertEquals(
          "The general assembly elected a new board. Dr. Jane Roe chairs it for two years.",
          articles.get(1).body());
    }
  }

  @Test
  void articleWithoutSocietyHeader() {
    List<Article> articles =
        segment("notes.txt", "Quiet Week in Imaging\n\nNothing much happened. The team rested.\n");
    assertEquals(1, articles.size());
    assertNull(articles.get(0).society());
    assertEquals("notes-unknown-quiet-week-in-imaging", articles.get(0).id());
    assertEquals("Nothing much happened. The team rested.", articles.get(0).body());
  }

  @Test
  void headerShapedLineFollowedByParagraphIsATitle() {
    List<Article> articles =
        segment(
            "n.txt",
            "Western Society of Things (WST)\n\nThe society met in May. It elected a chair.\n");
    assertEquals(1, articles.size());
    assertEquals("Western Society of Things (WST)", articles.get(0).title());
    assertNull(articles.get(0).society());
  }

  @Test
  void duplicateTitlesGetNumberedIds() {
    List<Article> articles =
        segment(
            "d.txt",
            "Update\n\nFirst news. It is short.\n\n\nUpdate\n\nSecond news. Also short.\n");
    assertEquals(
        List.of("d-unknown-update", "d-unknown-update-2"),
        articles.stream().map(Article::id).toList());
  }

  @Test
  void codePointOffsetsCountSurrogatePairsOnce() {
    String text = "Emoji \uD83D\uDE00 News\n\nThe \uD83C\uDF89 party was great. Everyone came.\n";
    SourceDocument doc = new SourceDocument("urn:test:e", "e.txt", text, "text/plain");
    Article a = new Segmenter().segment(doc).get(0);
    assertEquals("Emoji \uD83D\uDE00 News", a.title());
    assertEquals(15, a.bodyBegin());
    assertEquals(14, doc.codePointIndex(a.bodyBegin()));
    assertEquals(text.codePointCount(0, a.bodyEnd()), doc.codePointIndex(a.bodyEnd()));
    assertEquals(a.bodyEnd() - 2, doc.codePointIndex(a.bodyEnd()));
  }

  @Test
  void textWithoutTitlesYieldsNothing() {
    assertEquals(
        List.of(),
        segment("p.txt", "Only prose here. Nothing else.\n\nAnother paragraph. Done.\n"));
    assertEquals(List.of(), segment("e.txt", ""));
  }

  @Test
  void titleShapes() {
    assertTrue(TitleShape.isTitleShaped("AOSR Advances Value Based Radiology Initiatives"));
    assertTrue(TitleShape.isTitleShaped("Update on ISR activities: Value Based Radiology, and AI"));
    for (String body :
        List.of(
            "For more information on EUCAIM visit",
            "Stay tuned at",
            "Website    :",
            "  • Item".strip(),
            "1. Triage of patients",
            "Recordings are available.",
            "First sentence. Second sentence",
            "x".repeat(200))) {
      assertTrue(!TitleShape.isTitleShaped(body), body);
    }
    assertTrue(TitleShape.isTitleShaped("Prof. Smith Receives Gold Medal"));
  }

  @Test
  void societyHeaders() {
    assertEquals(
        new SocietySection("European Society of Radiology", "ESR"),
        SocietyHeaderParser.parse("European Society of Radiology (ESR)"));
    assertNull(
        SocietyHeaderParser.parse("Alzheimer’s Network for Treatment and Diagnostics (ALZ-NET)"));
    assertNull(
        SocietyHeaderParser.parse("The 2024 Asian Oceanian Congress of Radiology (AOCR2024)"));
    assertNull(
        SocietyHeaderParser.parse("Highlights from the Asian Oceania Society of Radiology (AOSR)"));
    assertNull(SocietyHeaderParser.parse("European Society of Radiology"));
  }
}
