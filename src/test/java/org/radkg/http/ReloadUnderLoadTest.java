package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.query.QueryCatalog;
import org.radkg.vocab.Rkg;

/**
 * Reloads while 16 clients query without pause: no request fails and every answer is wholly the old
 * graph's or the new one's.
 */
class ReloadUnderLoadTest {
  private static final int CLIENTS = 16;
  private static final int RELOADS = 4;

  /**
   * Answers identify the generation: the number of quads and of article graphs, read in one query
   * (one snapshot).
   */
  private static final String FINGERPRINT =
      "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?g) AS ?g2) (MIN(?h) AS ?x) "
          + "WHERE { GRAPH ?g { ?s ?p ?o OPTIONAL { ?s <https://schema.org/headline> ?h } } }";

  @TempDir Path tmp;

  @Test
  void sixteenClientsSeeNoFailureAndNoMixDuringReloads() throws Exception {
    Path store = tmp.resolve("out");
    ServerFixture.buildStore(tmp.resolve("a"), ServerFixture.NEWSLETTER, store);
    AtomicInteger builds = new AtomicInteger();
    ServerSettings.Reloader alternate =
        () ->
            ServerFixture.buildStore(
                tmp.resolve("b" + builds.get()),
                builds.getAndIncrement() % 2 == 0 ? ServerFixture.SECOND : ServerFixture.NEWSLETTER,
                store);
    // Sixteen clients share one address here: the per-client query limit would refuse most of them.
    try (RadkgServer server =
        RadkgServer.start(
            new ServerSettings(
                store,
                0,
                null,
                Rkg.DATA_BASE,
                Duration.ofSeconds(10),
                100_000,
                "pw",
                QueryCatalog.load(Path.of("queries")),
                alternate,
                32,
                32))) {
      String base = "http://127.0.0.1:" + server.port() + "/";
      HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
      String oldAnswer = fingerprint(http, base);
      AtomicBoolean stop = new AtomicBoolean();
      Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
      List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> clients = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        clients.add(
            pool.submit(
                () -> {
                  while (!stop.get()) {
                    try {
                      answers
                          .computeIfAbsent(fingerprint(http, base), k -> new AtomicLong())
                          .incrementAndGet();
                    } catch (Exception | AssertionError e) {
                      failures.add(e.toString());
                    }
                  }
                }));
      }
      String newAnswer = null;
      for (int r = 0; r < RELOADS; r++) {
        Thread.sleep(300);
        HttpResponse<String> reload = ServerFixture.reload(http, base, "op:pw");
        assertEquals(200, reload.statusCode(), reload.body());
        assertTrue(reload.body().startsWith("reloaded"), reload.body());
        if (newAnswer == null) {
          newAnswer = fingerprint(http, base);
        }
      }
      Thread.sleep(300);
      stop.set(true);
      for (Future<?> c : clients) {
        c.get();
      }
      pool.shutdown();
      assertNotEquals(oldAnswer, newAnswer);
      assertEquals(List.of(), failures, "failed requests");
      assertEquals(
          Set.of(oldAnswer, newAnswer),
          answers.keySet(),
          "answers other than the old or the new graph's: " + answers);
      long total = answers.values().stream().mapToLong(AtomicLong::get).sum();
      System.out.printf(
          "reload under load: %d answers from %d clients across %d reloads %s%n",
          total, CLIENTS, RELOADS, answers);
    }
  }

  private static String fingerprint(HttpClient http, String base) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base
                            + "sparql?query="
                            + URLEncoder.encode(FINGERPRINT, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv")
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return r.body().lines().skip(1).findFirst().orElseThrow().trim();
  }
}
