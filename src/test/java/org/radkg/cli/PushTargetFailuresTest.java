package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radkg.push.GraphPusher;

/**
 * {@code radkg push} against targets that misbehave: one that accepts and never answers, one that
 * is not listening, one that answers 401 without a challenge, and ones that demand HTTP Digest.
 */
class PushTargetFailuresTest {
  private static final String PASSWORD = "digest-s3cret";

  /** Far above what each case needs (a few seconds), far below the hang it guards against. */
  private static final Duration BOUND = Duration.ofSeconds(60);

  @TempDir static Path tmp;
  private static Path store;
  private static Path passwordFile;

  @BeforeAll
  static void build() throws IOException {
    Path corpus = tmp.resolve("news.txt");
    Files.writeString(corpus, PushCommandTest.ACR, StandardCharsets.UTF_8);
    store = tmp.resolve("out");
    assertEquals(
        0, CliRun.of("build", "--input", corpus.toString(), "--store", store.toString()).code());
    passwordFile = tmp.resolve("pw.txt");
    Files.writeString(passwordFile, PASSWORD + "\n");
  }

  @Test
  void aTargetThatAcceptsAndNeverAnswersStopsThePushAfterOneTimeout() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      AtomicInteger accepted = new AtomicInteger();
      List<Socket> held = new ArrayList<>();
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    held.add(silent.accept()); // kept open, never read from nor written to
                    accepted.incrementAndGet();
                  }
                } catch (IOException closed) {
                  // the test is over
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      String endpoint = "http://127.0.0.1:" + silent.getLocalPort() + "/ds/data";
      long start = System.nanoTime();
      CliRun run =
          assertTimeoutPreemptively(
              BOUND,
              () ->
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
                      "--timeout",
                      "2"));
      long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

      assertEquals(ExitCode.NOT_PUSHED.code(), run.code(), run.err());
      assertTrue(run.err().contains("no answer from " + endpoint + " within 2 s"), run.err());
      assertTrue(run.err().contains("push stopped"), run.err());
      assertEquals(1, accepted.get(), "one silent request, not one per graph: " + run.err());
      // 2 s of timeout; the rest is generous room for a loaded machine, far from 3 graphs x 2 s or
      // a hang.
      assertTrue(seconds < 20, seconds + " s");
      assertTrue(run.out().contains("sent 0"), run.out());
      assertFalse((run.out() + run.err()).contains(PASSWORD));
      for (Socket s : held) {
        s.close();
      }
    }
  }

  @Test
  void aTargetNotListeningIsRetriedThenStopsThePush() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String endpoint = "http://127.0.0.1:" + port + "/ds/data";
    CliRun run =
        assertTimeoutPreemptively(
            BOUND,
            () ->
                CliRun.of(
                    "push", "--store", store.toString(), "--endpoint", endpoint, "--retries", "1"));
    assertEquals(ExitCode.NOT_PUSHED.code(), run.code(), run.err());
    assertTrue(run.err().contains("cannot connect to " + endpoint), run.err());
    assertTrue(run.err().contains("retrying"), run.err());
    assertTrue(run.err().contains("push stopped"), run.err());
    assertTrue(
        run.out().contains("failed 1"),
        "the other graphs are not tried against a target that is down: " + run.out());
  }

  @Test
  void a401WithoutChallengeStopsAutoAtTheFirstRequestAndNamesAuthBasic() throws Exception {
    try (FakeGraphStore target = FakeGraphStore.refusingWithoutChallenge()) {
      CliRun run =
          assertTimeoutPreemptively(
              BOUND,
              () ->
                  CliRun.of(
                      "push",
                      "--store",
                      store.toString(),
                      "--endpoint",
                      target.endpoint(),
                      "--user",
                      "radkg",
                      "--password-file",
                      passwordFile.toString()));
      assertEquals(ExitCode.NOT_PUSHED.code(), run.code(), run.err());
      assertEquals(
          List.of(""), target.authorizations(), "one request; no challenge, so no credentials");
      assertTrue(
          run.err().contains("401 without a WWW-Authenticate challenge")
              && run.err().contains("--auth basic sends them up front"),
          run.err());
      assertTrue(run.err().contains("push stopped"), run.err());
    }
  }

  @Test
  void a401WithoutChallengeToBasicUpFrontIsRefusedCredentialsAtTheFirstRequest() throws Exception {
    try (FakeGraphStore target = FakeGraphStore.refusingWithoutChallenge()) {
      CliRun run =
          assertTimeoutPreemptively(
              BOUND,
              () ->
                  CliRun.of(
                      "push",
                      "--store",
                      store.toString(),
                      "--endpoint",
                      target.endpoint(),
                      "--user",
                      "radkg",
                      "--password-file",
                      passwordFile.toString(),
                      "--auth",
                      "basic",
                      "--retries",
                      "1"));
      assertEquals(ExitCode.NOT_PUSHED.code(), run.code(), run.err());
      String basic =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(("radkg:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      assertEquals(
          List.of(basic),
          target.authorizations(),
          "one request, with the credentials sent up front");
      assertTrue(run.err().contains("the target refused the credentials (HTTP 401"), run.err());
      assertTrue(run.err().contains("push stopped"), run.err());
      assertFalse(run.err().contains("cannot connect"), run.err());
      assertFalse((run.out() + run.err()).contains(PASSWORD));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"MD5", "SHA-256"})
  void aTargetDemandingDigestGetsEveryGraph(String algorithm) throws Exception {
    try (FakeGraphStore target = FakeGraphStore.digest(algorithm, "radkg", PASSWORD)) {
      CliRun run =
          assertTimeoutPreemptively(
              BOUND,
              () ->
                  CliRun.of(
                      "push",
                      "--store",
                      store.toString(),
                      "--endpoint",
                      target.endpoint(),
                      "--user",
                      "radkg",
                      "--password-file",
                      passwordFile.toString(),
                      "--all"));
      assertEquals(0, run.code(), run.err());
      // The articles' graphs, the ontology's and the source document's.
      assertTrue(run.out().contains("sent 5, unchanged 0, deleted 0, failed 0"), run.out());
      Map<String, Graph> local = new GraphPusher(store, s -> {}).localGraphs();
      Map<String, Graph> remote = target.graphs();
      assertEquals(local.keySet(), remote.keySet());
      local.forEach((iri, g) -> assertTrue(g.isIsomorphicWith(remote.get(iri)), iri));
      // The first request meets the challenge; after it, Digest goes up front (one request per
      // graph, not two), and nothing ever goes as Basic.
      List<String> sent = target.authorizations();
      assertEquals(local.size() + 1, sent.size(), sent.toString());
      assertEquals("", sent.get(0));
      sent.subList(1, sent.size())
          .forEach(a -> assertTrue(a.startsWith("Digest ") && a.contains(algorithm), a));
      assertFalse((run.out() + run.err()).contains(PASSWORD));
    }
  }

  @Test
  void aWrongPasswordForDigestIsRefusedWithoutRetries() throws Exception {
    try (FakeGraphStore target = FakeGraphStore.digest("SHA-256", "radkg", "another-password")) {
      CliRun run =
          assertTimeoutPreemptively(
              BOUND,
              () ->
                  CliRun.of(
                      "push",
                      "--store",
                      store.toString(),
                      "--endpoint",
                      target.endpoint(),
                      "--user",
                      "radkg",
                      "--password-file",
                      passwordFile.toString(),
                      "--all"));
      assertEquals(ExitCode.NOT_PUSHED.code(), run.code(), run.err());
      assertTrue(run.err().contains("the target refused the credentials (HTTP 401)"), run.err());
      // The challenge, then one Digest answer to it; never a retry, never the other graphs.
      assertEquals(2, target.authorizations().size(), target.authorizations().toString());
      assertTrue(target.graphs().isEmpty());
      assertFalse((run.out() + run.err()).contains(PASSWORD));
    }
  }

  @Test
  void basicUpFrontToADigestTargetNamesTheSchemeItAsksFor() throws Exception {
    try (FakeGraphStore target = FakeGraphStore.digest("MD5", "radkg", PASSWORD)) {
      CliRun run =
          assertTimeoutPreemptively(
              BOUND,
              () ->
                  CliRun.of(
                      "push",
                      "--store",
                      store.toString(),
                      "--endpoint",
                      target.endpoint(),
                      "--user",
                      "radkg",
                      "--password-file",
                      passwordFile.toString(),
                      "--auth",
                      "basic",
                      "--all"));
      assertEquals(ExitCode.NOT_PUSHED.code(), run.code(), run.err());
      assertTrue(
          run.err().contains("it asks for Digest, which --auth basic does not answer"), run.err());
      assertEquals(1, target.authorizations().size(), target.authorizations().toString());
    }
  }

  @Test
  void anUnknownAuthSchemeIsBadInput() {
    CliRun run =
        CliRun.of(
            "push",
            "--store",
            store.toString(),
            "--endpoint",
            "http://127.0.0.1:1/ds/data",
            "--auth",
            "ntlm");
    assertEquals(ExitCode.BAD_INPUT.code(), run.code(), run.err());
    assertTrue(run.err().contains("'ntlm' is not one of basic, digest, auto"), run.err());
  }
}
