package org.radkg.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The push package on its own: {@link GraphPusher} and {@link GraphStoreTarget} against an
 * in-process HTTP server (the JDK's) that records every request and answers what the test tells it
 * to, with the dump written by the test.
 */
class GraphPusherTest {
  private static final String A = "https://w3id.org/radkg/id/article/a";
  private static final String B = "https://w3id.org/radkg/id/article/b";
  private static final String C = "https://w3id.org/radkg/id/article/c";
  private static final String D = "https://w3id.org/radkg/id/article/d";
  private static final GraphStoreTarget.Limits FAST =
      new GraphStoreTarget.Limits(
          Duration.ofSeconds(5), Duration.ofSeconds(10), 2, Duration.ofMillis(1));

  /** One request as the target saw it. */
  record Request(
      String method, String graph, String contentType, String authorization, byte[] body) {}

  @TempDir Path store;
  private HttpServer server;
  private String endpoint;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile Function<Request, Integer> answer = r -> r.method().equals("PUT") ? 201 : 204;
  private final List<String> log = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startTarget() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/ds/data", this::record);
    server.start();
    endpoint = "http://127.0.0.1:" + server.getAddress().getPort() + "/ds/data";
  }

  @AfterEach
  void stopTarget() {
    server.stop(0);
  }

  private void record(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    String graph =
        query != null && query.startsWith("graph=")
            ? URLDecoder.decode(query.substring("graph=".length()), StandardCharsets.UTF_8)
            : null;
    Request r =
        new Request(
            exchange.getRequestMethod(),
            graph,
            exchange.getRequestHeaders().getFirst("Content-Type"),
            exchange.getRequestHeaders().getFirst("Authorization"),
            exchange.getRequestBody().readAllBytes());
    requests.add(r);
    int status = answer.apply(r);
    if (status == 401) {
      exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"radkg\"");
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  @Test
  void theFirstPushPutsEveryGraphAsTurtleAndRecordsItsHash() throws Exception {
    Map<String, Graph> built = dump(Map.of(A, 2, B, 3, C, 1));
    PushSummary summary = push(false);

    assertEquals("sent 3, unchanged 0, deleted 0, failed 0", summary.toString());
    assertEquals(List.of("PUT " + A, "PUT " + B, "PUT " + C), sent());
    for (Request r : requests) {
      assertEquals("text/turtle", r.contentType().replaceAll(";.*", "").strip());
      Graph received =
          RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).toGraph();
      assertTrue(received.isIsomorphicWith(built.get(r.graph())), r.graph());
      assertEquals(null, r.authorization(), "no credentials given, none sent");
    }
    Path stateFile = PushState.forEndpoint(store, endpoint).file();
    assertEquals(store.resolve("push"), stateFile.getParent());
    List<String> lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
    assertEquals("# radkg push state for " + endpoint, lines.get(0));
    assertEquals(4, lines.size(), lines.toString());
    for (String line : lines.subList(1, 4)) {
      assertTrue(line.matches("[0-9a-f]{64}\t" + A.substring(0, A.length() - 1) + "[abc]"), line);
    }
  }

  @Test
  void aSecondPushWithNoChangeSendsNothing() throws Exception {
    dump(Map.of(A, 2, B, 3));
    push(false);
    Path stateFile = PushState.forEndpoint(store, endpoint).file();
    String state = Files.readString(stateFile);
    requests.clear();

    assertEquals("sent 0, unchanged 2, deleted 0, failed 0", push(false).toString());
    assertEquals(List.of(), sent());
    assertEquals(state, Files.readString(stateFile));
  }

  @Test
  void changedAndNewGraphsArePutAndRemovedOnesDeleted() throws Exception {
    dump(Map.of(A, 2, B, 3, C, 1));
    push(false);
    requests.clear();

    dump(Map.of(A, 2, B, 4, D, 1)); // B changed, C gone, D new
    assertEquals("sent 2, unchanged 1, deleted 1, failed 0", push(false).toString());
    assertEquals(List.of("PUT " + B, "PUT " + D, "DELETE " + C), sent());
    assertEquals(List.of(A, B, D), List.copyOf(recorded().keySet()));

    requests.clear();
    assertEquals(
        "sent 3, unchanged 0, deleted 0, failed 0",
        push(true).toString(),
        "--all resends every graph");
    assertEquals(3, requests.size());
  }

  @Test
  void aGraphAlreadyGoneFromTheTargetCountsAsDeleted() throws Exception {
    dump(Map.of(A, 1, B, 1));
    push(false);
    dump(Map.of(A, 1));
    answer = r -> r.method().equals("DELETE") ? 404 : 201;
    assertEquals("sent 0, unchanged 1, deleted 1, failed 0", push(false).toString());
    assertEquals(List.of(A), List.copyOf(recorded().keySet()));
  }

  @Test
  void withAuthBasicCredentialsGoUpFront() throws Exception {
    dump(Map.of(A, 1, B, 1));
    try (GraphStoreTarget target =
        new GraphStoreTarget(endpoint, "radkg", "s3cret ü", PushAuth.BASIC, FAST, log::add)) {
      assertEquals(
          "sent 2, unchanged 0, deleted 0, failed 0",
          new GraphPusher(store, log::add).push(target, false).toString());
    }
    String expected =
        "Basic "
            + Base64.getEncoder().encodeToString("radkg:s3cret ü".getBytes(StandardCharsets.UTF_8));
    assertEquals(2, requests.size(), "one request per graph, no challenge round trip");
    requests.forEach(r -> assertEquals(expected, r.authorization()));
  }

  @Test
  void byDefaultCredentialsAnswerTheChallengeThenGoUpFront() throws Exception {
    dump(Map.of(A, 1, B, 1, C, 1));
    answer = r -> r.authorization() == null ? 401 : r.method().equals("PUT") ? 201 : 204;
    try (GraphStoreTarget target =
        new GraphStoreTarget(endpoint, "radkg", "s3cret", FAST, log::add)) {
      assertEquals(
          "sent 3, unchanged 0, deleted 0, failed 0",
          new GraphPusher(store, log::add).push(target, false).toString());
    }
    String basic =
        "Basic "
            + Base64.getEncoder().encodeToString("radkg:s3cret".getBytes(StandardCharsets.UTF_8));
    List<String> auth = new ArrayList<>();
    requests.forEach(r -> auth.add(String.valueOf(r.authorization())));
    assertEquals(
        List.of("null", basic, basic, basic),
        auth,
        "the challenge once, then Basic up front: one request per graph after the first");
  }

  @Test
  void withAuthDigestABasicChallengeIsNotAnsweredSoThePasswordNeverGoes() throws Exception {
    dump(Map.of(A, 1, B, 1));
    answer = r -> 401; // with a Basic challenge
    PushSummary summary;
    try (GraphStoreTarget target =
        new GraphStoreTarget(endpoint, "radkg", "s3cret", PushAuth.DIGEST, FAST, log::add)) {
      summary = new GraphPusher(store, log::add).push(target, false);
    }
    assertEquals(1, requests.size(), sent().toString());
    assertEquals(null, requests.get(0).authorization());
    assertTrue(
        summary
            .failures()
            .get(0)
            .contains("it asks for Basic, which --auth digest does not answer"),
        summary.failures().get(0));
  }

  @Test
  void refusedCredentialsStopThePushAtTheFirstGraph() throws Exception {
    dump(Map.of(A, 1, B, 1, C, 1));
    answer = r -> 401;
    PushSummary summary;
    try (GraphStoreTarget target =
        new GraphStoreTarget(endpoint, "radkg", "wrong", FAST, log::add)) {
      summary = new GraphPusher(store, log::add).push(target, false);
    }
    assertEquals(
        List.of("PUT " + A, "PUT " + A),
        sent(),
        "the challenge, then the refused answer to it; never the other graphs");
    assertEquals(null, requests.get(0).authorization());
    assertTrue(requests.get(1).authorization().startsWith("Basic "));
    assertEquals(
        List.of(
            "PUT "
                + A
                + ": the target refused the credentials (HTTP 401); push stopped (every other"
                + " request would fail the same way)"),
        summary.failures());
    assertEquals(Map.of(), recorded(), "nothing recorded as pushed");
  }

  @Test
  void refusedBasicUpFrontStopsThePushAtTheFirstRequest() throws Exception {
    dump(Map.of(A, 1, B, 1, C, 1));
    answer = r -> 401;
    PushSummary summary;
    try (GraphStoreTarget target =
        new GraphStoreTarget(endpoint, "radkg", "wrong", PushAuth.BASIC, FAST, log::add)) {
      summary = new GraphPusher(store, log::add).push(target, false);
      PushException e =
          assertThrows(PushException.class, () -> target.put(A, GraphFactory.createDefaultGraph()));
      assertEquals("PUT " + A + ": the target refused the credentials (HTTP 401)", e.getMessage());
      assertTrue(e.stopsPush());
    }
    assertEquals(1, summary.failures().size(), summary.failures().toString());
    assertTrue(
        summary.failures().get(0).contains("refused the credentials")
            && summary
                .failures()
                .get(0)
                .endsWith("push stopped (every other request would fail the same way)"),
        summary.failures().get(0));
    assertEquals(
        2,
        requests.size(),
        "one refused request from the push, one from the direct put: " + sent());
    assertFalse(String.join("\n", log).contains("wrong"), "the password never appears");
    assertEquals(Map.of(), recorded(), "nothing recorded as pushed");
  }

  @Test
  void noCredentialsForATargetThatWantsThem() throws Exception {
    answer = r -> 401;
    try (GraphStoreTarget target = new GraphStoreTarget(endpoint, null, null, FAST, log::add)) {
      PushException e = assertThrows(PushException.class, () -> target.delete(A));
      assertEquals(
          "DELETE " + A + ": the target asks for credentials (HTTP 401) and none were given",
          e.getMessage());
      assertTrue(e.stopsPush());
    }
  }

  @Test
  void aServerErrorIsRetriedThenReportedAndTheOtherGraphsStillGo() throws Exception {
    dump(Map.of(A, 1, B, 1, C, 1));
    answer = r -> B.equals(r.graph()) ? 503 : 201;
    PushSummary summary = push(false);

    assertEquals("sent 2, unchanged 0, deleted 0, failed 1", summary.toString());
    assertEquals(
        List.of("PUT " + A, "PUT " + B, "PUT " + B, "PUT " + B, "PUT " + C),
        sent(),
        "B tried once and retried twice");
    assertTrue(
        summary.failures().get(0).startsWith("PUT " + B + ": HTTP 503"), summary.failures().get(0));
    assertEquals(
        2,
        log.stream()
            .filter(l -> l.startsWith("PUT " + B + ": HTTP 503") && l.contains("; retrying in "))
            .count(),
        log.toString());
    assertEquals(
        List.of(A, C),
        List.copyOf(recorded().keySet()),
        "B is not recorded, so the next push resends it");

    answer = r -> 201;
    requests.clear();
    assertEquals("sent 1, unchanged 2, deleted 0, failed 0", push(false).toString());
    assertEquals(List.of("PUT " + B), sent());
  }

  /** 415 is the protocol's answer to a type a store does not take; 500 is Virtuoso's. */
  @ParameterizedTest
  @ValueSource(ints = {415, 500})
  void aTargetThatRefusesTurtleGetsThatGraphAndTheRestAsNTriples(int refusal) throws Exception {
    Map<String, Graph> built = dump(Map.of(A, 2, B, 3, C, 1));
    answer = r -> r.contentType().startsWith("text/turtle") ? refusal : 201;
    PushSummary summary = push(false);

    assertEquals("sent 3, unchanged 0, deleted 0, failed 0", summary.toString());
    assertEquals(List.of("PUT " + A, "PUT " + A, "PUT " + B, "PUT " + C), sent());
    List<String> types = new ArrayList<>();
    requests.forEach(r -> types.add(r.contentType()));
    assertEquals(
        List.of(
            "text/turtle",
            "application/n-triples",
            "application/n-triples",
            "application/n-triples"),
        types,
        "Turtle tried once, not retried, and not tried again for the other graphs");
    for (Request r : requests.subList(1, requests.size())) {
      Graph received =
          RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.NTRIPLES).toGraph();
      assertTrue(received.isIsomorphicWith(built.get(r.graph())), r.graph());
    }
    assertEquals(
        List.of(
            "PUT "
                + A
                + ": the target does not take text/turtle; sending application/n-triples from now"
                + " on"),
        log);
    assertEquals(List.of(A, B, C), List.copyOf(recorded().keySet()));
  }

  @Test
  void aTargetThatRefusesBothTypesFailsEachGraphWithoutRetries() throws Exception {
    dump(Map.of(A, 1, B, 1));
    answer = r -> 415;
    PushSummary summary = push(false);

    assertEquals("sent 0, unchanged 0, deleted 0, failed 2", summary.toString());
    assertEquals(List.of("PUT " + A, "PUT " + A, "PUT " + B), sent());
    assertTrue(
        summary.failures().get(0).startsWith("PUT " + A + ": HTTP 415"), summary.failures().get(0));
  }

  @Test
  void aRequestTheTargetRejectsIsNotRetried() throws Exception {
    answer = r -> 400;
    try (GraphStoreTarget target = new GraphStoreTarget(endpoint, null, null, FAST, log::add)) {
      PushException e =
          assertThrows(PushException.class, () -> target.put(A, GraphFactory.createDefaultGraph()));
      assertTrue(e.getMessage().startsWith("PUT " + A + ": HTTP 400"), e.getMessage());
      assertFalse(e.stopsPush(), "another graph may still be accepted");
    }
    assertEquals(1, requests.size());
  }

  @Test
  void aTargetNotListeningIsRetriedThenStopsThePush() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    String closed = "http://127.0.0.1:" + port + "/ds/data";
    dump(Map.of(A, 1, B, 1));
    PushSummary summary;
    try (GraphStoreTarget target = new GraphStoreTarget(closed, null, null, FAST, log::add)) {
      summary = new GraphPusher(store, s -> {}).push(target, false);
      PushException e =
          assertThrows(PushException.class, () -> target.put(A, GraphFactory.createDefaultGraph()));
      assertTrue(
          e.getMessage().startsWith("PUT " + A + ": cannot connect to " + closed + " ("),
          e.getMessage());
      assertTrue(e.getMessage().contains("refused"), e.getMessage());
      assertTrue(e.stopsPush());
    }
    assertEquals("sent 0, unchanged 0, deleted 0, failed 1", summary.toString());
    assertTrue(summary.failures().get(0).contains("push stopped"), summary.failures().get(0));
    assertEquals(
        4,
        log.stream().filter(l -> l.contains("retrying in")).count(),
        "2 retries for the push's first graph, 2 for the put: " + log);
  }

  @Test
  void noDumpNoPush() {
    IOException e = assertThrows(IOException.class, () -> push(false));
    assertTrue(e.getMessage().contains("no dump to push; run ./radkg build first"), e.getMessage());
    assertEquals(List.of(), requests);
  }

  /**
   * Writes the store's N-Quads dump: for each graph IRI, that many triples; returns the graphs
   * written.
   */
  private Map<String, Graph> dump(Map<String, Integer> triplesPerGraph) throws IOException {
    DatasetGraph dsg = DatasetGraphFactory.create();
    Map<String, Graph> graphs = new TreeMap<>();
    triplesPerGraph.forEach(
        (iri, n) -> {
          Node g = NodeFactory.createURI(iri);
          for (int i = 0; i < n; i++) {
            dsg.add(
                g,
                NodeFactory.createURI(iri + "/s"),
                NodeFactory.createURI("https://w3id.org/radkg/ontology#p" + i),
                NodeFactory.createLiteralString("value " + i + " of " + iri));
          }
          graphs.put(iri, dsg.getGraph(g));
        });
    Path file = store.resolve(GraphPusher.DUMP);
    Files.createDirectories(file.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      RDFDataMgr.write(out, dsg, Lang.NQUADS);
    }
    return graphs;
  }

  private PushSummary push(boolean all) throws IOException {
    try (GraphStoreTarget target = new GraphStoreTarget(endpoint, null, null, FAST, log::add)) {
      return new GraphPusher(store, log::add).push(target, all);
    }
  }

  /** The requests as "METHOD graph", in the order they arrived. */
  private List<String> sent() {
    List<String> lines = new ArrayList<>();
    requests.forEach(r -> lines.add(r.method() + " " + r.graph()));
    return lines;
  }

  /** What the state file says the target holds. */
  private Map<String, String> recorded() throws IOException {
    return PushState.forEndpoint(store, endpoint).read();
  }
}
