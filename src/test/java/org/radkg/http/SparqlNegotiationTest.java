package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /sparql follows the same negotiation as the entity pages: a format the Accept header gives q=0 is
 * never sent, and a header that takes none of the query's formats gets 406 naming them.
 */
class SparqlNegotiationTest {
  private static final String SELECT = "SELECT * { ?s ?p ?o } LIMIT 1";
  private static final String CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1";
  @TempDir static Path tmp;
  static RadkgServer server;

  @BeforeAll
  static void start() throws Exception {
    server = ServerFixture.readOnlyNewsletterServer(tmp, Duration.ofSeconds(10));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> ask(String query, String accept) throws Exception {
    return ServerFixture.get(
        server, "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), accept);
  }

  private static String type(HttpResponse<String> r) {
    return r.headers().firstValue("Content-Type").orElse("");
  }

  @Test
  void aRefusedFormatIsNeverSent() throws Exception {
    HttpResponse<String> csv = ask(SELECT, "application/sparql-results+json;q=0, text/csv");
    assertEquals(200, csv.statusCode());
    assertTrue(type(csv).startsWith("text/csv"), type(csv));
    HttpResponse<String> notJson = ask(SELECT, "application/sparql-results+json;q=0, */*");
    assertEquals(200, notJson.statusCode());
    assertTrue(!type(notJson).startsWith("application/sparql-results+json"), type(notJson));
  }

  @Test
  void aHeaderTakingNoneOfTheFormatsGets406NamingThem() throws Exception {
    for (String accept :
        new String[] {"application/sparql-results+json;q=0", "*/*;q=0", "foo/bar", "text/turtle"}) {
      HttpResponse<String> r = ask(SELECT, accept);
      assertEquals(406, r.statusCode(), accept + ": " + r.body());
      assertTrue(r.body().contains("application/sparql-results+json"), r.body());
    }
    HttpResponse<String> graph = ask(CONSTRUCT, "application/sparql-results+json");
    assertEquals(406, graph.statusCode(), graph.body());
    assertTrue(graph.body().contains("text/turtle"), graph.body());
  }

  @Test
  void noHeaderAWildcardOrAFormatParameterStillAnswer() throws Exception {
    assertEquals(200, ask(SELECT, null).statusCode());
    assertEquals(200, ask(CONSTRUCT, "*/*").statusCode());
    assertEquals(200, ask(CONSTRUCT, "text/turtle;q=0.5, application/ld+json").statusCode());
    HttpResponse<String> format =
        ServerFixture.get(
            server,
            "sparql?format=json&query=" + URLEncoder.encode(SELECT, StandardCharsets.UTF_8),
            "foo/bar");
    assertEquals(200, format.statusCode(), format.body());
  }
}
