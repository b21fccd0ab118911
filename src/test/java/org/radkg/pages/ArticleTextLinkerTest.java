package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Names become links classed by the entity's kind (the longest wins), evidence sentences become
 * marks, and text stays text.
 */
class ArticleTextLinkerTest {
  @Test
  void linksNamesMarksSentencesAndEscapes() {
    Element div = Document.createShell("").body().appendElement("div");
    String text =
        "The ACR Appropriateness Criteria grow. ACR says <b>hi</b>.\nNew paragraph about ACRIN.";
    ArticleTextLinker.write(
        div,
        text,
        Map.of("ACR", "/id/o/acr", "ACR Appropriateness Criteria", "/id/i/aac"),
        Map.of("ACR says <b>hi</b>.", "at-7"));
    assertEquals(
        "<p>The <a href=\"/id/i/aac\" class=\"entity entity-i\">ACR Appropriateness Criteria</a> grow. <mark id=\"at-7\">"
            + "<a href=\"/id/o/acr\" class=\"entity entity-o\">ACR</a> says &lt;b&gt;hi&lt;/b&gt;.</mark></p><p>New paragraph about ACRIN.</p>",
        div.html().replace("\n", ""));
  }
}
