package org.radkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the segmentation of the seed newsletter. The expected list was made by reading
 * data/corpus/is3r-global-scan.txt line by line (line numbers in comments).
 */
class SegmenterSeedTest {
  static final Path SEED = Path.of("data/corpus/is3r-global-scan.txt");

  // (society acronym, title) in document order.
  static final List<List<String>> EXPECTED =
      List.of(
          List.of("ACR", "Spanish translations of the ACR Appropriateness Criteria"), // 15
          List.of("ACR", "Radiology Health Equity Update"), // 20
          List.of("ACR", "Updated Recommendations for Incidental Findings"), // 25
          List.of("ACR", "New ACR Breast Cancer Screening Guidelines for High-Risk Women"), // 30
          List.of(
              "ACR",
              "Alzheimer’s Network for Treatment and Diagnostics (ALZ-NET)"), // 35: header-shaped
          // title
          List.of("ACR", "New ACR Appropriateness Criteria Released"), // 40
          List.of("ACR", "Leadership Training Supports Radiologists in Sub-Saharan Africa"), // 47
          List.of("ACR", "New Breast Cancer Screening Guidelines from ACR and SBI"), // 52
          List.of("ACR", "COVID Resources Across the Pandemic"), // 57
          List.of("ACR", "Health Equity Coalition Update"), // 62
          List.of("ACR", "Radiology Health Equity Coalition"), // 67
          List.of("ACR", "ACR Launches National Clinical Imaging Research Registry™"), // 74
          List.of("ACR", "Adapting to a Changed World"), // 83
          List.of("ACR", "Imaging for Dementia"), // 90
          List.of("ACR", "ACR Responds to COVID-19"), // 98
          List.of("ACR", "Well-Being and Burnout"), // 112
          List.of("ACR", "Data Science"), // 124
          List.of("AOSR", "AOSR Position Statement on Radiologists as Clinicians"), // 139
          List.of(
              "AOSR",
              "The 2024 Asian Oceanian Congress of Radiology (AOCR2024)"), // 144, repeated at 146
          List.of("AOSR", "AOSR President attended IS3R 2023"), // 150
          List.of("AOSR", "Advancing Value Based Radiology in AOSR"), // 155
          List.of("AOSR", "The 2023 Asian Oceanian Congress of Radiology (AOCR2023)"), // 163
          List.of("AOSR", "Advancing AI in Asia Oceania"), // 169
          List.of(
              "AOSR",
              "Teamwork and Collaboration in Promoting Radiological Safety in Diagnosis and Therapy"), // 177
          List.of("AOSR", "AOSR Organises Webinars and Establishes Social Media Platforms"), // 183
          List.of(
              "AOSR",
              "AOSR Publishes Statement on Multidisciplinary Approach to Patient Care"), // 197
          List.of("AOSR", "Highlights from the Asian Oceania Society of Radiology"), // 202
          List.of(
              "AOSR",
              "AOSR Advances Value Based Radiology Initiatives"), // 216, one blank line before
          List.of(
              "ESR",
              "Radiology community leads flagship of European Cancer Imaging Initiative"), // 225
          List.of("ESR", "Putting Patients in Focus"), // 247, after link lines 243 and 245
          List.of("ESR", "European Congress of Radiology 2022"), // 261
          List.of("ESR", "Online education as a new paradigm in learning"), // 276
          List.of("ESR", "EU’s cancer policy and the ESR’s engagement"), // 287
          List.of("ESR", "ESR’s activities in the fight against COVID-19"), // 300
          List.of("ESR", "Children in Focus"), // 313
          List.of(
              "ISR",
              "Update on ISR activities: Value Based Radiology, Sustainability, and Artificial Intelligence"), // 328
          List.of(
              "RSNA",
              "From Data to Practice: RSNA Expands AI Initiatives"), // 351, takes the (12/23)
          // paragraph at 365
          List.of(
              "RSNA", "RSNA Global Learning Centers Regain Momentum as Pandemic Improves"), // 381
          List.of(
              "RSNA",
              "RSNA Announces Ecuador as Next RSNA Global Learning Center"), // 392, subtitle at 394
          List.of("RSNA", "Radiology Coalition Aims to Improve Healthcare Equity"), // 411
          List.of(
              "RSNA",
              "RSNA Responds to COVID-19 Crisis with Research, Education, and Community"), // 426
          List.of(
              "RSNA",
              "RSNA Aims to Improve Patient Care Globally Through Education Outreach"), // 439
          List.of("RSNA", "Artificial Intelligence"), // 452
          List.of("WFUMB", "News from the WFUMB"), // 473
          List.of("WFUMB", "Ultrasound, the Best"), // 489
          List.of("WFUMB", "Ultrasound Safety"), // 493
          List.of(
              "WFUMB", "Initiatives to Keep Ultrasound Safe During the COVID-19 Pandemic"), // 498
          List.of("WFUMB", "Ultrasound, the Best Webpage"), // 521, four blank lines before
          List.of("WFUMB", "COE handheld devices"), // 528
          List.of(
              "WMIS",
              "Optical Surgical Navigation: An Interest Group to help drive Standardization, Collaboration, and Regulatory Approvals")); // 539

  static SourceDocument doc;
  static List<Article> articles;

  @BeforeAll
  static void segmentSeed() throws CorpusException {
    doc = new SourceReader().read(SEED);
    articles = new Segmenter().segment(doc);
  }

  @Test
  void findsExactlyThePinnedArticlesInOrder() {
    assertEquals(50, EXPECTED.size());
    List<List<String>> actual =
        articles.stream().map(a -> List.of(a.society().acronym(), a.title())).toList();
    assertEquals(EXPECTED, actual);
  }

  @Test
  void countsPerSociety() {
    Map<String, Long> counts =
        articles.stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.society().acronym(), TreeMap::new, Collectors.counting()));
    assertEquals(
        Map.of("ACR", 17L, "AOSR", 11L, "ESR", 7L, "ISR", 1L, "RSNA", 7L, "WFUMB", 6L, "WMIS", 1L),
        counts);
  }

  @Test
  void societyNamesComeFromTheHeaders() {
    assertEquals(
        new SocietySection("American College of Radiology", "ACR"), articles.get(0).society());
    assertEquals(
        new SocietySection("World Federation for Ultrasound in Medicine and Biology", "WFUMB"),
        articles.get(43).society());
  }

  @Test
  void titlesAndBodiesAreExactSubstringsAtTheirOffsets() {
    String text = doc.text();
    for (Article a : articles) {
      assertEquals(a.title(), text.substring(a.titleBegin(), a.titleEnd()), a.id());
      assertTrue(a.titleEnd() < a.bodyBegin() && a.bodyBegin() < a.bodyEnd(), a.id());
      assertFalse(Character.isWhitespace(text.charAt(a.bodyBegin())), a.id());
      assertFalse(Character.isWhitespace(text.charAt(a.bodyEnd() - 1)), a.id());
      assertEquals(text.substring(a.bodyBegin(), a.bodyEnd()), a.body());
    }
    for (int i = 1; i < articles.size(); i++) {
      assertTrue(articles.get(i - 1).bodyEnd() < articles.get(i).titleBegin());
    }
  }

  @Test
  void idsAreUniqueAndReadable() {
    assertEquals(
        articles.size(), new HashSet<>(articles.stream().map(Article::id).toList()).size());
    assertEquals(
        "is3r-global-scan-acr-spanish-translations-of-the-acr-appropriateness-criteria",
        articles.get(0).id());
  }

  @Test
  void frontMatterIsNoArticle() {
    assertTrue(articles.get(0).titleBegin() > doc.text().indexOf("IS3R Global Scan\n"));
    assertTrue(
        articles.stream().noneMatch(a -> a.body().contains("The IS3R Global Scan features")));
  }

  @Test
  void repeatedTitleIsOneArticleWithBodyAfterTheRepeat() {
    Article aocr = byTitle("The 2024 Asian Oceanian Congress of Radiology (AOCR2024)");
    assertTrue(aocr.body().startsWith("The AOCR 2024 will be held in Chinese Taipei"));
  }

  @Test
  void subtitleOpensTheBody() {
    Article ecuador = byTitle("RSNA Announces Ecuador as Next RSNA Global Learning Center");
    assertTrue(ecuador.body().startsWith("Call for Applications to Serve on RSNA GLC Team\n"));
  }

  @Test
  void linkLinesStayWithTheArticleBefore() {
    Article eucaim =
        byTitle("Radiology community leads flagship of European Cancer Imaging Initiative");
    assertTrue(eucaim.body().contains("For more information on EUCAIM visit"));
    assertTrue(
        eucaim
            .body()
            .endsWith("on launch event of European Cancer Imaging Initiative, 23 January 2023"));
    assertTrue(
        byTitle("Radiology Coalition Aims to Improve Healthcare Equity")
            .body()
            .endsWith("\nRelated resources"));
    String social =
        byTitle("AOSR Organises Webinars and Establishes Social Media Platforms").body();
    assertTrue(social.matches("(?s).*\\nYouTube[\\s\\u00A0]*:"), social);
  }

  @Test
  void strippedSiteNameParagraphIsBody() {
    Article ai = byTitle("From Data to Practice: RSNA Expands AI Initiatives");
    assertTrue(
        ai.body()
            .contains("\n(12/23) Continues to Expand Patient Education Efforts, a collaborative"));
  }

  @Test
  void untitledClosingParagraphJoinsLastArticleAndFooterIsDropped() {
    Article last = articles.get(articles.size() - 1);
    assertTrue(
        last.body()
            .endsWith("molecular imaging educational technology showcase. For more information:"));
    assertTrue(doc.text().strip().endsWith("Go to Podcasts."));
    assertTrue(articles.stream().noneMatch(a -> a.body().contains("Go to Podcasts")));
  }

  @Test
  void crlfLineEndsGiveTheSameArticlesWithTrueOffsets() {
    SourceDocument crlf =
        new SourceDocument(doc.iri(), doc.name(), doc.text().replace("\n", "\r\n"), "text/plain");
    List<Article> again = new Segmenter().segment(crlf);
    assertEquals(
        EXPECTED, again.stream().map(a -> List.of(a.society().acronym(), a.title())).toList());
    for (Article a : again) {
      assertEquals(a.title(), crlf.text().substring(a.titleBegin(), a.titleEnd()));
      assertFalse(a.body().endsWith("\r"));
    }
  }

  private static Article byTitle(String title) {
    return articles.stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow();
  }
}
