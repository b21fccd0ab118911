package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.http.RadkgServer;
import org.radkg.http.ServerFixture;

/**
 * The page of an entity mentioned in a thousand articles stays small: its lists come {@value
 * EntityDescriber#PAGE_SIZE} at a time with links between the pages, in HTML and in RDF.
 */
class EntityPagePaginationTest {
  static final int ARTICLES = 1000;
  static final String ACR = "id/organization/american-college-of-radiology";

  /** Unpaged, this page was 2 MB here (6 MB for 3,000 articles); a page of 50 is about 50 KB. */
  static final int MAX_PAGE_BYTES = 200_000;

  @TempDir static Path tmp;
  static RadkgServer server;

  @BeforeAll
  static void start() throws IOException {
    server = ServerFixture.serve(tmp, newsletter(ARTICLES), Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** {@code n} articles, each mentioning the ACR and stating that it launched a registry. */
  static String newsletter(int n) {
    StringBuilder s = new StringBuilder("American College of Radiology (ACR)\n\n");
    for (int i = 1; i <= n; i++) {
      s.append("Registry number ")
          .append(i)
          .append(" opens\n\n")
          .append("The ACR launched the National Imaging Registry in 2020. The registry ")
          .append(i)
          .append(" is funded by the National Institutes of Health.\n\n\n");
    }
    return s.toString();
  }

  @Test
  void theHtmlPageIsBoundedAndLinksToTheNextPages() throws Exception {
    HttpResponse<String> first = ServerFixture.get(server, ACR, "text/html");
    assertEquals(200, first.statusCode());
    assertTrue(bytes(first) < MAX_PAGE_BYTES, bytes(first) + " bytes");
    Document page1 = Jsoup.parse(first.body());
    List<String> articles1 = mentionedIn(page1);
    assertEquals(EntityDescriber.PAGE_SIZE, articles1.size());
    assertTrue(page1.text().contains("1–50 of 1,000 articles"), "says how many there are");
    assertEquals("/" + ACR + "?page=2", page1.select("nav.pages a[rel=next]").attr("href"));
    assertEquals("/" + ACR + "?page=2", page1.select("head link[rel=next]").attr("href"));
    assertTrue(page1.select("a[rel=prev]").isEmpty());
    assertTrue(
        page1.select("td p span.evidence").size()
            <= 2 * EntityDescriber.PAGE_SIZE * EntityDescriber.EVIDENCE_PER_RELATION);
    assertFalse(
        page1.select("p.more-evidence a[href*=evidence-for-entity]").isEmpty(),
        "a relation stated in a thousand articles links to the rest of its evidence");

    HttpResponse<String> second = ServerFixture.get(server, ACR + "?page=2", "text/html");
    assertEquals(200, second.statusCode());
    assertTrue(bytes(second) < MAX_PAGE_BYTES, bytes(second) + " bytes");
    Document page2 = Jsoup.parse(second.body());
    List<String> articles2 = mentionedIn(page2);
    assertEquals(EntityDescriber.PAGE_SIZE, articles2.size());
    Set<String> both = new HashSet<>(articles1);
    both.addAll(articles2);
    assertEquals(2 * EntityDescriber.PAGE_SIZE, both.size(), "page 2 shows the next articles");
    assertTrue(page2.text().contains("51–100 of 1,000 articles"));
    assertEquals("/" + ACR, page2.select("nav.pages a[rel=prev]").attr("href"));
    assertEquals("/" + ACR + "?page=3", page2.select("nav.pages a[rel=next]").attr("href"));

    int last = ARTICLES / EntityDescriber.PAGE_SIZE;
    Document lastPage =
        Jsoup.parse(ServerFixture.get(server, ACR + "?page=" + last, "text/html").body());
    assertEquals(EntityDescriber.PAGE_SIZE, mentionedIn(lastPage).size());
    assertTrue(lastPage.select("a[rel=next]").isEmpty());
    assertEquals(
        404, ServerFixture.get(server, ACR + "?page=" + (last + 1), "text/html").statusCode());
    for (String bad : List.of("0", "-1", "01", "x", "99999999999")) {
      HttpResponse<String> r = ServerFixture.get(server, ACR + "?page=" + bad, "text/html");
      assertEquals(400, r.statusCode(), bad);
      assertTrue(r.body().contains("page must be a whole number"), r.body());
    }
  }

  @Test
  void rdfVariantsAreBoundedTooAndLinkTheNextPage() throws Exception {
    for (String accept : List.of("text/turtle", "application/ld+json", "application/n-triples")) {
      HttpResponse<String> r = ServerFixture.get(server, ACR, accept);
      assertEquals(200, r.statusCode(), accept);
      assertTrue(bytes(r) < MAX_PAGE_BYTES, accept + ": " + bytes(r) + " bytes");
      assertTrue(
          r.headers().allValues("link").stream()
              .anyMatch(l -> l.contains(ACR + "?page=2>; rel=\"next\"")),
          accept + ": " + r.headers().allValues("link"));
    }
    HttpResponse<String> ttl2 = ServerFixture.get(server, ACR + ".ttl?page=2", "*/*");
    assertEquals(200, ttl2.statusCode());
    assertTrue(
        ttl2.headers().allValues("link").stream()
            .anyMatch(l -> l.contains(ACR + ".ttl>; rel=\"prev\"")),
        ttl2.headers().allValues("link").toString());
  }

  private static List<String> mentionedIn(Document page) {
    return page.select("section:has(> h2:containsOwn(Mentioned in)) li a").eachAttr("href");
  }

  private static int bytes(HttpResponse<String> r) {
    return r.body().getBytes(StandardCharsets.UTF_8).length;
  }
}
