package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Malformed percent-encoding (a byte that is not UTF-8, a {@code %} without two hex digits) in the
 * query string, a form body or the path answers 400 with a plain message naming what is bad, on
 * every route.
 */
class MalformedEncodingTest {
  @TempDir static Path tmp;
  static RadkgServer server;

  @BeforeAll
  static void start() throws IOException {
    server = ServerFixture.readOnlyNewsletterServer(tmp, Duration.ofSeconds(5));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(
      delimiter = ' ',
      value = {
        "GET /search?q=%ff - q",
        "GET /search?q=% - q",
        "GET /search?q=GLC&limit=1%2 - limit",
        "GET /search?%ff=1 - name",
        "GET /queries/partners-of-organization?organization=%ff - organization",
        "GET /queries/partners-of-organization.csv?organization=%e9t%e9 - organization",
        "GET /network?from=%ff - from",
        "GET /network.graphml?from=%ff - from",
        "GET /editor?query=%ff - query",
        "GET /sparql?query=%ff - query",
        "GET /data?graph=%ff - graph",
        "GET /id/organization/american-college-of-radiology?x=%ff - x",
        "POST /sparql query=%ff query",
        "POST /sparql query=ASK%20{}&default-graph-uri=%zz default-graph-uri",
        "POST /editor query=%ff query",
      })
  void answers400NamingTheBadPart(String method, String target, String form, String named)
      throws Exception {
    Raw r = send(method, target, "-".equals(form) ? null : form);
    assertEquals(400, r.status(), r.toString());
    assertTrue(r.head().toLowerCase().contains("content-type: text/plain"), r.toString());
    assertTrue(r.body().contains(named), r.toString());
    assertTrue(r.body().contains("percent-encoding"), r.toString());
  }

  /** Jetty refuses these itself, before any filter, with its own 400 page naming the cause. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ' ',
      value = {
        "/id/organization/%ff",
        "/id/organization/caf%e9",
        "/id/%",
        "/assets/site%ff.css",
        "/search/%zz?q=GLC",
      })
  void malformedPathsAre400(String target) throws Exception {
    Raw r = send("GET", target, null);
    assertEquals(400, r.status(), r.toString());
    assertTrue(r.body().contains("Bad UTF-8") || r.body().contains("Bad Request"), r.toString());
    assertTrue(
        r.head().contains("Content-Security-Policy") && r.head().contains("nosniff"),
        "security headers on Jetty's own refusal: " + r);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ' ',
      value = {
        "/search?q=caf%C3%A9+%E2%9C%93",
        "/search?q=a%2Bb&limit=2",
        "/id/organization/american-college-of-radiology?",
        "/editor?query=ASK%20%7B%7D",
      })
  void wellFormedEncodingStillPasses(String target) throws Exception {
    assertEquals(200, send("GET", target, null).status());
  }

  /** Sends the request byte for byte: java.net.URI refuses a lone {@code %}. */
  private static Raw send(String method, String target, String form) throws IOException {
    byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.US_ASCII);
    String head =
        method
            + " "
            + target
            + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
            + (form == null
                ? ""
                : "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                    + body.length
                    + "\r\n")
            + "\r\n";
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(30_000);
      s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().write(body);
      String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int split = all.indexOf("\r\n\r\n");
      return new Raw(
          Integer.parseInt(all.substring(9, 12)),
          all.substring(0, Math.max(split, 0)),
          split < 0 ? "" : all.substring(split + 4));
    }
  }

  private record Raw(int status, String head, String body) {}
}
