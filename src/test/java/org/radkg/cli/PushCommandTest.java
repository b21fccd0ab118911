package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.security.PropertyUserStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.push.GraphPusher;

/**
 * {@code radkg push} against a second Fuseki (in memory, Graph Store Protocol read-write, HTTP
 * basic auth) started by the test.
 */
class PushCommandTest {
  private static final String PASSWORD = "push-s3cret";
  static final String ACR =
      """
      American College of Radiology (ACR)

      Health equity coalition grows

      The ACR launched the Radiology Health Equity Coalition in 2021. Founding members include the American Board of Radiology and the Radiological Society of North America.


      ACR Launches National Clinical Imaging Research Registry

      The ACR launched the National Clinical Imaging Research Registry (NCIRR) in 2020. The registry is funded by the National Institutes of Health.


      RSNA and ACR meet in Chicago

      RSNA collaborates with the ACR on the registry. The meeting was held in Chicago, USA.
      """;
  @TempDir Path tmp;
  private FusekiServer target;
  private DatasetGraph remote;
  private final AtomicInteger failNext = new AtomicInteger();
  private String endpoint;
  private Path passwordFile;

  @BeforeEach
  void startTarget() throws Exception {
    Path users = tmp.resolve("users.properties");
    Files.writeString(users, "radkg: " + PASSWORD + "\n");
    remote = DatasetGraphFactory.createTxnMem();
    // Answers 503 to the next failNext requests, as an overloaded cluster node would.
    Filter flaky =
        (req, resp, chain) -> {
          if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            ((HttpServletResponse) resp).sendError(503, "busy");
            return;
          }
          chain.doFilter(req, resp);
        };
    target =
        FusekiServer.create()
            .port(0)
            .loopback(true)
            .passwordFile(users.toString())
            .auth(AuthScheme.BASIC)
            .serverAuthPolicy(Auth.policyAllowSpecific("radkg"))
            .addFilter("/*", flaky)
            .add("/ds", remote, true)
            .build()
            .start();
    endpoint = "http://localhost:" + target.getHttpPort() + "/ds/data";
    passwordFile = tmp.resolve("pw.txt");
    Files.writeString(passwordFile, PASSWORD + "\n");
  }

  @AfterEach
  void stopTarget() throws Exception {
    // Jetty's user store rescans its file until it is stopped itself; left running, it logs a
    // stack trace every second once the temporary folder is gone.
    for (PropertyUserStore users :
        target.getJettyServer().getContainedBeans(PropertyUserStore.class)) {
      users.stop();
    }
    target.stop();
  }

  @Test
  void pushesOnlyWhatChangedAndDeletesWhatWasRemoved() throws Exception {
    Path corpus = tmp.resolve("corpus/news.txt");
    Files.createDirectories(corpus.getParent());
    Files.writeString(corpus, ACR, StandardCharsets.UTF_8);
    Path store = tmp.resolve("out");
    assertEquals(
        0, CliRun.of("build", "--input", corpus.toString(), "--store", store.toString()).code());
    int graphs = new GraphPusher(store, s -> {}).localGraphs().size();
    assertEquals(5, graphs, "three articles, their source document and the ontology");

    CliRun first = push(store);
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().contains("sent 5, unchanged 0, deleted 0, failed 0"), first.out());
    assertSameGraphs(store);

    CliRun second = push(store);
    assertTrue(second.out().contains("sent 0, unchanged 5, deleted 0, failed 0"), second.out());

    // One article rewritten, one removed: that article's graph and the source document's (its text)
    // are sent again.
    String changed =
        ACR.substring(0, ACR.indexOf("RSNA and ACR meet in Chicago"))
            .replace(
                "funded by the National Institutes of Health",
                "funded by the Radiological Society of North America");
    Files.writeString(corpus, changed, StandardCharsets.UTF_8);
    assertEquals(
        0, CliRun.of("build", "--input", corpus.toString(), "--store", store.toString()).code());
    CliRun third = push(store);
    assertEquals(0, third.code(), third.err());
    assertTrue(third.out().contains("sent 2, unchanged 2, deleted 1, failed 0"), third.out());
    assertSameGraphs(store);
  }

  @Test
  void retriesServerErrorsAndRefusesWrongCredentials() throws Exception {
    Path corpus = tmp.resolve("news.txt");
    Files.writeString(corpus, ACR, StandardCharsets.UTF_8);
    Path store = tmp.resolve("out");
    assertEquals(
        0, CliRun.of("build", "--input", corpus.toString(), "--store", store.toString()).code());

    Path wrong = tmp.resolve("wrong.txt");
    Files.writeString(wrong, "not-the-password\n");
    CliRun refused =
        CliRun.of(
            "push",
            "--store",
            store.toString(),
            "--endpoint",
            endpoint,
            "--user",
            "radkg",
            "--password-file",
            wrong.toString());
    assertEquals(ExitCode.NOT_PUSHED.code(), refused.code());
    assertTrue(
        refused.err().contains("the target refused the credentials (HTTP 401)"), refused.err());
    assertFalse((refused.err() + refused.out()).contains("not-the-password"));
    assertTrue(refused.out().contains("sent 0"), refused.out());
    assertEquals(0, remote.stream().count(), "nothing written");

    CliRun noPassword =
        CliRun.of("push", "--store", store.toString(), "--endpoint", endpoint, "--user", "radkg");
    assertEquals(ExitCode.BAD_INPUT.code(), noPassword.code());
    CliRun noDump =
        CliRun.of("push", "--store", tmp.resolve("nothing").toString(), "--endpoint", endpoint);
    assertEquals(ExitCode.BAD_INPUT.code(), noDump.code());
    assertTrue(noDump.err().contains("radkg.nq.gz"), noDump.err());

    failNext.set(2);
    CliRun retried = push(store);
    assertEquals(0, retried.code(), retried.err());
    assertTrue(
        retried.err().contains("HTTP 503") && retried.err().contains("retrying"), retried.err());
    assertSameGraphs(store);

    failNext.set(100);
    CliRun gaveUp =
        CliRun.of(
            "push",
            "--store",
            store.toString(),
            "--endpoint",
            endpoint,
            "--user",
            "radkg",
            "--password-file",
            passwordFile.toString(),
            "--all",
            "--retries",
            "1");
    assertEquals(ExitCode.NOT_PUSHED.code(), gaveUp.code());
    assertTrue(gaveUp.out().contains("failed 5"), gaveUp.out());
    failNext.set(0);
    CliRun again = push(store);
    assertTrue(
        again.out().contains("sent 5"), "graphs that failed are resent next time: " + again.out());
  }

  private CliRun push(Path store) {
    return CliRun.of(
        "push",
        "--store",
        store.toString(),
        "--endpoint",
        endpoint,
        "--user",
        "radkg",
        "--password-file",
        passwordFile.toString());
  }

  private void assertSameGraphs(Path store) throws Exception {
    Map<String, Graph> local = new GraphPusher(store, s -> {}).localGraphs();
    Txn.executeRead(
        remote,
        () -> {
          Set<String> names = new TreeSet<>();
          for (Node g : (Iterable<Node>) remote::listGraphNodes) {
            names.add(g.getURI());
          }
          assertEquals(local.keySet(), names);
          local.forEach(
              (iri, g) ->
                  assertTrue(
                      g.isIsomorphicWith(
                          remote.getGraph(org.apache.jena.graph.NodeFactory.createURI(iri))),
                      iri));
        });
  }
}
