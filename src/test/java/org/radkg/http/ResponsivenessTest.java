package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.query.QueryCatalog;
import org.radkg.vocab.Rkg;

/**
 * Issue 12 rows 2 and 3: endless queries and clients that send their bodies a byte at a time cannot
 * starve the server. SPARQL runs within its own limits (4 at once, 3 per client here; beyond them a
 * prompt 503 with Retry-After), and a body is read without a thread before the servlets see it.
 */
class ResponsivenessTest {
  private static final String SLOW =
      "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";

  /**
   * "Answers within a second", allowing for a loaded 2-core machine: far from the 30 s the endless
   * queries last.
   */
  private static final long PROMPT_MS = 5000;

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  @TempDir static Path tmp;
  static RadkgServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    Path store = tmp.resolve("out");
    ServerFixture.buildStore(tmp.resolve("corpus"), ServerFixture.NEWSLETTER, store);
    server =
        RadkgServer.start(
            new ServerSettings(
                store,
                0,
                null,
                Rkg.DATA_BASE,
                TIMEOUT,
                1000,
                null,
                QueryCatalog.load(Path.of("queries")),
                null,
                4,
                3));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void pagesAndOtherClientsAnswerPromptlyDuringEndlessQueriesAndSlowBodies() throws Exception {
    assertEquals(200, send(get("127.0.0.1", "")).statusCode(), "the landing page, before the load");
    List<Socket> trickling = new ArrayList<>();
    try {
      for (int i = 0; i < 30; i++) {
        trickling.add(startSlowPost());
      }
      List<CompletableFuture<HttpResponse<String>>> endless = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        endless.add(
            HttpClient.newHttpClient()
                .sendAsync(
                    get("127.0.0.1", "sparql?query=" + q(SLOW)),
                    HttpResponse.BodyHandlers.ofString()));
      }
      Thread.sleep(500);
      trickle(trickling);
      for (String path :
          List.of("", "assets/site.css", "id/organization/american-college-of-radiology")) {
        long t0 = System.nanoTime();
        HttpResponse<String> page = send(get("127.0.0.1", path));
        assertEquals(200, page.statusCode(), path);
        assertPrompt(t0, "/" + path);
      }
      long t0 = System.nanoTime();
      HttpResponse<String> sameClient = send(get("127.0.0.1", "sparql?query=" + q("ASK {}")));
      assertPrompt(t0, "ASK {} from the client running 3 endless queries");
      assertEquals(503, sameClient.statusCode(), sameClient.body());
      assertTrue(
          sameClient.headers().firstValue("Retry-After").isPresent(),
          "Retry-After on the per-client 503");
      assertTrue(sameClient.body().contains("per client"), sameClient.body());
      t0 = System.nanoTime();
      HttpResponse<String> otherClient = send(get("[::1]", "sparql?query=" + q("ASK {}")));
      assertEquals(
          200,
          otherClient.statusCode(),
          "ASK {} from another address (::1): " + otherClient.body());
      assertPrompt(t0, "ASK {} from another client");
      trickle(trickling);
      int refusedAtOnce = 0;
      for (CompletableFuture<HttpResponse<String>> f : endless) {
        HttpResponse<String> r = f.get(TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(
            r.headers().firstValue("Retry-After").isPresent() || r.body().contains("timed out"),
            r.body());
        refusedAtOnce += r.headers().firstValue("Retry-After").isPresent() ? 1 : 0;
      }
      assertEquals(
          17,
          refusedAtOnce,
          "20 endless queries from one client: 3 run until the timeout, 17 refused at once");
      for (Socket s : trickling) {
        String status = statusLine(s);
        assertTrue(
            status.isEmpty() || status.contains(" 408 "),
            "a body still trickling after the deadline: " + status);
      }
    } finally {
      for (Socket s : trickling) {
        s.close();
      }
    }
    assertEquals(
        200,
        send(get("127.0.0.1", "sparql?query=" + q("ASK {}"))).statusCode(),
        "the same client, once its queries ended");
  }

  @Test
  void theGlobalLimitRefusesWithRetryAfterAndFreesItsSlots() throws Exception {
    SparqlGate gate = new SparqlGate(2, 2);
    SparqlGate.Permit a = gate.tryEnter("a");
    SparqlGate.Permit b = gate.tryEnter("b");
    assertEquals(null, gate.tryEnter("c"), "a third query while two run");
    assertTrue(gate.refusal("c").contains("running 2 queries"), gate.refusal("c"));
    a.close();
    a.close(); // closing twice frees one slot only
    SparqlGate.Permit c = gate.tryEnter("c");
    assertTrue(c != null, "a freed slot is taken");
    assertEquals(null, gate.tryEnter("d"));
    b.close();
    c.close();
    assertTrue(gate.tryEnter("d") != null && gate.tryEnter("d") != null, "all slots free again");
  }

  /** Sends a POST's headers and the first byte of a 200-byte body. */
  private static Socket startSlowPost() throws IOException {
    Socket s = new Socket("127.0.0.1", server.port());
    s.setSoTimeout((int) RequestLimits.BODY_DEADLINE.toMillis() + 20_000);
    OutputStream out = s.getOutputStream();
    out.write(
        ("POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                + "Content-Length: 200\r\n\r\nS")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return s;
  }

  /** One more body byte on each slow connection (the server may have closed some). */
  private static void trickle(List<Socket> sockets) {
    for (Socket s : sockets) {
      try {
        s.getOutputStream().write('E');
        s.getOutputStream().flush();
      } catch (IOException e) {
        // Dropped by the server: what it should do with slow senders.
      }
    }
  }

  private static String statusLine(Socket s) throws IOException {
    InputStream in = s.getInputStream();
    StringBuilder b = new StringBuilder();
    try {
      int c;
      while ((c = in.read()) >= 0 && c != '\n') {
        b.append((char) c);
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      return b.toString();
    }
    return b.toString();
  }

  private static void assertPrompt(long t0, String what) {
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms < PROMPT_MS, what + " took " + ms + " ms");
  }

  private static HttpRequest get(String host, String path) {
    return HttpRequest.newBuilder(URI.create("http://" + host + ":" + server.port() + "/" + path))
        .timeout(Duration.ofSeconds(60))
        .build();
  }

  private static HttpResponse<String> send(HttpRequest r) throws Exception {
    return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
