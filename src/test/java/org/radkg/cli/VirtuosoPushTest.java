package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.push.GraphPusher;

/**
 * {@code radkg push} to a real second store of another make: OpenLink Virtuoso from its Debian
 * package, through its Graph Store Protocol endpoint that demands HTTP Digest, checked by reading
 * every graph back and comparing it with the local one by isomorphism. Skipped where virtuoso-t is
 * not installed; {@code .ci/run} installs it, so CI runs it.
 */
@Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class VirtuosoPushTest {
  private static final String USER = "radkg_push";
  private static final String GRAPHS = "https://w3id.org/radkg/";

  /** Each push takes a second or two; this bounds a hang, far below the class's timeout. */
  private static final Duration BOUND = Duration.ofSeconds(90);

  @TempDir static Path tmp;
  private static VirtuosoServer virtuoso;
  private static Path passwordFile;
  private static String password;

  @BeforeAll
  static void startVirtuoso() throws Exception {
    if (!VirtuosoServer.installed()) {
      return; // each test is skipped, with the reason, by onlyWithVirtuoso
    }
    Path dir = Files.createDirectories(tmp.resolve("virtuoso"));
    long start = System.nanoTime();
    virtuoso = VirtuosoServer.start(dir);
    password = VirtuosoServer.secret();
    virtuoso.createUpdater(USER, password);
    System.out.printf(
        "VirtuosoPushTest: Virtuoso up at %s in %d ms%n",
        virtuoso.base(), Duration.ofNanos(System.nanoTime() - start).toMillis());
    passwordFile = tmp.resolve("pw.txt");
    Files.writeString(passwordFile, password + "\n");
  }

  @BeforeEach
  void onlyWithVirtuoso() {
    // An assumption here, not in @BeforeAll: Surefire reports each test skipped with this reason,
    // where a class-level one leaves "Tests run: 0" and no reason.
    assumeTrue(
        virtuoso != null,
        "virtuoso-t or isql-vt not on the PATH (Debian: apt-get install virtuoso-opensource-7-bin;"
            + " .ci/run installs it, so CI runs this test)");
  }

  @AfterAll
  static void stopVirtuoso() throws Exception {
    if (virtuoso != null) {
      virtuoso.close();
    }
  }

  @Test
  void pushesOverDigestThenSendsOnlyTheChangedArticleAndTheTargetEqualsTheLocalGraph()
      throws Exception {
    Path corpus = tmp.resolve("corpus/news.txt");
    Files.createDirectories(corpus.getParent());
    Files.writeString(corpus, PushCommandTest.ACR, StandardCharsets.UTF_8);
    Path store = tmp.resolve("out");
    build(corpus, store);

    // Lines of an earlier test's requests may still be on their way to the log.
    int logged = virtuoso.settledHttpLog(java.time.Duration.ofSeconds(10)).size();
    CliRun first = push(store);
    assertEquals(0, first.code(), first.err() + "\n" + virtuoso.logTail());
    // 3 articles, the ontology and the source document's text.
    assertTrue(first.out().contains("sent 5, unchanged 0, deleted 0, failed 0"), first.out());
    assertFalse(first.err().contains("does not take"), "Virtuoso takes Turtle: " + first.err());
    // Virtuoso's own access log: the first PUT meets the Digest challenge, then every PUT goes with
    // Digest up front and is taken, one request per graph.
    List<String> requests = virtuoso.httpLog(logged + 6, java.time.Duration.ofSeconds(10));
    requests = requests.subList(logged, requests.size());
    assertEquals(6, requests.size(), String.join("\n", requests)); // the challenge and 5 graphs
    assertTrue(
        requests.get(0).matches("127\\.0\\.0\\.1 - - .*\"PUT /sparql-graph-crud-auth\\?.* 401 .*"));
    for (String r : requests.subList(1, 6)) {
      assertTrue(r.matches("127\\.0\\.0\\.1 Digest " + USER + " .*\"PUT .* 201 .*"), r);
    }
    assertSameGraphs(store);

    // One article changed: only the graphs that changed go (its own, and any other whose facts
    // about
    // a shared entity it alters), and they replace the old ones.
    Map<String, Graph> before = new GraphPusher(store, s -> {}).localGraphs();
    String changed =
        PushCommandTest.ACR.replace(
            "funded by the National Institutes of Health",
            "funded by the Radiological Society of North America");
    Files.writeString(corpus, changed, StandardCharsets.UTF_8);
    build(corpus, store);
    Map<String, Graph> after = new GraphPusher(store, s -> {}).localGraphs();
    long differ =
        after.entrySet().stream()
            .filter(e -> !e.getValue().isIsomorphicWith(before.get(e.getKey())))
            .count();
    assertTrue(differ >= 1 && differ < after.size(), differ + " of " + after.size() + " changed");
    CliRun second = push(store, "--auth", "digest");
    assertEquals(0, second.code(), second.err() + "\n" + virtuoso.logTail());
    assertTrue(
        second
            .out()
            .contains(
                "sent "
                    + differ
                    + ", unchanged "
                    + (after.size() - differ)
                    + ", deleted 0, failed 0"),
        second.out());
    assertSameGraphs(store);

    // One article removed: its graph is deleted from the target.
    Files.writeString(
        corpus,
        changed.substring(0, changed.indexOf("RSNA and ACR meet in Chicago")),
        StandardCharsets.UTF_8);
    build(corpus, store);
    CliRun third = push(store);
    assertEquals(0, third.code(), third.err() + "\n" + virtuoso.logTail());
    assertTrue(third.out().contains("deleted 1, failed 0"), third.out());
    assertSameGraphs(store);
    assertFalse((first.out() + first.err() + second.err() + third.err()).contains(password));
  }

  @Test
  void aWrongPasswordAndBasicUpFrontAreRefusedAtTheFirstRequest() throws Exception {
    Path corpus = tmp.resolve("refused/news.txt");
    Files.createDirectories(corpus.getParent());
    Files.writeString(corpus, PushCommandTest.ACR, StandardCharsets.UTF_8);
    Path store = tmp.resolve("refused/out");
    build(corpus, store);
    Path wrong = tmp.resolve("wrong.txt");
    Files.writeString(wrong, "not-the-password\n");

    CliRun refused =
        assertTimeoutPreemptively(
            BOUND,
            () ->
                CliRun.of(
                    "push",
                    "--store",
                    store.toString(),
                    "--endpoint",
                    virtuoso.authenticatedGraphStore(),
                    "--user",
                    USER,
                    "--password-file",
                    wrong.toString()));
    assertEquals(ExitCode.NOT_PUSHED.code(), refused.code(), refused.err());
    assertTrue(
        refused.err().contains("the target refused the credentials (HTTP 401)"), refused.err());
    assertTrue(refused.out().contains("sent 0"), refused.out());

    // Virtuoso answers Basic with a bare 401, no challenge: what push said before it spoke Digest.
    CliRun basic = push(store, "--auth", "basic");
    assertEquals(ExitCode.NOT_PUSHED.code(), basic.code(), basic.err());
    assertTrue(basic.err().contains("401 without a WWW-Authenticate challenge"), basic.err());
  }

  private static void build(Path corpus, Path store) {
    CliRun run = CliRun.of("build", "--input", corpus.toString(), "--store", store.toString());
    assertEquals(0, run.code(), run.err());
  }

  private static CliRun push(Path store, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "push",
                "--store",
                store.toString(),
                "--endpoint",
                virtuoso.authenticatedGraphStore(),
                "--user",
                USER,
                "--password-file",
                passwordFile.toString(),
                "--timeout",
                "30"));
    args.addAll(List.of(more));
    return assertTimeoutPreemptively(BOUND, () -> CliRun.of(args.toArray(String[]::new)));
  }

  /** The target holds exactly the local named graphs, each isomorphic to its local twin. */
  private static void assertSameGraphs(Path store) throws Exception {
    Map<String, Graph> local = new GraphPusher(store, s -> {}).localGraphs();
    assertEquals(local.keySet(), remoteGraphNames());
    for (Map.Entry<String, Graph> e : local.entrySet()) {
      Graph remote =
          GSP.service(virtuoso.graphStore())
              .graphName(e.getKey())
              .acceptHeader("application/n-triples")
              .GET();
      assertTrue(
          e.getValue().isIsomorphicWith(remote),
          e.getKey() + ": local " + e.getValue().size() + " triples, Virtuoso " + remote.size());
    }
  }

  /**
   * The target's named graphs under radkg's namespace (Virtuoso keeps system graphs of its own).
   */
  private static Set<String> remoteGraphNames() {
    Set<String> names = new TreeSet<>();
    try (QueryExecution q =
        QueryExecution.service(virtuoso.sparql())
            .query(
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o }"
                    + " FILTER(STRSTARTS(STR(?g), \""
                    + GRAPHS
                    + "\")) }")
            .build()) {
      ResultSet rs = q.execSelect();
      rs.forEachRemaining(row -> names.add(row.getResource("g").getURI()));
    }
    return names;
  }
}
