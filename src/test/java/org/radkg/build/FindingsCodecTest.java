package org.radkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radkg.corpus.Article;
import org.radkg.corpus.Segmenter;
import org.radkg.corpus.SourceDocument;
import org.radkg.extract.ArticleFindings;
import org.radkg.extract.Extractor;
import org.radkg.extract.ReadingMethod;
import org.radkg.extract.ReferenceData;

/**
 * Findings written to the build cache read back equal, the page's publication date and each
 * reading's method included.
 */
class FindingsCodecTest {
  private static final String PAGE =
      """
      Testland Society Opens Its Dose Registry
      Posted on March 3, 2031
      The Imaging Society of Testland launched the Testland Dose Registry in Oslo. The registry will grow next year.
      """;

  @Test
  void findingsReadBackEqualWithTheirPublicationDate() throws Exception {
    SourceDocument doc = new SourceDocument("urn:test:page", "page.txt", PAGE, "text/plain");
    Article article = new Segmenter().segment(doc).get(0);
    ArticleFindings found =
        new Extractor(ReferenceData.fromClasspath(), List.of()).extract(article);
    assertEquals("2031-03-03", found.published().lexical());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FindingsCodec.writeFindings(found, article.titleBegin(), new DataOutputStream(bytes));
    ArticleFindings read =
        FindingsCodec.readFindings(
            article,
            article.titleBegin(),
            new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(found, read);
  }

  private static final String PROV =
      """
      Imaging Society of Testland (IST)

      A registry opens

      The Imaging Society of Testland (IST) launched the Testland Dose Registry in 2021. The registry is funded by the Bureau of Dose Studies.
      """;

  @Test
  void theFindingsCacheKeepsEachReadingsMethod() throws Exception {
    Article a =
        new Segmenter()
            .segment(new SourceDocument("urn:test:prov", "prov.txt", PROV, "text/plain"))
            .get(0);
    ArticleFindings f = new Extractor(ReferenceData.fromClasspath(), List.of()).extract(a);
    assertTrue(f.relations().stream().anyMatch(r -> r.method().slug().equals("rule-lead-active")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FindingsCodec.writeFindings(f, a.titleBegin(), new DataOutputStream(bytes));
    ArticleFindings back =
        FindingsCodec.readFindings(
            a, a.titleBegin(), new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(f.relations(), back.relations());
    assertNotEquals(ReadingMethod.SENTENCE_PATTERN, back.relations().get(0).method());
  }
}
