package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.query.QueryCatalog;
import org.radkg.vocab.Rkg;

/**
 * Issue 12 rows 1 and 4: no query sent to this server makes it send a request anywhere. A local
 * file server (with a secret in its body) and a host that accepts connections and never answers
 * count what reaches them: nothing, whichever route the query takes, and every attempt gets the
 * same 400.
 */
class OutboundRequestsTest {
  @TempDir static Path tmp;
  static HttpServer fileServer;
  static final AtomicInteger fileRequests = new AtomicInteger();
  static ServerSocket silentHost;
  static final AtomicInteger silentAccepts = new AtomicInteger();
  static RadkgServer server;
  static String base;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    fileServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    fileServer.createContext(
        "/",
        exchange -> {
          fileRequests.incrementAndGet();
          byte[] body = "db_password=hunter2".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    fileServer.start();
    silentHost = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              List<Socket> held = new ArrayList<>(); // kept open, never answered
              while (!silentHost.isClosed()) {
                try {
                  held.add(silentHost.accept());
                  silentAccepts.incrementAndGet();
                } catch (IOException e) {
                  return;
                }
              }
            },
            "silent-host");
    acceptor.setDaemon(true);
    acceptor.start();
    Path queries = Files.createDirectories(tmp.resolve("queries"));
    Files.writeString(
        queries.resolve("outbound.rq"),
        "# title: Outbound\n# description: Asks another server.\n"
            + "# parameters: none\nSELECT * WHERE { SERVICE <"
            + fileUrl()
            + "> { ?s ?p ?o } }\n");
    Path store = tmp.resolve("out");
    ServerFixture.buildStore(tmp.resolve("corpus"), ServerFixture.NEWSLETTER, store);
    server =
        RadkgServer.start(
            new ServerSettings(
                store,
                0,
                null,
                Rkg.DATA_BASE,
                Duration.ofSeconds(20),
                1000,
                null,
                QueryCatalog.load(queries),
                null));
    base = "http://127.0.0.1:" + server.port() + "/";
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    fileServer.stop(0);
    silentHost.close();
  }

  @Test
  void serviceIsRefusedOnEveryRouteAndNothingLeavesTheServer() throws Exception {
    Set<String> bodies = new HashSet<>();
    for (String target : List.of(fileUrl(), silentUrl(), "http://127.0.0.1:1/closed")) {
      for (String query :
          List.of(
              "SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }",
              "SELECT * WHERE { SERVICE SILENT <" + target + "> { ?s ?p ?o } }",
              "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <" + target + "> { ?s ?p ?o } } } }",
              "ASK { FILTER EXISTS { SERVICE <" + target + "> { ?s ?p ?o } } }",
              "SELECT * WHERE { VALUES ?u { <" + target + "> } SERVICE ?u { ?s ?p ?o } }")) {
        for (HttpResponse<String> r :
            List.of(
                send(get("sparql?query=" + q(query))),
                send(post("sparql", "application/sparql-query", query)),
                send(post("sparql", "application/x-www-form-urlencoded", "query=" + q(query))))) {
          assertEquals(400, r.statusCode(), query + " -> " + r.body());
          assertFalse(r.body().contains("hunter2"), r.body());
          bodies.add(r.body().replace(target, "TARGET"));
        }
        HttpResponse<String> editor = send(get("editor?query=" + q(query)));
        assertEquals(400, editor.statusCode(), "editor: " + query);
        assertTrue(editor.body().contains("SERVICE is not allowed"), editor.body());
      }
    }
    for (String path :
        List.of("queries/outbound", "queries/outbound.csv", "queries/outbound.json")) {
      HttpResponse<String> r = send(get(path));
      assertEquals(400, r.statusCode(), path + " -> " + r.body());
      assertTrue(r.body().contains("SERVICE is not allowed"), r.body());
    }
    assertEquals(
        1, bodies.size(), "one message whatever the target and the form of the query: " + bodies);
    assertTrue(bodies.iterator().next().contains("SERVICE is not allowed"), bodies.toString());
    assertEquals(0, fileRequests.get(), "requests that reached the local file server");
    assertEquals(0, silentAccepts.get(), "connections made to the host that never answers");
  }

  @Test
  void remoteFromAndLoadFetchNothing() throws Exception {
    String from = "SELECT * WHERE { ?s ?p ?o } LIMIT 1";
    for (String query :
        List.of(
            "SELECT * FROM <" + fileUrl() + "> WHERE { ?s ?p ?o } LIMIT 1",
            "SELECT * FROM NAMED <" + fileUrl() + "> WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1",
            "SELECT * FROM <" + silentUrl() + "> WHERE { ?s ?p ?o } LIMIT 1")) {
      int sparql = send(get("sparql?query=" + q(query))).statusCode();
      assertTrue(sparql == 200 || sparql == 400, query + " -> " + sparql);
      int editor = send(get("editor?query=" + q(query))).statusCode();
      assertTrue(editor == 200 || editor == 400, "editor: " + query + " -> " + editor);
    }
    int load =
        send(post("sparql", "application/sparql-update", "LOAD <" + fileUrl() + ">")).statusCode();
    assertTrue(Set.of(400, 403, 405, 415).contains(load), "LOAD: " + load);
    assertEquals(
        404,
        send(post("update", "application/sparql-update", "LOAD <" + fileUrl() + ">")).statusCode());
    assertEquals(
        200, send(get("sparql?query=" + q(from))).statusCode(), "the endpoint still answers");
    assertEquals(0, fileRequests.get(), "requests that reached the local file server");
    assertEquals(0, silentAccepts.get(), "connections made to the host that never answers");
  }

  @Test
  void aServiceToAHostThatNeverAnswersHoldsNoThread() throws Exception {
    int before = Thread.activeCount();
    String query = "SELECT * WHERE { SERVICE <" + silentUrl() + "> { ?s ?p ?o } }";
    long t0 = System.nanoTime();
    for (int i = 0; i < 20; i++) {
      assertEquals(400, send(get("sparql?query=" + q(query))).statusCode());
      assertEquals(400, send(get("editor?query=" + q(query))).statusCode());
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms < 20_000, "40 refusals took " + ms + " ms");
    assertEquals(200, send(get("assets/site.css")).statusCode());
    assertEquals(0, silentAccepts.get(), "connections made to the host that never answers");
    // Jetty may start a few pool threads under load; a stuck SERVICE would hold one per query (40).
    assertTrue(
        Thread.activeCount() < before + 20,
        "threads before " + before + ", after " + Thread.activeCount());
  }

  private static String fileUrl() {
    return "http://127.0.0.1:" + fileServer.getAddress().getPort() + "/s.txt";
  }

  private static String silentUrl() {
    return "http://127.0.0.1:" + silentHost.getLocalPort() + "/sparql";
  }

  private static HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build();
  }

  private static HttpRequest post(String path, String type, String body) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static HttpResponse<String> send(HttpRequest r) throws Exception {
    return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
