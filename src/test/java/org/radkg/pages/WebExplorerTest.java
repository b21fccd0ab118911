package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
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
 * The pages for people who click rather than query: network explorer and its downloads,
 * neighbourhood graphs, places, highlighted articles.
 */
class WebExplorerTest {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir static Path tmp;
  static RadkgServer server;
  static String base;

  @BeforeAll
  static void start() throws IOException {
    Path store = tmp.resolve("out");
    ServerFixture.buildStore(
        tmp.resolve("corpus"), ServerFixture.NEWSLETTER + "\n\n" + ServerFixture.SECOND, store);
    server = ServerFixture.start(store, Duration.ofSeconds(10), 1000, null, null);
    base = "http://127.0.0.1:" + server.port() + "/";
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<byte[]> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static String text(String path) throws Exception {
    HttpResponse<byte[]> r = get(path);
    assertEquals(200, r.statusCode(), path + ": " + new String(r.body(), StandardCharsets.UTF_8));
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  static Document page(String path) throws Exception {
    return Jsoup.parse(text(path), base);
  }

  static JsonObject drawing(String query) throws Exception {
    return JSON.parse(text("network.json" + query)).getAsObject();
  }

  static Set<String> nodeIds(JsonObject drawing) {
    return ids(drawing.getObj("elements").get("nodes").getAsArray());
  }

  /** The ids of Cytoscape elements ({"data": {"id": ...}}). */
  static Set<String> ids(JsonArray elements) {
    Set<String> ids = new HashSet<>();
    for (JsonValue n : elements) {
      ids.add(n.getAsObject().getObj("data").getString("id"));
    }
    return ids;
  }

  static JsonArray edges(JsonObject drawing) {
    return drawing.getObj("elements").get("edges").getAsArray();
  }

  @Test
  void networkPageHasTheFormTheDrawingAndAnAccessibleTable() throws Exception {
    Document d = page("network");
    Element form = d.selectFirst("form#network-filters");
    assertNotNull(form);
    assertEquals("get", form.attr("method"));
    for (String name : NetworkQuery.NAMES) {
      Element control = form.selectFirst("[name=" + name + "]");
      assertNotNull(control, name);
      assertNotNull(form.selectFirst("label[for=" + control.id() + "]"), "label for " + name);
    }
    assertTrue(
        form.select("select[name=topic] option").eachAttr("value").contains("health-equity"));
    assertTrue(form.select("select[name=society] option").eachAttr("value").contains("ACR"));
    Element graph = d.selectFirst("#network-graph");
    assertEquals("0", graph.attr("tabindex"));
    assertFalse(graph.attr("aria-label").isEmpty());
    assertTrue(graph.attr("data-src").endsWith("network.json"));
    Element table = d.selectFirst("table#network-nodes");
    assertTrue(table.select("tbody tr").size() >= 3);
    assertTrue(
        table
            .select("tbody th a")
            .eachAttr("href")
            .contains("/id/organization/american-college-of-radiology"));
    // sorted by degree, most connected first
    int previous = Integer.MAX_VALUE;
    for (Element row : table.select("tbody tr")) {
      int degree = Integer.parseInt(row.child(2).text());
      assertTrue(degree <= previous, "table sorted by degree");
      previous = degree;
    }
    int nodes = table.select("tbody tr").size();
    assertTrue(d.selectFirst("#network-status").text().startsWith(nodes + " organizations, "));
    assertEquals(NetworkExports.ALL.size(), d.select("a.download[data-format]").size());
    for (String f :
        new String[] {"graphml", "gexf", "dot", "svg", "csv", "json", "vosviewer", "pajek"}) {
      assertNotNull(d.selectFirst("a.download[data-format=" + f + "]"), f);
    }
    Set<String> scripts = new HashSet<>(d.select("script[src]").eachAttr("src"));
    assertTrue(
        scripts.contains("/assets/vendor/cytoscape.min.js")
            && scripts.contains("/assets/network.js"),
        scripts.toString());
    assertTrue(
        d.select("script:not([src]):not([type=application/json]):not([type=application/ld+json])")
            .isEmpty(),
        "no inline script");
    assertTrue(d.select("[style], style").isEmpty(), "no inline style");
    for (String asset :
        new String[] {
          "vendor/cytoscape.min.js", "network.js", "graph-common.js", "neighbourhood.js"
        }) {
      HttpResponse<byte[]> r = get("assets/" + asset);
      assertEquals(200, r.statusCode(), asset);
      assertTrue(
          r.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), asset);
    }
  }

  @Test
  void filtersKeepTheirValuesInTheFormAndTheLinks() throws Exception {
    Document d = page("network?from=2020&to=2021&minWeight=1&topic=health-equity");
    assertEquals("2020", d.selectFirst("input[name=from]").val());
    assertTrue(d.selectFirst("select[name=topic] option[value=health-equity]").hasAttr("selected"));
    String src = d.selectFirst("#network-graph").attr("data-src");
    assertTrue(src.contains("from=2020") && src.contains("topic=health-equity"), src);
    assertTrue(d.selectFirst("a.download[data-format=gexf]").attr("href").contains("to=2021"));
  }

  @Test
  void networkJsonIsCytoscapeJsonThatHonoursTheFilters() throws Exception {
    HttpResponse<byte[]> r = get("network.json");
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonObject all = drawing("");
    assertTrue(nodeIds(all).size() >= 3);
    assertTrue(edges(all).size() >= 2);
    for (JsonValue n : all.getObj("elements").get("nodes").getAsArray()) {
      JsonObject data = n.getAsObject().getObj("data");
      assertTrue(data.getString("href").startsWith("/id/organization/"), data.toString());
      assertTrue(data.hasKey("degree") && data.hasKey("community") && data.hasKey("betweenness"));
    }
    for (JsonValue e : edges(all)) {
      assertTrue(e.getAsObject().getObj("data").hasKey("weight"));
    }
    // Years: the registry is of 2020, the coalition of 2021, the learning center of 2019.
    JsonObject only2021 = drawing("?from=2021&to=2021");
    assertTrue(edges(only2021).size() < edges(all).size(), "a year range drops links");
    assertTrue(nodeIds(only2021).size() < nodeIds(all).size());
    assertTrue(edges(drawing("?from=2030")).isEmpty(), "no link after 2030");
    assertTrue(edges(drawing("?society=RSNA")).size() < edges(all).size(), "society filter");
    JsonObject societies = drawing("?nodeKind=society");
    for (JsonValue n : societies.getObj("elements").get("nodes").getAsArray()) {
      assertEquals("society", n.getAsObject().getObj("data").getString("type"));
    }
    assertTrue(edges(drawing("?minWeight=99")).isEmpty());
    JsonObject stated = drawing("?projection=stated");
    for (JsonValue e : edges(stated)) {
      assertEquals("stated", e.getAsObject().getObj("data").getString("kinds"));
    }
  }

  @Test
  void everyDownloadFormatAnswersWithItsTypeAndParses() throws Exception {
    var xml = DocumentBuilderFactory.newInstance();
    xml.setNamespaceAware(true);
    xml.setFeature(
        "http://apache.org/xml/features/nonvalidating/load-external-dtd",
        false); // Graphviz's SVG names a DTD
    for (String[] f :
        new String[][] {{"graphml", "application/graphml+xml"}, {"gexf", "application/gexf+xml"}}) {
      HttpResponse<byte[]> r = get("network." + f[0] + "?from=2019");
      assertEquals(200, r.statusCode(), f[0]);
      assertEquals(f[1], r.headers().firstValue("Content-Type").orElse(""));
      assertTrue(
          r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), f[0]);
      var doc = xml.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
      assertTrue(doc.getElementsByTagNameNS("*", "node").getLength() >= 3, f[0]);
    }
    String dot = text("network.dot");
    assertTrue(dot.strip().startsWith("graph") || dot.contains("graph "), dot);
    String pajek = text("network.net");
    assertTrue(pajek.startsWith("*Vertices "), pajek);
    assertTrue(
        get("network.net")
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("text/plain"));
    assertZip("network.csv.zip", "nodes.csv", "edges.csv");
    assertZip("network.vosviewer.zip", "map.txt", "network.txt");
    HttpResponse<byte[]> json = get("network.json?from=2019");
    assertTrue(
        json.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    HttpResponse<byte[]> svg = get("network.svg");
    if (org.radkg.network.SvgNetworkRenderer.available()) {
      assertEquals(200, svg.statusCode());
      assertEquals("image/svg+xml", svg.headers().firstValue("Content-Type").orElse(""));
      assertEquals(
          "svg",
          xml.newDocumentBuilder()
              .parse(new ByteArrayInputStream(svg.body()))
              .getDocumentElement()
              .getLocalName());
    } else {
      assertEquals(503, svg.statusCode());
      assertTrue(new String(svg.body(), StandardCharsets.UTF_8).contains("Graphviz"));
    }
    assertEquals(404, get("network.xlsx").statusCode());
  }

  static void assertZip(String path, String... names) throws Exception {
    HttpResponse<byte[]> r = get(path);
    assertEquals(200, r.statusCode(), path);
    assertEquals("application/zip", r.headers().firstValue("Content-Type").orElse(""));
    Set<String> entries = new HashSet<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.add(e.getName());
        assertTrue(zip.readAllBytes().length > 0, e.getName());
      }
    }
    assertEquals(Set.of(names), entries, path);
  }

  @Test
  void badFilterValuesAre400NamingTheParameter() throws Exception {
    for (String[] bad :
        new String[][] {
          {"from=twenty", "from"},
          {"to=20211", "to"},
          {"minWeight=0", "minWeight"},
          {"minWeight=x", "minWeight"},
          {"projection=friends", "projection"},
          {"nodeKind=person", "nodeKind"},
          {"from=2022&to=2020", "from"}
        }) {
      for (String path : new String[] {"network?", "network.json?", "network.gexf?"}) {
        HttpResponse<byte[]> r = get(path + bad[0]);
        assertEquals(400, r.statusCode(), path + bad[0]);
        assertTrue(
            new String(r.body(), StandardCharsets.UTF_8).contains("'" + bad[1] + "'"),
            path + bad[0]);
      }
    }
    String page = new String(get("network?from=%3Cscript%3E").body(), StandardCharsets.UTF_8);
    assertFalse(page.contains("<script>"), "the bad value is escaped");
  }

  @Test
  void entityPagesCarryTheirNeighbourhood() throws Exception {
    Document d = page("id/organization/american-college-of-radiology");
    Element graph = d.selectFirst("#neighbourhood");
    assertNotNull(graph);
    assertEquals("0", graph.attr("tabindex"));
    Element block = d.selectFirst("script#neighbourhood-data[type=application/json]");
    JsonObject data = JSON.parse(block.data());
    Set<String> ids = ids(data.get("nodes").getAsArray());
    assertTrue(
        ids.contains("https://w3id.org/radkg/id/organization/american-college-of-radiology"));
    assertTrue(
        ids.contains(
            "https://w3id.org/radkg/id/organization/radiological-society-of-north-america"),
        ids.toString());
    assertTrue(
        ids.contains("https://w3id.org/radkg/id/organization/radiology-health-equity-coalition"),
        ids.toString());
    Set<String> labels = new HashSet<>();
    for (JsonValue e : data.get("edges").getAsArray()) {
      JsonObject ed = e.getAsObject().getObj("data");
      assertTrue(ids.contains(ed.getString("source")) && ids.contains(ed.getString("target")));
      labels.add(ed.getString("label"));
    }
    assertTrue(labels.contains("collaborates with") && labels.contains("leads"), labels.toString());
    assertNotNull(d.selectFirst("script[src$=neighbourhood.js]"));
    assertFalse(d.select("table").isEmpty(), "the relation tables stay");
    // An article's block holds its headline, which has "<script>" in it: escaped, never raw.
    String article =
        text("id/article/newsletter-acr-health-equity-coalition-grows-script-alert-1-script");
    int start = article.indexOf("id=\"neighbourhood-data\"");
    assertTrue(start > 0);
    String raw = article.substring(start, article.indexOf("</script>", start));
    assertFalse(raw.contains("<"), "no '<' inside the data block");
  }

  @Test
  void placesAreGroupedByCountry() throws Exception {
    Document d = page("places");
    Element places = d.selectFirst("#places");
    Element ecuador = null;
    for (Element c : places.select("section.country")) {
      if (c.selectFirst("h2").text().equals("Ecuador")) {
        ecuador = c;
      }
    }
    assertNotNull(ecuador, places.outerHtml());
    assertEquals("/id/place/ecuador", ecuador.selectFirst("h2 a").attr("href"));
    Element quito = ecuador.selectFirst("a.place-name[href=/id/place/quito-ec]");
    assertNotNull(quito, ecuador.outerHtml());
    assertTrue(
        quito
            .parent()
            .select("ul a")
            .eachAttr("href")
            .contains("/id/organization/hospital-metropolitano"));
    assertTrue(places.text().contains("United States") && places.text().contains("Chicago"));
    Document country = page("id/place/ecuador");
    Element here = country.selectFirst("#in-this-country");
    assertNotNull(here);
    assertTrue(here.select("a").eachAttr("href").contains("/id/place/quito-ec"));
    assertTrue(
        here.select("a").eachAttr("href").contains("/id/organization/hospital-metropolitano"));
  }

  @Test
  void articleTextHighlightsEntitiesAndEscapesEverything() throws Exception {
    String html =
        text("id/article/newsletter-acr-health-equity-coalition-grows-script-alert-1-script");
    assertFalse(html.contains("<script>alert"), "the article's markup is never raw");
    Document d = Jsoup.parse(html, base);
    Element article = d.selectFirst("section.article");
    assertTrue(article.text().contains("<script>alert(1)</script>"), "shown as text");
    Element acr =
        article.selectFirst(
            "a.entity.entity-organization[href=/id/organization/american-college-of-radiology]");
    assertNotNull(acr, article.outerHtml());
    assertNotNull(article.selectFirst(".entity-legend .entity-organization"));
    assertFalse(article.select("mark[id^=at-]").isEmpty(), "evidence sentences stay marked");
  }

  @Test
  void relationsAndColumnsAreNamedInWords() throws Exception {
    Document d = page("id/organization/american-college-of-radiology");
    String relations =
        String.join(" | ", d.select("main table td:first-child a[title]").eachText());
    assertTrue(relations.contains("leads"), relations);
    assertFalse(relations.contains("rkg:") || relations.contains("org:"), relations);
    Document q = page("queries/who-funds-what");
    String heads = String.join(" | ", q.select("table.results th").eachText());
    assertFalse(heads.contains("Label"), heads);
  }
}
