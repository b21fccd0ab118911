package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radkg.corpus.Article;
import org.radkg.corpus.PageMetadata;
import org.radkg.corpus.SourceDocument;

/**
 * The publisher of a page comes from what the document states (section header, site name, the
 * operator's option, a press release's dateline), never from the first or most often named
 * organization.
 */
class PublisherResolverTest {
  private static final Extractor EXTRACTOR = new Extractor(TestArticles.REFERENCE, List.of());

  private static Entity publisherOf(String text, PageMetadata meta) {
    SourceDocument doc = new SourceDocument("urn:test:page", "page.txt", text, "text/plain", meta);
    int nl = text.indexOf('\n');
    Article a = new Article("page", null, text.substring(0, nl), 0, nl + 1, text.length(), doc);
    return EXTRACTOR.extract(a).society();
  }

  @Test
  void aDatelineNamesThePublisher() {
    Entity p =
        publisherOf(
            "Societies Announce a Registry\nRESTON, Va. (Nov. 4, 2015) — The American College of "
                + "Radiology (ACR) today announced a registry with the European Society of Radiology (ESR).\n",
            PageMetadata.NONE);
    assertEquals("American College of Radiology", p.label());
  }

  @Test
  void theFirstOrganizationNamedIsNotThePublisher() {
    Entity p =
        publisherOf(
            "A Course in Vienna\nThe European Society of Radiology and the European Society of "
                + "Radiology's partners held a course. The European Society of Radiology thanked the IAEA.\n",
            PageMetadata.NONE);
    assertNull(p, "no header, site name, option or dateline: the publisher is unknown");
  }

  @Test
  void theSiteNameAndTheOperatorsChoiceNameThePublisher() {
    String text =
        "A Course in Vienna\nThe European Society of Radiology held a course with the IAEA.\n";
    assertEquals(
        "Radiological Society of North America",
        publisherOf(text, new PageMetadata(null, "RSNA", null, null, null)).label());
    assertEquals(
        "American College of Radiology",
        publisherOf(text, new PageMetadata(null, "RSNA", "ACR", null, null)).label());
  }
}
