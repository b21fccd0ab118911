package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start page's figures and the search box answer from the generation served: after a reload
 * they are the new one's, and a request made while the reload builds and switches gets the old
 * generation's answer or the new one's, never an error nor a mix.
 */
class PreparedPagesReloadTest {
  private static final int CLIENTS = 4;
  private static final Pattern ARTICLES =
      Pattern.compile(
          "data-kind=\"articles\"><strong class=\"number\">([0-9,]+)</strong>", Pattern.DOTALL);

  @TempDir Path tmp;

  @Test
  void figuresAndSearchSwitchWithTheGenerationAndNeverFailDuringAReload() throws Exception {
    Path store = tmp.resolve("out");
    ServerFixture.buildStore(tmp.resolve("a"), ServerFixture.NEWSLETTER, store);
    ServerSettings.Reloader toSearchCorpus =
        () -> ServerFixture.buildStore(tmp.resolve("b"), ServerFixture.SEARCH, store);
    try (RadkgServer server =
        ServerFixture.start(store, Duration.ofSeconds(10), 1000, "pw", toSearchCorpus)) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port() + "/";
      String oldArticles = articles(http, base);
      String oldHits = hits(http, base);
      assertEquals("0", oldHits, "Stellenbosch is only in the second corpus");

      AtomicBoolean stop = new AtomicBoolean();
      Set<String> seen = ConcurrentHashMap.newKeySet();
      List<String> failures = Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> clients = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        boolean landing = i % 2 == 0;
        clients.add(
            pool.submit(
                () -> {
                  while (!stop.get()) {
                    try {
                      seen.add(
                          landing
                              ? "articles " + articles(http, base)
                              : "hits " + hits(http, base));
                    } catch (Exception | AssertionError e) {
                      failures.add(e.toString());
                    }
                  }
                }));
      }
      HttpResponse<String> reload = ServerFixture.reload(http, base, "op:pw");
      assertEquals(200, reload.statusCode(), reload.body());
      assertTrue(reload.body().startsWith("reloaded"), reload.body());
      String newArticles = articles(http, base);
      String newHits = hits(http, base);
      Thread.sleep(200);
      stop.set(true);
      for (Future<?> c : clients) {
        c.get();
      }
      pool.shutdown();

      assertNotEquals(oldArticles, newArticles, "the start page counts the new articles");
      assertNotEquals("0", newHits, "the search box finds what only the new generation names");
      assertEquals(List.of(), failures, "requests during the reload");
      Set<String> allowed =
          Set.of(
              "articles " + oldArticles,
              "articles " + newArticles,
              "hits " + oldHits,
              "hits " + newHits);
      assertTrue(allowed.containsAll(seen), "answers of neither generation: " + seen);
    }
  }

  /** The number of articles the start page shows. */
  private static String articles(HttpClient http, String base) throws Exception {
    String page = get(http, base, "", "text/html");
    Matcher m = ARTICLES.matcher(page);
    assertTrue(m.find(), "the start page shows the number of articles");
    return m.group(1);
  }

  /** How many entities the search box finds for "stellenbosch". */
  private static String hits(HttpClient http, String base) throws Exception {
    String json = get(http, base, "search?q=stellenbosch&format=json", "application/json");
    return Integer.toString(JSON.parse(json).get("results").getAsArray().size());
  }

  private static String get(HttpClient http, String base, String path, String accept)
      throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", accept)
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return r.body();
  }
}
