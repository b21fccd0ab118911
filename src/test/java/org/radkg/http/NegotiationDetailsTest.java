package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, part 7: {@code q=0} refuses a format on every negotiated route, one 406 policy (a route
 * answers 406 when Accept admits none of its formats, HTML-only pages included), and a trailing
 * slash on an entity redirects to the entity.
 */
class NegotiationDetailsTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static final String ACR = "id/organization/american-college-of-radiology";
  private static final String NO_HTML = "text/html;q=0, */*";

  @TempDir static Path tmp;
  static RadkgServer server;

  @BeforeAll
  static void start() throws IOException {
    server = ServerFixture.serve(tmp, ServerFixture.NEWSLETTER);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path, String accept) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/" + path))
            .timeout(Duration.ofSeconds(30));
    if (accept != null) {
      b.header("Accept", accept);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String type(HttpResponse<String> r) {
    return r.headers().firstValue("Content-Type").orElse("");
  }

  @Test
  void htmlRefusedWithQZeroIsNeverSent() throws Exception {
    for (String path : new String[] {ACR, "ontology", "search?q=ACR"}) {
      HttpResponse<String> r = get(path, NO_HTML);
      assertEquals(200, r.statusCode(), path);
      assertFalse(type(r).startsWith("text/html"), path + ": " + type(r));
    }
    assertTrue(type(get(ACR, NO_HTML)).startsWith("text/turtle"), "the first data format");
    assertTrue(type(get("search?q=ACR", NO_HTML)).startsWith("application/json"));
    for (String path :
        new String[] {"", "places", "queries", "queries/who-funds-what", "editor", "dumps/"}) {
      HttpResponse<String> r = get(path, NO_HTML);
      assertEquals(406, r.statusCode(), path + ": " + type(r));
      assertTrue(r.headers().allValues("Vary").toString().contains("Accept"), path);
    }
    // A browser, and no header at all, still get the pages.
    String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    for (String path : new String[] {"", "places", ACR, "search?q=ACR"}) {
      assertTrue(type(get(path, browser)).startsWith("text/html"), path);
      assertTrue(type(get(path, null)).startsWith("text/html"), path);
    }
  }

  @Test
  void oneNotAcceptablePolicy() throws Exception {
    for (String path : new String[] {ACR, "ontology", "void", ".well-known/void", "search?q=ACR"}) {
      HttpResponse<String> r = get(path, "foo/bar");
      assertEquals(406, r.statusCode(), path + " answers " + type(r));
      assertTrue(r.body().startsWith("Available: "), r.body());
    }
    assertEquals(406, get("", "foo/bar").statusCode());
    assertTrue(type(get("void", null)).startsWith("text/turtle"), "Turtle unless asked");
    assertTrue(type(get("void", "*/*")).startsWith("text/turtle"));
    assertTrue(type(get("void", "text/turtle;q=0, */*")).startsWith("application/ld+json"));
    assertTrue(
        type(get("void", "text/html,*/*;q=0.8")).startsWith("text/turtle"),
        "a browser gets the data, HTML is not offered");
  }

  @Test
  void aTrailingSlashRedirectsToTheEntity() throws Exception {
    HttpResponse<String> r = get(ACR + "/", "text/turtle");
    assertEquals(301, r.statusCode());
    assertEquals("/" + ACR, r.headers().firstValue("Location").orElse(""));
    HttpResponse<String> paged = get(ACR + ".ttl/?page=1", null);
    assertEquals(301, paged.statusCode());
    assertEquals("/" + ACR + ".ttl?page=1", paged.headers().firstValue("Location").orElse(""));
    assertEquals(200, get(ACR, "text/turtle").statusCode());
    assertEquals(404, get("id/organization/", null).statusCode(), "no entity, no redirect");
  }
}
