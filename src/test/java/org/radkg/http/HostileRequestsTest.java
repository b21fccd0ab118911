package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server facing the internet: malformed, oversized, endless and malicious requests each get a
 * documented status and an escaped message, the server stays responsive, and nothing stored
 * changes.
 */
class HostileRequestsTest {
  private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
  private static final String SLOW =
      "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
  @TempDir static Path tmp;
  static RadkgServer server;
  static String base;

  @BeforeAll
  static void start() throws IOException {
    server = ServerFixture.readOnlyNewsletterServer(tmp, Duration.ofSeconds(2));
    base = "http://127.0.0.1:" + server.port() + "/";
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void securityHeadersOnEveryResponse() throws Exception {
    for (String path :
        List.of(
            "",
            "id/organization/american-college-of-radiology",
            "queries",
            "editor",
            "dumps/",
            "assets/site.css",
            "sparql?query=" + q("ASK {}"),
            "no/such/page",
            "id/organization/nobody",
            "sparql?query=" + q("SELECT * WHERE {"))) {
      HttpResponse<String> r = send(get(path).build());
      assertEquals(
          path.equals("editor") ? SecurityHeaders.EDITOR_CSP : SecurityHeaders.CSP,
          r.headers().firstValue("Content-Security-Policy").orElse(""),
          path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
      assertEquals(
          "strict-origin-when-cross-origin",
          r.headers().firstValue("Referrer-Policy").orElse(""),
          path);
    }
  }

  @Test
  void malformedAndUpdateQueriesAreRefusedAndChangeNothing() throws Exception {
    long before = count();
    assertEquals(
        400, send(get("sparql?query=" + q("\u0000\u0001 garbage {{{")).build()).statusCode());
    assertEquals(
        400,
        send(get("sparql?query=" + q("DROP ALL")).build()).statusCode(),
        "an update is not a query");
    int none = send(get("sparql").build()).statusCode();
    assertTrue(none == 400 || none == 404, "no query at all: " + none);
    int update =
        send(post("sparql", "application/sparql-update", "INSERT DATA { <a:x> <a:y> <a:z> }"))
            .statusCode();
    assertTrue(Set.of(400, 403, 405, 415).contains(update), "update: " + update);
    assertEquals(404, send(post("update", "application/sparql-update", "DROP ALL")).statusCode());
    int delete =
        send(HttpRequest.newBuilder(URI.create(base + "data?default")).DELETE().build())
            .statusCode();
    assertTrue(Set.of(403, 405).contains(delete), "DELETE on /data: " + delete);
    assertEquals(before, count());
  }

  @Test
  void hugeQueriesAreRefusedWithATooLargeStatus() throws Exception {
    String huge = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(2_000_000);
    // Every time, not by luck: the server reads what the client is still sending before it closes
    // the connection, or the client's TCP stack gets a reset and loses the answer.
    for (int i = 0; i < 10; i++) {
      HttpResponse<String> r = send(post("sparql", "application/sparql-query", huge));
      assertEquals(413, r.statusCode(), r.body());
      assertTrue(r.body().contains("/sparql"), "the message names the request: " + r.body());
    }
    // The same body sent chunked (no Content-Length) is stopped while it is read.
    HttpResponse<String> chunked =
        send(
            HttpRequest.newBuilder(URI.create(base + "sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () ->
                            new java.io.ByteArrayInputStream(
                                huge.getBytes(StandardCharsets.UTF_8))))
                .build());
    assertEquals(413, chunked.statusCode(), chunked.body());
    HttpResponse<String> none = send(get("sparql").build());
    assertEquals(400, none.statusCode());
    assertTrue(none.body().contains("needs a query parameter"), none.body());
    String small = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    HttpResponse<String> chunkedSmall =
        send(
            HttpRequest.newBuilder(URI.create(base + "sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () ->
                            new java.io.ByteArrayInputStream(
                                small.getBytes(StandardCharsets.UTF_8))))
                .build());
    assertEquals(
        200, chunkedSmall.statusCode(), "a small chunked query still runs: " + chunkedSmall.body());
    assertTrue(chunkedSmall.body().contains("\"n\""), chunkedSmall.body());
    HttpResponse<String> longUrl =
        send(get("sparql?query=" + q("ASK {} #" + "y".repeat(100_000))).build());
    assertTrue(
        Set.of(414, 431).contains(longUrl.statusCode()), "very long URL: " + longUrl.statusCode());
    assertEquals(1, count() > 0 ? 1 : 0, "still answers");
  }

  @Test
  void endlessQueriesTimeOutWhileOthersStillAnswerQuickly() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> slow =
        List.of(
            HttpClient.newHttpClient()
                .sendAsync(
                    get("sparql?query=" + q(SLOW)).build(), HttpResponse.BodyHandlers.ofString()),
            HttpClient.newHttpClient()
                .sendAsync(
                    get("sparql?query=" + q(SLOW)).build(), HttpResponse.BodyHandlers.ofString()));
    Thread.sleep(300);
    long t0 = System.nanoTime();
    assertTrue(count() > 0);
    long quickMs = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(quickMs < 1500, "a small query during two endless ones took " + quickMs + " ms");
    for (CompletableFuture<HttpResponse<String>> f : slow) {
      assertEquals(503, f.get().statusCode(), f.get().body());
    }
    assertTrue(count() > 0, "responsive after the timeouts");
  }

  @Test
  void pathTraversalFindsNothingOutsideTheServedFiles() throws Exception {
    for (String path :
        List.of(
            "dumps/../build.properties",
            "dumps/%2e%2e/build.properties",
            "dumps/..%2fbuild.properties",
            "dumps/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "assets/../../pom.xml",
            "assets/%2e%2e/%2e%2e/pom.xml",
            "assets/..%2f..%2fpom.xml",
            "dumps/....//build.properties",
            "assets/%252e%252e/pom.xml",
            "dumps/%5c..%5cbuild.properties")) {
      HttpResponse<String> r = sendRaw(path);
      assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + " -> " + r.statusCode());
      assertFalse(
          r.body().contains("<project")
              || r.body().contains("root:")
              || r.body().contains("quads="),
          path);
    }
  }

  @Test
  void unknownAndMaliciousIrisAre404WithTheirNameEscaped() throws Exception {
    assertEquals(404, send(get("id/organization/no-such-society").build()).statusCode());
    int kind = send(get("id/nonsense-kind/x").build()).statusCode();
    assertTrue(kind == 400 || kind == 404, "unknown kind: " + kind);
    HttpResponse<String> script =
        send(
            get("id/organization/%3Cscript%3Ealert(1)%3Cb%3E")
                .header("Accept", "text/html")
                .build());
    assertEquals(404, script.statusCode());
    assertFalse(
        script.body().contains("<script>alert") || script.body().contains("<b>"), script.body());
    // An encoded slash is ambiguous to Jetty, which refuses it before radkg sees it.
    assertEquals(400, send(get("id/organization/%3Cscript%3E%2F").build()).statusCode());
    assertEquals(
        404,
        send(get("id/organization/" + "a".repeat(1500)).build()).statusCode(),
        "long, but an IRI could be");
    for (int n : new int[] {3000, 6000, 15000}) {
      HttpResponse<String> longIri = send(get("id/organization/" + "a".repeat(n)).build());
      assertEquals(414, longIri.statusCode(), "IRI of " + n + ": " + longIri.body());
    }
    int nul = sendRaw("id/organization/a%00b").statusCode();
    assertTrue(nul == 400 || nul == 404, "NUL: " + nul);
    int queryNul =
        send(get("queries/evidence-for-entity?entity="
                    + q("https://w3id.org/radkg/id/x\u0000<script>"))
                .build())
            .statusCode();
    assertTrue(
        queryNul == 400 || queryNul == 404 || queryNul == 200, "NUL in a parameter: " + queryNul);
  }

  @Test
  void prebuiltQueryParametersAreBoundAsTermsNotSpliced() throws Exception {
    String page = "queries/partners-of-organization?organization=";
    for (String inj :
        List.of(
            "https://w3id.org/radkg/id/organization/x> } UNION { ?s ?p ?o } #",
            "https://w3id.org/radkg/id/organization/x>\n} ; DROP ALL ; #",
            "<script>alert(1)</script>",
            "\") } #")) {
      HttpResponse<String> r = send(get(page + q(inj)).header("Accept", "text/html").build());
      assertEquals(400, r.statusCode(), inj + ": " + r.body());
      assertTrue(r.body().contains("organization"), "the message names the parameter: " + r.body());
      assertFalse(r.body().contains("<script>alert"), r.body());
    }
    // A well-formed IRI that names nothing is a term like any other: no rows, not the whole graph.
    HttpResponse<String> none =
        send(get(page + q("https://w3id.org/radkg/id/organization/x%3E%20%7D")).build());
    assertEquals(200, none.statusCode(), none.body());
    assertEquals(
        0,
        org.jsoup.Jsoup.parse(none.body()).select("table tr:has(td)").size(),
        "no rows: " + none.body());
    HttpResponse<String> acr =
        send(
            get(page + q("https://w3id.org/radkg/id/organization/american-college-of-radiology"))
                .build());
    assertTrue(
        org.jsoup.Jsoup.parse(acr.body()).select("table tr:has(td)").size() > 0,
        "the same page finds rows for a real IRI");
  }

  @Test
  void oversizedHeadersAre431() throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(
          ("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                  + "z".repeat(64 * 1024)
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status = statusLine(s.getInputStream());
      assertTrue(status.contains(" 431 "), status);
    }
    assertTrue(count() > 0, "still answers");
  }

  @Test
  void nonsenseAcceptHeadersGetADefaultOr406() throws Exception {
    for (String accept :
        List.of(
            "nonsense",
            ";;;,,,/",
            "text/html;q=abc",
            "*/*;q=-1",
            "application/x-garbage",
            "\u00e9/\u00e9")) {
      for (String path :
          List.of(
              "id/organization/american-college-of-radiology",
              "sparql?query=" + q("ASK {}"),
              "",
              "void")) {
        int status =
            send(get(path).header("Accept", accept.replaceAll("[^\\x20-\\x7e]", "x")).build())
                .statusCode();
        assertTrue(
            status == 200 || status == 406, path + " with Accept " + accept + " -> " + status);
      }
    }
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
  }

  private static HttpRequest post(String path, String type, String body) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** A client per call: the server may close a connection after refusing a request. */
  private static HttpResponse<String> send(HttpRequest r) throws Exception {
    return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
  }

  /** Sends the path byte for byte (java.net.URI would normalize "..") over a plain socket. */
  private static HttpResponse<String> sendRaw(String path) throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.getOutputStream()
          .write(
              ("GET /" + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = Integer.parseInt(all.substring(9, 12));
      String body = all.contains("\r\n\r\n") ? all.substring(all.indexOf("\r\n\r\n") + 4) : "";
      return new RawResponse(status, body);
    }
  }

  private static String statusLine(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      b.append((char) c);
    }
    return b.toString();
  }

  private static long count() throws Exception {
    String csv = send(get("sparql?query=" + q(COUNT)).header("Accept", "text/csv").build()).body();
    return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().trim());
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Just the status and body of a raw exchange. */
  private record RawResponse(int statusCode, String body) implements HttpResponse<String> {
    @Override
    public HttpRequest request() {
      return null;
    }

    @Override
    public java.util.Optional<HttpResponse<String>> previousResponse() {
      return java.util.Optional.empty();
    }

    @Override
    public java.net.http.HttpHeaders headers() {
      return java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true);
    }

    @Override
    public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
      return java.util.Optional.empty();
    }

    @Override
    public URI uri() {
      return URI.create(base);
    }

    @Override
    public HttpClient.Version version() {
      return HttpClient.Version.HTTP_1_1;
    }
  }
}
