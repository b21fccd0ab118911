package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.build.Build;
import org.radkg.build.BuildListener;
import org.radkg.build.BuildRequest;
import org.radkg.query.QueryCatalog;
import org.radkg.vocab.Rkg;

/**
 * A server watching its corpus folder serves a document added to it, and one removed from it goes
 * away, without a restart and without a failed request meanwhile.
 */
class CorpusWatcherTest {
  private static final String ARTICLES =
      "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a <https://schema.org/headline> ?h } }";

  @TempDir Path tmp;

  @Test
  void aDocumentAddedOrRemovedIsServedWithoutARestart() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("acr.txt"), ServerFixture.NEWSLETTER);
    Path store = tmp.resolve("out");
    BuildRequest request = BuildRequest.of(List.of(corpus), store);
    BuildListener quiet = BuildListener.SILENT;
    Build.run(request, quiet);
    try (RadkgServer server =
            RadkgServer.start(
                new ServerSettings(
                    store,
                    0,
                    null,
                    Rkg.DATA_BASE,
                    Duration.ofSeconds(10),
                    100_000,
                    null,
                    QueryCatalog.load(Path.of("queries")),
                    ServerSettings.Reloader.building(request, quiet),
                    8,
                    8));
        CorpusWatcher watcher =
            CorpusWatcher.start(server, List.of(corpus), Duration.ofMillis(300), m -> {})) {
      String base = "http://127.0.0.1:" + server.port() + "/";
      HttpClient http = HttpClient.newHttpClient();
      int before = articles(http, base);
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger answered = new AtomicInteger();
      List<String> failures = new CopyOnWriteArrayList<>();
      Thread client =
          new Thread(
              () -> {
                while (!stop.get()) {
                  try {
                    articles(http, base);
                    answered.incrementAndGet();
                  } catch (Exception | AssertionError e) {
                    failures.add(e.toString());
                  }
                }
              });
      client.start();
      Files.writeString(corpus.resolve("rsna.txt"), ServerFixture.SECOND);
      int after = waitFor(http, base, n -> n > before);
      Files.delete(corpus.resolve("rsna.txt"));
      int removed = waitFor(http, base, n -> n == before);
      stop.set(true);
      client.join();
      assertTrue(after > before, before + " -> " + after);
      assertEquals(before, removed);
      assertTrue(answered.get() > 0);
      assertEquals(List.of(), failures);
    }
  }

  @Test
  void aPdfEditionAddedToAWatchedCorpusIsServedWithItsDates() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(
        corpus.resolve("release.html"),
        "<html><head><title>RSNA opens a learning center</title></head><body><h1>RSNA opens a"
            + " learning center</h1><p>The Radiological Society of North America opened a Global"
            + " Learning Center in Kigali in 2023.</p></body></html>");
    Path store = tmp.resolve("out");
    BuildRequest request = BuildRequest.of(List.of(corpus), store);
    Build.run(request, BuildListener.SILENT);
    try (RadkgServer server =
            RadkgServer.start(
                new ServerSettings(
                    store,
                    0,
                    null,
                    Rkg.DATA_BASE,
                    Duration.ofSeconds(30),
                    100_000,
                    null,
                    QueryCatalog.load(Path.of("queries")),
                    ServerSettings.Reloader.building(request, BuildListener.SILENT),
                    8,
                    8));
        CorpusWatcher watcher =
            CorpusWatcher.start(server, List.of(corpus), Duration.ofMillis(300), m -> {})) {
      String base = "http://127.0.0.1:" + server.port() + "/";
      HttpClient http = HttpClient.newHttpClient();
      assertEquals(1, articles(http, base));
      // The seed newsletter printed as a PDF edition, dropped into the folder.
      String seed = Files.readString(Path.of("data/corpus/is3r-global-scan.txt"));
      Files.write(
          corpus.resolve("global-scan-2025.pdf"), org.radkg.corpus.PdfDocuments.of(seed).bytes());
      assertEquals(
          51, waitFor(http, base, n -> n > 1), "the edition's 50 articles beside the page");
      HttpResponse<String> year =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "year/2025")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertTrue(year.body().contains("Articles published in 2025 (50)"), year.body());
    }
  }

  private static int waitFor(HttpClient http, String base, java.util.function.IntPredicate done)
      throws Exception {
    long until = System.currentTimeMillis() + 120_000;
    int n = articles(http, base);
    while (!done.test(n) && System.currentTimeMillis() < until) {
      Thread.sleep(200);
      n = articles(http, base);
    }
    return n;
  }

  private static int articles(HttpClient http, String base) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base
                            + "sparql?query="
                            + URLEncoder.encode(ARTICLES, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return Integer.parseInt(r.body().lines().skip(1).findFirst().orElseThrow().strip());
  }
}
