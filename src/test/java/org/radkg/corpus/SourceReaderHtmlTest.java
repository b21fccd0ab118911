package org.radkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML pages become newsletter-layout text that the segmenter reads like a plain newsletter. */
class SourceReaderHtmlTest {
  @TempDir Path dir;

  private final HtmlTextExtractor extractor = new HtmlTextExtractor();

  @Test
  void layout() {
    String text =
        extractor.extract(
            """
        <html><head><title>Ignored</title><style>p{}</style></head><body>
        <nav>Home | About</nav>
        <h1>Radiology   News</h1>
        <p>First   paragraph,
           over two lines.</p><div>Second<br>line</div>
        <ul><li>One <b>bold</b></li><li><p>Two</p></li></ul>
        <script>var x = 1;</script>
        <footer>Copyright</footer>
        </body></html>""");
    assertEquals(
        "Radiology News\n\nFirst paragraph, over two lines.\n\nSecond\nline\n\n  • One bold\n  • Two\n",
        text);
  }

  @Test
  void htmlFileIsSegmented() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("page.html"),
            """
        <!DOCTYPE html><html><body><nav>Menu</nav>
        <h2>Radiologists Meet in Vienna</h2>
        <p>The meeting drew many. It was a success.</p>
        <p>More news follows.</p></body></html>""",
            StandardCharsets.UTF_8);
    SourceDocument doc = new SourceReader().read(f);
    assertEquals("text/html", doc.mediaType());
    List<Article> articles = new Segmenter().segment(doc);
    assertEquals(1, articles.size());
    Article a = articles.get(0);
    assertNull(a.society());
    assertEquals("Radiologists Meet in Vienna", a.title());
    assertEquals("The meeting drew many. It was a success.\n\nMore news follows.", a.body());
    assertEquals(a.title(), doc.text().substring(a.titleBegin(), a.titleEnd()));
  }

  @Test
  void htmlDetectedByContent() throws Exception {
    Path f = Files.writeString(dir.resolve("page.txt"), "  <!doctype HTML><p>Hello there</p>");
    SourceDocument doc = new SourceReader().read(f);
    assertEquals("text/html", doc.mediaType());
    assertEquals("Hello there\n", doc.text());
  }

  @Test
  void brokenMarkupDoesNotThrow() {
    String text =
        extractor.extract(
            "<h1>Title<p>Body <b>bold <i>both</b> text</p></div></span><li>x<<>>&amp;&bogus; <p");
    assertTrue(text.startsWith("Title\n\nBody bold both text"), text);
  }

  @Test
  void deeplyNestedMarkupDoesNotOverflow() {
    int depth = 10_000;
    StringBuilder html = new StringBuilder("<html><body><h1>Deep Title</h1>");
    html.append("<div>".repeat(depth))
        .append("<p>Deep text. Very deep.</p>")
        .append("</div>".repeat(depth));
    html.append("<span>".repeat(depth)).append("tail").append("</span>".repeat(depth));
    String text = extractor.extract(html.toString());
    assertTrue(text.startsWith("Deep Title\n\nDeep text. Very deep."), text);
    assertTrue(text.contains("tail"));
    assertFalse(text.contains("\n\n\n\n"));
  }

  @Test
  void pageWithoutText() throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("blank.html"),
            "<html><head><script>x()</script></head><body> </body></html>");
    CorpusException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            CorpusException.class, () -> new SourceReader().read(f));
    assertEquals(CorpusException.Problem.EMPTY, e.problem());
  }

  @Test
  void pageWithoutHeadingsIsOneArticleTitledByItsTitleElement() {
    String text =
        new HtmlTextExtractor()
            .extract(
                "<html><head><title>ESR launches new Academy</title></head><body><p>The ESR launched the ESR Academy in May 2024.</p>"
                    + "<p>It is supported by the European Commission.</p></body></html>");
    List<Article> articles =
        new Segmenter().segment(new SourceDocument("urn:t", "t.html", text, "text/html"));
    assertEquals(1, articles.size());
    assertEquals("ESR launches new Academy", articles.get(0).title());
    assertTrue(articles.get(0).body().contains("supported by the European Commission"));
  }
}
