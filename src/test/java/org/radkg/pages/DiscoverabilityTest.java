package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.http.RadkgServer;
import org.radkg.http.ServerFixture;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * What lets people and machines find the dataset: robots.txt and the sitemap, the start page's
 * schema.org Dataset, and the SPARQL Service Description.
 */
class DiscoverabilityTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path tmp;
  static RadkgServer server;

  @BeforeAll
  static void start() throws Exception {
    server = ServerFixture.serve(tmp, ServerFixture.SEARCH);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path, String accept) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.address() + path));
    if (accept != null) {
      b.header("Accept", accept);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
  }

  @Test
  void robotsPointsAtASitemapOfEveryEntityAndArticlePage() throws Exception {
    HttpResponse<String> robots = get("robots.txt", null);
    assertEquals(200, robots.statusCode());
    assertTrue(robots.body().contains("Sitemap: " + server.address() + "sitemap.xml"));
    HttpResponse<String> map = get("sitemap.xml", null);
    assertEquals(200, map.statusCode());
    Document d = xml(map.body());
    assertEquals("urlset", d.getDocumentElement().getLocalName());
    assertEquals(
        "http://www.sitemaps.org/schemas/sitemap/0.9", d.getDocumentElement().getNamespaceURI());
    String body = map.body();
    assertTrue(
        body.contains(server.address() + "id/organization/american-college-of-radiology</loc>"),
        body);
    assertTrue(body.contains(server.address() + "id/article/"), body);
    assertTrue(body.matches("(?s).*<lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod>.*"), body);
    assertEquals(404, get("sitemap-2.xml", null).statusCode());
  }

  @Test
  void pastTheLimitTheSitemapIsAnIndexOfParts() throws Exception {
    List<String> urls = IntStream.range(0, 7).mapToObj(i -> "https://x.org/id/e" + i).toList();
    String index = Sitemap.xml(urls, 0, 3, "https://x.org/", "2026-12-07");
    Document d = xml(index);
    assertEquals("sitemapindex", d.getDocumentElement().getLocalName());
    assertEquals(3, d.getElementsByTagNameNS("*", "sitemap").getLength());
    assertEquals(
        3,
        xml(Sitemap.xml(urls, 2, 3, "https://x.org/", "x"))
            .getElementsByTagNameNS("*", "url")
            .getLength());
    assertEquals(
        1,
        xml(Sitemap.xml(urls, 3, 3, "https://x.org/", "x"))
            .getElementsByTagNameNS("*", "url")
            .getLength());
    assertNull(Sitemap.xml(urls, 4, 3, "https://x.org/", "x"));
  }

  @Test
  void theStartPageDescribesTheDatasetForDatasetSearch() throws Exception {
    HttpResponse<String> page = get("", "text/html");
    assertEquals(200, page.statusCode());
    String json =
        Jsoup.parse(page.body()).select("script[type=application/ld+json]").first().data();
    JsonObject d = JSON.parse(json);
    assertEquals("Dataset", d.get("@type").getAsString().value());
    assertEquals(
        "https://creativecommons.org/licenses/by/4.0/", d.get("license").getAsString().value());
    assertEquals(6, d.get("distribution").getAsArray().size()); // five syntaxes and HDT
    assertTrue(
        d.get("distribution").toString().contains(server.address() + "dumps/radkg.nq.gz"), json);
    assertTrue(d.hasKey("temporalCoverage"), json);
    assertTrue(d.get("spatialCoverage").toString().contains("Ecuador"), json);
    // schema.org's context, which dataset search engines know (not fetched in a test).
    assertEquals("https://schema.org/", d.get("@context").getAsString().value());
  }

  @Test
  void theEndpointDescribesItselfToRdfClients() throws Exception {
    HttpResponse<String> sd = get("sparql", "text/turtle");
    assertEquals(200, sd.statusCode(), sd.body());
    Model m = ModelFactory.createDefaultModel();
    RDFParser.fromString(sd.body(), Lang.TURTLE).parse(m);
    String sdNs = "http://www.w3.org/ns/sparql-service-description#";
    assertTrue(
        m.contains(
            m.createResource(server.address() + "sparql"),
            m.createProperty(sdNs, "supportedLanguage"),
            m.createResource(sdNs + "SPARQL11Query")));
    assertEquals(400, get("sparql", null).statusCode(), "a person without a query is told how");
    assertEquals(400, get("sparql", "text/html").statusCode());
  }

  @Test
  void theDatasetDescriptionConformsToDcatAp() throws Exception {
    HttpResponse<String> v = get("void", "text/turtle");
    assertEquals(200, v.statusCode());
    Model data = ModelFactory.createDefaultModel();
    RDFParser.fromString(v.body(), Lang.TURTLE).parse(data);
    org.radkg.dump.DcatApShapes.assertConforms(data.getGraph());
  }

  @Test
  void theDatasetAndItsDistributionsDereferenceToTheDescription() throws Exception {
    Model described = ModelFactory.createDefaultModel();
    RDFParser.fromString(get("void", "text/turtle").body(), Lang.TURTLE).parse(described);
    String dataset = "https://w3id.org/radkg/id/dataset/radkg";
    List<String> iris = new java.util.ArrayList<>(List.of(dataset, dataset + "/publisher"));
    described
        .listObjectsOfProperty(
            described.createResource(dataset),
            described.createProperty("http://www.w3.org/ns/dcat#distribution"))
        .forEachRemaining(d -> iris.add(d.asResource().getURI()));
    assertEquals(8, iris.size(), "the dataset, its publisher and six distributions: " + iris);
    for (String iri : iris) {
      String path = iri.substring("https://w3id.org/radkg/".length());
      for (String accept : new String[] {"text/turtle", "application/ld+json", "text/html"}) {
        HttpResponse<String> r = get(path, accept);
        assertEquals(303, r.statusCode(), path + " " + accept);
        assertEquals(server.address() + "void", r.headers().firstValue("Location").orElse(""));
      }
      // What the redirect leads to describes the IRI.
      assertTrue(
          described
              .getGraph()
              .contains(
                  org.apache.jena.graph.NodeFactory.createURI(iri),
                  org.apache.jena.graph.Node.ANY,
                  org.apache.jena.graph.Node.ANY),
          iri);
    }
    // A name under the dataset that the description does not use is not found.
    assertEquals(404, get("id/dataset/radkg/distribution/nope", "text/turtle").statusCode());
    assertEquals(404, get("id/dataset/other", "text/turtle").statusCode());
  }
}
