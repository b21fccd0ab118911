package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dumps as a harvester downloads them: a strong ETag equal to the file's line in SHA256SUMS,
 * Last-Modified, 304 on either validator, one byte range as 206 (resuming a broken download), 416
 * outside the file, and the whole file again when If-Range names an older version.
 */
class DumpDownloadTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir static Path tmp;
  static RadkgServer server;
  static String base;
  static byte[] whole;
  static String sha;

  @BeforeAll
  static void start() throws Exception {
    Path store = tmp.resolve("out");
    ServerFixture.buildStore(tmp.resolve("corpus"), ServerFixture.NEWSLETTER, store);
    server = ServerFixture.start(store, Duration.ofSeconds(2), 1000, null, null);
    base = "http://127.0.0.1:" + server.port() + "/dumps/";
    whole = Files.readAllBytes(store.resolve("dumps").resolve("radkg.nq.gz"));
    sha =
        Files.readAllLines(store.resolve("dumps").resolve("SHA256SUMS")).stream()
            .filter(l -> l.endsWith("  radkg.nq.gz"))
            .findFirst()
            .orElseThrow()
            .split(" ")[0];
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<byte[]> get(String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "radkg.nq.gz"));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void theWholeFileWithItsValidators() throws Exception {
    HttpResponse<byte[]> r = get();
    assertEquals(200, r.statusCode());
    assertArrayEquals(whole, r.body());
    assertEquals("\"" + sha + "\"", r.headers().firstValue("ETag").orElse(""));
    assertEquals("bytes", r.headers().firstValue("Accept-Ranges").orElse(""));
    String modified = r.headers().firstValue("Last-Modified").orElseThrow();
    assertEquals(304, get("If-None-Match", "\"" + sha + "\"").statusCode());
    assertEquals(304, get("If-Modified-Since", modified).statusCode());
    assertEquals(200, get("If-None-Match", "\"other\"").statusCode());
  }

  @Test
  void oneRangeResumesADownload() throws Exception {
    HttpResponse<byte[]> r = get("Range", "bytes=10-");
    assertEquals(206, r.statusCode());
    assertArrayEquals(Arrays.copyOfRange(whole, 10, whole.length), r.body());
    assertEquals(
        "bytes 10-" + (whole.length - 1) + "/" + whole.length,
        r.headers().firstValue("Content-Range").orElse(""));
    HttpResponse<byte[]> tail = get("Range", "bytes=-5");
    assertArrayEquals(Arrays.copyOfRange(whole, whole.length - 5, whole.length), tail.body());
    HttpResponse<byte[]> middle = get("Range", "bytes=2-6", "If-Range", "\"" + sha + "\"");
    assertEquals(206, middle.statusCode());
    assertArrayEquals(Arrays.copyOfRange(whole, 2, 7), middle.body());
  }

  @Test
  void aRangeOutsideTheFileOrOfAnOlderVersion() throws Exception {
    HttpResponse<byte[]> outside = get("Range", "bytes=" + whole.length + "-");
    assertEquals(416, outside.statusCode());
    assertEquals(
        "bytes */" + whole.length, outside.headers().firstValue("Content-Range").orElse(""));
    HttpResponse<byte[]> stale = get("Range", "bytes=2-6", "If-Range", "\"an-older-version\"");
    assertEquals(200, stale.statusCode());
    assertArrayEquals(whole, stale.body());
    HttpResponse<byte[]> several = get("Range", "bytes=0-1,4-5");
    assertEquals(200, several.statusCode(), "several ranges: the whole file");
    assertTrue(several.body().length == whole.length);
  }
}
