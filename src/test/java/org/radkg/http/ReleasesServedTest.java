package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.dump.Releases;

/**
 * Two builds of different graphs leave two dated releases; the server lists them and serves each
 * release's own files, with the checksums of its own SHA256SUMS, and "latest" is the served dumps.
 */
class ReleasesServedTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  @TempDir static Path tmp;
  static RadkgServer server;
  static Path store;
  static byte[] first;

  @BeforeAll
  static void start() throws Exception {
    store = tmp.resolve("out");
    ServerFixture.buildStore(tmp.resolve("a"), ServerFixture.NEWSLETTER, store);
    first = Files.readAllBytes(store.resolve("dumps").resolve("radkg.nq.gz"));
    ServerFixture.buildStore(tmp.resolve("b"), ServerFixture.SECOND, store);
    server = ServerFixture.start(store, Duration.ofSeconds(5), 1000, null, null);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<byte[]> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/" + path))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void eachReleaseServesItsOwnFiles() throws Exception {
    List<Releases.Release> kept = Releases.list(store);
    assertEquals(2, kept.size(), kept.toString());
    Releases.Release older = kept.get(1);
    HttpResponse<byte[]> r = get("dumps/releases/" + older.id() + "/radkg.nq.gz");
    assertEquals(200, r.statusCode());
    assertArrayEquals(first, r.body(), "the older release holds the first build's dump");
    assertTrue(r.headers().firstValue("ETag").isPresent());
    HttpResponse<byte[]> latest = get("dumps/radkg.nq.gz");
    assertTrue(!java.util.Arrays.equals(first, latest.body()), "the served dumps are the newest");
  }

  @Test
  void theListsLinkEveryReleaseAndLatestRedirects() throws Exception {
    String list =
        new String(get("dumps/releases/").body(), java.nio.charset.StandardCharsets.UTF_8);
    for (Releases.Release k : Releases.list(store)) {
      assertTrue(
          !Jsoup.parse(list).select("a[href$=/dumps/releases/" + k.id() + "/]").isEmpty(), list);
    }
    String dumps = new String(get("dumps/").body(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(dumps.contains("Releases"), dumps);
    HttpResponse<byte[]> latest = get("dumps/releases/latest/radkg.nq.gz");
    assertEquals(302, latest.statusCode());
    assertTrue(latest.headers().firstValue("Location").orElse("").endsWith("/dumps/radkg.nq.gz"));
  }

  @Test
  void unknownReleasesAndFilesAre404() throws Exception {
    assertEquals(404, get("dumps/releases/2000-01-01-00000000/radkg.nq.gz").statusCode());
    assertEquals(404, get("dumps/releases/build.properties").statusCode());
    String id = Releases.list(store).get(0).id();
    assertEquals(404, get("dumps/releases/" + id + "/nothing.gz").statusCode());
  }
}
