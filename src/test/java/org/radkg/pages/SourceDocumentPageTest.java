package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.http.RadkgServer;
import org.radkg.http.ServerFixture;
import org.radkg.vocab.Rkg;

/**
 * A source document's IRI answers with its description and its whole text (the context of the
 * evidence offsets): as RDF with nif:isString, as a page with the text escaped.
 */
class SourceDocumentPageTest {
  private static final String NEWS =
      """
      Imaging Society of Testland (IST)

      A registry opens <script>alert(1)</script>

      The Imaging Society of Testland (IST) launched the Testland Dose Registry in 2021.
      """;
  private static final String SOURCE = "id/source/newsletter";
  @TempDir static Path tmp;
  static RadkgServer server;

  @BeforeAll
  static void start() throws IOException {
    server = ServerFixture.serve(tmp, NEWS);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theSourceIriAnswersWithItsMetadataAndText() throws Exception {
    HttpResponse<String> r = ServerFixture.get(server, SOURCE, "text/turtle");
    assertEquals(200, r.statusCode(), r.body());
    Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
    Node doc = NodeFactory.createURI(Rkg.DATA_BASE + "source/newsletter");
    assertTrue(g.contains(doc, Rkg.type, Rkg.Context), r.body());
    assertTrue(g.contains(doc, Rkg.isString, NodeFactory.createLiteralString(NEWS)), r.body());
    assertTrue(
        g.contains(
            doc,
            NodeFactory.createURI(Rkg.SCHEMA + "encodingFormat"),
            NodeFactory.createLiteralString("text/plain")),
        r.body());
  }

  @Test
  void itsPageShowsTheTextEscapedAndNoStatementAsARelation() throws Exception {
    HttpResponse<String> r = ServerFixture.get(server, SOURCE, "text/html");
    assertEquals(200, r.statusCode());
    assertTrue(!r.body().contains("<script>alert"), "escaped");
    Document page = Jsoup.parse(r.body());
    assertTrue(
        page.select("section.source-text p").text().contains("<script>alert(1)</script>"),
        r.body());
    assertTrue(page.select("a[href*=/id/statement/]").isEmpty(), "statements are not relations");
  }
}
