package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.http.RadkgServer;
import org.radkg.http.ServerFixture;

/**
 * The landing page (counts, charts, start-here questions) and the query pages (forms, linked
 * results, CSV/JSON downloads).
 */
class LandingAndQueryPagesTest {
  static final String RSNA =
      "https://w3id.org/radkg/id/organization/radiological-society-of-north-america";
  static final String ACR = "https://w3id.org/radkg/id/organization/american-college-of-radiology";
  @TempDir static Path tmp;
  static RadkgServer server;

  @BeforeAll
  static void start() throws IOException {
    server = ServerFixture.serve(tmp, ServerFixture.SEARCH);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return ServerFixture.get(server, path, "text/html");
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void landingPageShowsCountsChartsAndWaysIn() throws Exception {
    HttpResponse<String> r = get("");
    assertEquals(200, r.statusCode());
    Document doc = Jsoup.parse(r.body());
    Map<String, Long> counts = new java.util.HashMap<>();
    for (Element li : doc.select("#counts li")) {
      counts.put(
          li.attr("data-kind"), Long.parseLong(li.selectFirst(".number").text().replace(",", "")));
    }
    assertEquals(
        List.of(
            "organizations",
            "initiatives",
            "events",
            "places",
            "people",
            "topics",
            "articles",
            "facts"),
        doc.select("#counts li").eachAttr("data-kind"));
    assertEquals(4, counts.get("articles"));
    assertTrue(
        counts.get("organizations") >= 5 && counts.get("facts") >= 5 && counts.get("places") >= 3,
        counts.toString());
    assertEquals(3, doc.select("figure.chart svg[role=img] > title").size());
    assertEquals(3, doc.select("figure.chart details table").size());
    Element societies = doc.selectFirst("figure#chart-societies");
    assertTrue(
        societies.select("table a[href=/id/organization/american-college-of-radiology]").size()
            == 1,
        societies.html());
    assertTrue(societies.select("tbody tr").size() == 2, "ACR and RSNA report articles");
    assertTrue(
        doc.select("figure#chart-topics .bar-label")
            .eachText()
            .contains("artificial intelligence"));
    assertFalse(doc.select("figure#chart-years .bar").isEmpty(), "years from the start dates");
    assertFalse(doc.select("#most-connected ol li a").isEmpty());
    for (String href :
        new String[] {
          "/sparql", "/void", "/dumps/", "/queries", "/editor", "/network", "/places"
        }) {
      assertFalse(doc.select("main a[href=" + href + "]").isEmpty(), href);
    }
    assertTrue(
        doc.select(
                "[style], style, script:not([src]):not([type=application/json]):not([type=application/ld+json])")
            .isEmpty(),
        "nothing inline for the CSP to forbid");
    assertTrue(
        doc.select("*").stream()
            .allMatch(
                e -> e.attributes().asList().stream().noneMatch(a -> a.getKey().startsWith("on"))));
    assertFalse(doc.select("script[src$=search.js]").isEmpty());
  }

  @Test
  void startHereAnswersTheQuestionsWithoutSparql() throws Exception {
    Document doc = Jsoup.parse(get("").body());
    Element ai =
        doc.select("#start-here a").stream()
            .filter(a -> a.text().contains("artificial intelligence with RSNA"))
            .findFirst()
            .orElseThrow();
    Document answer = Jsoup.parse(get(ai.attr("href").substring(1)).body());
    List<String> partners = answer.select("table.results tbody tr td:first-child a").eachText();
    assertTrue(partners.contains("American College of Radiology"), partners.toString());
    assertFalse(partners.contains("Radiological Society of North America"));
    Element glc =
        doc.select("#start-here a").stream()
            .filter(a -> a.text().contains("Global Learning Centers"))
            .findFirst()
            .orElseThrow();
    String sites =
        Jsoup.parse(get(glc.attr("href").substring(1)).body()).select("table.results").text();
    assertTrue(sites.contains("Stellenbosch University") && sites.contains("Quito"), sites);
  }

  @Test
  void chartLabelsAreEscapedText() {
    Element body = Jsoup.parse("").body();
    BarChart.append(
        body,
        "c",
        "Title <i>",
        "n",
        List.of(
            new LandingFigures.Bar("<script>alert(1)</script> & co", null, 3),
            new LandingFigures.Bar("ok", "https://w3id.org/radkg/id/organization/x\"><b", 1)),
        new LinkMapper("https://w3id.org/radkg/id/", "/"));
    String html = body.html();
    assertFalse(html.contains("<script>") || html.contains("<i>") || html.contains("\"><b"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"), html);
  }

  @Test
  void queryPageHasLabelledFieldsLinkedResultsAndDownloads() throws Exception {
    String path = "queries/partners-of-organization?organization=" + enc(ACR);
    Document doc = Jsoup.parse(get(path).body());
    Element input = doc.selectFirst("input#param-organization");
    assertEquals(ACR, input.attr("value"));
    assertFalse(doc.select("label[for=param-organization]").isEmpty());
    assertTrue(input.hasClass("iri-suggest"));
    assertFalse(doc.select("#" + input.attr("aria-describedby")).isEmpty(), "a hint for the field");
    Element link =
        doc.selectFirst(
            "table.results a[href=/id/organization/radiological-society-of-north-america]");
    assertEquals(
        "Radiological Society of North America", link.text(), "IRIs shown by their labels");
    assertTrue(
        doc.select("table.results th").eachText().stream().noneMatch(t -> t.endsWith("Label")));
    String csvHref = doc.selectFirst("a.download-csv").attr("href");
    String jsonHref = doc.selectFirst("a.download-json").attr("href");
    assertTrue(csvHref.contains(enc(ACR)) && jsonHref.contains(enc(ACR)), csvHref);

    HttpResponse<String> csv = get(csvHref.substring(1));
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    List<String> fromCsv =
        partners(
            ResultSetMgr.read(
                new ByteArrayInputStream(csv.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_CSV));
    HttpResponse<String> json = get(jsonHref.substring(1));
    assertTrue(
        json.headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/sparql-results+json"));
    List<String> fromJson =
        partners(
            ResultSetFactory.fromJSON(
                new ByteArrayInputStream(json.body().getBytes(StandardCharsets.UTF_8))));
    assertEquals(fromJson, fromCsv);
    assertTrue(
        fromJson.contains(RSNA) && !fromJson.contains(ACR),
        "the bound organization (ACR) applied: " + fromJson);
    List<String> byDefault =
        partners(
            ResultSetFactory.fromJSON(
                new ByteArrayInputStream(
                    get("queries/partners-of-organization.json")
                        .body()
                        .getBytes(StandardCharsets.UTF_8))));
    assertTrue(
        byDefault.contains(ACR) && !byDefault.contains(RSNA),
        "the default organization (RSNA): " + byDefault);

    assertEquals(
        400, get("queries/partners-of-organization.csv?organization=not%20an%20iri").statusCode());
    assertEquals(
        400, get("queries/partners-of-organization?organization=not%20an%20iri").statusCode());
    assertEquals(404, get("queries/partners-of-organization.xlsx").statusCode());
    assertEquals(404, get("queries/nope.csv").statusCode());
  }

  @Test
  void editorNeedsNoInlineScript() throws Exception {
    Document doc = Jsoup.parse(get("editor").body());
    assertTrue(doc.select("[onsubmit], [onclick]").isEmpty());
    assertFalse(doc.select("label[for=editor-query]").isEmpty());
    assertEquals("/sparql", doc.selectFirst("button#editor-send").attr("formaction"));
  }

  private static List<String> partners(ResultSet rs) {
    List<String> out = new ArrayList<>();
    while (rs.hasNext()) {
      QuerySolution s = rs.next();
      out.add(s.get("partner").toString());
    }
    return out;
  }
}
