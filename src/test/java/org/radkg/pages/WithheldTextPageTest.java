package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.http.RadkgServer;
import org.radkg.http.ServerFixture;
import org.radkg.vocab.Rkg;

/**
 * A source whose licence is unknown keeps its text to its publisher: its article pages quote only
 * the evidence sentences (each at the anchor its relations link to, entities linked, markup
 * escaped) and say why, and neither its page nor its RDF carries the text.
 */
class WithheldTextPageTest {
  @TempDir static Path tmp;
  static RadkgServer server;

  @BeforeAll
  static void start() throws Exception {
    Path store = tmp.resolve("out");
    ServerFixture.buildStore(tmp.resolve("corpus"), ServerFixture.NEWSLETTER, store, null);
    server = ServerFixture.start(store, Duration.ofSeconds(5), 1000, null, null);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void anArticlePageQuotesTheEvidenceAtItsAnchorsAndNotTheText() throws Exception {
    HttpResponse<String> entity =
        ServerFixture.get(server, "id/organization/american-college-of-radiology", "text/html");
    assertEquals(200, entity.statusCode());
    Element evidence = Jsoup.parse(entity.body()).selectFirst("a[href*=/id/article/][href*=#]");
    assertTrue(evidence != null, entity.body());
    String href = evidence.attr("href");
    HttpResponse<String> r =
        ServerFixture.get(
            server, href.substring(href.indexOf("id/article/"), href.indexOf('#')), "text/html");
    assertEquals(200, r.statusCode());
    Document page = Jsoup.parse(r.body());
    Element mark = page.getElementById(href.substring(href.indexOf('#') + 1));
    assertTrue(mark != null && mark.text().length() > 20, r.body());
    assertTrue(page.select(".article a.entity").size() > 0, "entities linked in the quotes");
    assertTrue(page.select("p.rights").text().contains("not republished"), r.body());
    // A sentence no relation quotes is not on the page.
    assertFalse(r.body().contains("Its webinar"), "the unquoted text stays out");
    assertFalse(r.body().contains("<script>alert"), "escaped");
  }

  @Test
  void theSourceDocumentSaysWhoseTheTextIsAndDoesNotCarryIt() throws Exception {
    HttpResponse<String> r = ServerFixture.get(server, "id/source/newsletter", "text/turtle");
    assertEquals(200, r.statusCode(), r.body());
    Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
    Node doc = NodeFactory.createURI(Rkg.DATA_BASE + "source/newsletter");
    assertFalse(g.contains(doc, Rkg.isString, Node.ANY), r.body());
    assertTrue(g.contains(doc, NodeFactory.createURI(Rkg.DCTERMS + "rights"), Node.ANY), r.body());
    HttpResponse<String> html = ServerFixture.get(server, "id/source/newsletter", "text/html");
    assertTrue(Jsoup.parse(html.body()).select("section.source-text").isEmpty(), html.body());
  }
}
