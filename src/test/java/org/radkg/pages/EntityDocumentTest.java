package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.http.RadkgServer;
import org.radkg.http.ServerFixture;
import org.radkg.vocab.Rkg;

/**
 * An entity's RDF documents say what they are, as Wikidata's data node does: the document (the
 * page's address without extension) is in the dataset, under its licence, dated as the data, and
 * about the entity.
 */
class EntityDocumentTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String NEWSLETTER =
      """
      American College of Radiology (ACR)

      ACR launches a registry

      April 21, 2023

      The ACR launched the National Clinical Imaging Research Registry (NCIRR) in 2020. The registry is funded by the National Institutes of Health.
      """;
  private static final String ACR = "id/organization/american-college-of-radiology";

  @TempDir static Path tmp;
  static RadkgServer server;

  @BeforeAll
  static void start() throws Exception {
    server = ServerFixture.serve(tmp, NEWSLETTER);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path, String accept) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.address() + path))
            .header("Accept", accept)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Graph parse(String body, Lang lang) {
    return RDFParser.fromString(body, lang).toGraph();
  }

  private static Node iri(String s) {
    return NodeFactory.createURI(s);
  }

  @Test
  void everyVariantNamesItsDocumentItsDatasetLicenceDateAndTopic() throws Exception {
    Graph described = parse(get("void", "text/turtle").body(), Lang.TURTLE);
    Node dataset = iri(Rkg.DATA_BASE + "dataset/radkg");
    Node modified =
        described
            .find(dataset, iri(Rkg.DCTERMS + "modified"), Node.ANY)
            .nextOptional()
            .map(Triple::getObject)
            .orElseThrow();
    assertEquals("2023-04-21", modified.getLiteralLexicalForm(), "the data's own date");
    Node entity = iri(Rkg.IRI_BASE + ACR);
    Node doc = iri(server.address() + ACR);
    String[][] variants = {
      {"text/turtle", "TTL"},
      {"application/ld+json", "JSONLD"},
      {"application/n-triples", "NT"},
      {"application/rdf+xml", "RDFXML"}
    };
    for (String[] v : variants) {
      HttpResponse<String> r = get(ACR, v[0]);
      assertEquals(200, r.statusCode(), v[0]);
      Graph g = parse(r.body(), org.apache.jena.riot.RDFLanguages.nameToLang(v[1]));
      assertTrue(
          r.headers().firstValue("Content-Location").orElse("").startsWith(doc.getURI() + "."),
          "the document is Content-Location's generic form");
      assertTrue(g.contains(doc, iri(Rkg.VOID + "inDataset"), dataset), v[0]);
      assertTrue(g.contains(doc, iri(Rkg.DCTERMS + "license"), iri(Rkg.CC_BY_4)), v[0]);
      assertTrue(g.contains(doc, iri(Rkg.DCTERMS + "modified"), modified), v[0]);
      assertTrue(g.contains(doc, iri("http://xmlns.com/foaf/0.1/primaryTopic"), entity), v[0]);
      assertTrue(g.contains(doc, iri(Rkg.SCHEMA + "about"), entity), v[0]);
    }
    // The page embeds the same data as JSON-LD, document node included; it lists no fact of it.
    HttpResponse<String> html = get(ACR, "text/html");
    String embedded =
        Jsoup.parse(html.body()).select("script[type=application/ld+json]").first().data();
    assertTrue(
        parse(embedded, Lang.JSONLD)
            .isIsomorphicWith(parse(get(ACR, "text/turtle").body(), Lang.TURTLE)));
    String shown = Jsoup.parse(html.body()).select("main").text();
    assertTrue(
        !shown.contains("primaryTopic") && !shown.contains("inDataset"),
        "the document's triples are not listed as facts: " + shown);
  }
}
