package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.http.RadkgServer;
import org.radkg.http.ServerFixture;
import org.w3c.dom.NodeList;

/**
 * Time in the pages: a page per year (what started that year and who is behind it, the articles
 * published that year), the landing chart's years linking to it, and an Atom feed of the articles.
 */
class TimePagesTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  // A newsletter whose header dates its edition: every article is published on its first day.
  private static final String EDITION =
      "12-14 March 2024\nOslo, NO\n\n\nNordic Radiology Scan\n\n\n" + ServerFixture.NEWSLETTER;

  @TempDir static Path tmp;
  static RadkgServer server;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Path store = tmp.resolve("out");
    ServerFixture.buildStore(tmp.resolve("corpus"), EDITION, store);
    server = ServerFixture.start(store, Duration.ofSeconds(10), 1000, null, null);
    base = "http://127.0.0.1:" + server.port() + "/";
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void aYearSaysWhatStartedAndWhoIsBehindItAndWhatWasPublished() throws Exception {
    HttpResponse<String> r = get("year/2020");
    assertEquals(200, r.statusCode(), r.body());
    Document d = Jsoup.parse(r.body(), base);
    String started = d.select("#started li").text();
    assertTrue(started.contains("National Clinical Imaging Research Registry"), started);
    assertTrue(started.contains("led by American College of Radiology"), started);
    assertTrue(started.contains("funded by National Institutes of Health"), started);
    assertTrue(d.select("p.years a[href$=year/2024]").size() == 1, d.select("p.years").outerHtml());

    Document published = Jsoup.parse(get("year/2024").body(), base);
    String articles = published.select("#published li").text();
    assertTrue(
        articles.contains("ACR Launches National Clinical Imaging Research Registry"), articles);
    assertTrue(articles.contains("2024-03-12"), articles);
    // Text from the articles is escaped: the headline's "<script>" is text, never an element.
    assertTrue(published.select("#published script").isEmpty());

    assertEquals(404, get("year/abc").statusCode());
    assertEquals(404, get("year/20245").statusCode());
  }

  @Test
  void theLandingChartsOfYearsLinkToTheYearPages() throws Exception {
    Document d = Jsoup.parse(get("").body(), base);
    assertTrue(
        !d.select("#chart-years a[href$=year/2020]").isEmpty(),
        d.select("#chart-years").outerHtml());
    // Beside the years things started, the years articles were published.
    assertTrue(
        !d.select("#chart-published a[href$=year/2024]").isEmpty(),
        d.select("#chart-published").outerHtml());
  }

  @Test
  void theFeedIsAtomWithTheArticlesNewestFirst() throws Exception {
    HttpResponse<String> r = get("feed.atom");
    assertEquals(200, r.statusCode());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    org.w3c.dom.Document feed =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertEquals(2, entries.getLength(), r.body());
    assertTrue(r.body().contains("<updated>2024-03-12T00:00:00Z</updated>"), r.body());
    assertTrue(r.body().contains("&lt;script&gt;"), "the headline's markup is escaped");
  }
}
