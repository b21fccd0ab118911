package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.http.RadkgServer;
import org.radkg.http.ServerFixture;

/**
 * Crawls every HTML page reachable from the home page of a server whose newsletter holds {@code
 * <script>} and entities: the markup shows as text on every page, and no page carries inline code,
 * inline styles or event handlers the Content-Security-Policy would block.
 */
class EveryPageEscapesTest {
  private static final int MAX_PAGES = 400;
  @TempDir Path tmp;

  @Test
  void articleTextIsTextOnEveryPageAndNoPageNeedsInlineCode() throws Exception {
    try (RadkgServer server = ServerFixture.readOnlyNewsletterServer(tmp, Duration.ofSeconds(10))) {
      String base = "http://127.0.0.1:" + server.port() + "/";
      HttpClient http = HttpClient.newHttpClient();
      Deque<String> todo = new ArrayDeque<>(List.of(base));
      Set<String> seen = new LinkedHashSet<>(todo);
      List<String> problems = new ArrayList<>();
      int shownAsText = 0;
      while (!todo.isEmpty() && seen.size() <= MAX_PAGES) {
        String url = todo.poll();
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
          continue;
        }
        Document doc = Jsoup.parse(r.body(), url);
        if (r.body().contains("<script>alert")) {
          problems.add(url + ": the article's <script> is markup");
        }
        if (doc.text().contains("<script>alert(1)</script>")) {
          shownAsText++;
        }
        for (Element e : doc.getAllElements()) {
          if (e.tagName().equals("script")
              && e.attr("src").isEmpty()
              && !e.attr("type").equals("application/json")
              && !e.attr("type").equals("application/ld+json")) {
            problems.add(url + ": inline script");
          }
          if (e.tagName().equals("style")) {
            problems.add(url + ": <style> element");
          }
          for (Attribute a : e.attributes()) {
            if (a.getKey().startsWith("on") || a.getKey().equals("style")) {
              problems.add(url + ": " + a.getKey() + "= on <" + e.tagName() + ">");
            }
          }
        }
        for (Element a : doc.select("a[href]")) {
          String next = a.absUrl("href").replaceAll("#.*", "");
          if (next.startsWith(base)
              && !next.contains("/dumps/")
              && !next.contains("/sparql")
              && seen.add(next)) {
            todo.add(next);
          }
        }
      }
      assertEquals(List.of(), problems);
      assertTrue(seen.size() > 10, "crawled only " + seen);
      assertTrue(shownAsText > 0, "the article's markup shows as text somewhere");
      assertFalse(seen.size() > MAX_PAGES, "more pages than expected: " + seen.size());
      System.out.println(
          "escape crawl: " + seen.size() + " pages, markup shown as text on " + shownAsText);
    }
  }
}
