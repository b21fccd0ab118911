package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity pages answered from the cache are byte-identical to rendered ones; a reload serves the new
 * generation's pages.
 */
class PageCacheTest {
  private static final List<String> HEADERS =
      List.of("content-type", "content-length", "vary", "link", "content-location");
  @TempDir Path tmp;

  @Test
  void cachedAnswersEqualRenderedOnesAndAReloadEmptiesTheCache() throws Exception {
    Path store = tmp.resolve("out");
    ServerFixture.buildStore(tmp.resolve("a"), ServerFixture.NEWSLETTER, store);
    try (RadkgServer server =
        ServerFixture.start(
            store,
            Duration.ofSeconds(10),
            1000,
            "pw",
            () -> ServerFixture.buildStore(tmp.resolve("b"), ServerFixture.SECOND, store))) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port() + "/";
      String acr = base + "id/organization/american-college-of-radiology";
      for (String accept : List.of("text/html", "text/turtle", "application/ld+json", "*/*")) {
        HttpResponse<byte[]> rendered = get(http, acr, accept, "GET");
        HttpResponse<byte[]> cached = get(http, acr, accept, "GET");
        assertEquals(200, rendered.statusCode());
        assertSame(rendered, cached, accept);
        HttpResponse<byte[]> head = get(http, acr, accept, "HEAD");
        assertEquals(0, head.body().length);
        assertEquals(
            rendered.headers().firstValue("content-type"),
            head.headers().firstValue("content-type"));
        assertSame(rendered, get(http, acr, accept, "GET"), accept + " after a HEAD");
      }
      assertSame(
          get(http, acr + ".ttl", "text/html", "GET"),
          get(http, acr + ".ttl", "text/html", "GET"),
          ".ttl");
      assertTrue(
          new String(get(http, acr + ".ttl", "text/html", "GET").body(), StandardCharsets.UTF_8)
              .toLowerCase(java.util.Locale.ROOT)
              .contains("prefix"));
      assertEquals(
          404,
          get(http, base + "id/organization/hospital-metropolitano", "text/html", "GET")
              .statusCode());
      assertEquals(406, get(http, acr, "image/png", "GET").statusCode());

      String rsna = base + "id/organization/radiological-society-of-north-america";
      String before =
          new String(get(http, rsna, "text/turtle", "GET").body(), StandardCharsets.UTF_8);
      assertFalse(before.contains("global-learning"), before);
      HttpRequest reload =
          HttpRequest.newBuilder(URI.create(base + "admin/reload"))
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder().encodeToString("x:pw".getBytes(StandardCharsets.UTF_8)))
              .POST(HttpRequest.BodyPublishers.noBody())
              .build();
      assertTrue(
          http.send(reload, HttpResponse.BodyHandlers.ofString()).body().startsWith("reloaded"));
      HttpResponse<byte[]> after = get(http, rsna, "text/turtle", "GET");
      String afterText = new String(after.body(), StandardCharsets.UTF_8);
      assertTrue(
          afterText.contains("global-learning") && !afterText.equals(before),
          "the new generation's page: " + afterText);
      assertSame(after, get(http, rsna, "text/turtle", "GET"), "cached after the reload");
      assertEquals(
          200,
          get(http, base + "id/organization/hospital-metropolitano", "text/html", "GET")
              .statusCode());
    }
  }

  @Test
  void gzipAndIdentityBodiesDecodeToTheSameBytesAndVaryOnAcceptEncoding() throws Exception {
    try (RadkgServer server = ServerFixture.readOnlyNewsletterServer(tmp, Duration.ofSeconds(10))) {
      HttpClient http = HttpClient.newHttpClient();
      String acr =
          "http://127.0.0.1:" + server.port() + "/id/organization/american-college-of-radiology";
      for (String accept : List.of("text/html", "text/turtle", "application/ld+json")) {
        for (int round = 0; round < 2; round++) { // rendered, then from the cache
          HttpResponse<byte[]> plain = get(http, acr, accept, "GET");
          HttpResponse<byte[]> gz =
              send(http, acr, accept, "GET", "Accept-Encoding", "br, gzip;q=0.8");
          String what = accept + " round " + round;
          assertEquals(200, gz.statusCode(), what);
          assertEquals(List.of("gzip"), gz.headers().allValues("content-encoding"), what);
          assertEquals(List.of(), plain.headers().allValues("content-encoding"), what);
          assertArrayEquals(plain.body(), gunzip(gz.body()), what);
          assertTrue(gz.body().length < plain.body().length, what);
          assertEquals(
              String.valueOf(gz.body().length),
              gz.headers().firstValue("content-length").orElseThrow(),
              what);
          assertEquals(
              String.valueOf(plain.body().length),
              plain.headers().firstValue("content-length").orElseThrow(),
              what);
          for (HttpResponse<byte[]> r : List.of(plain, gz)) {
            assertEquals(List.of("Accept, Accept-Encoding"), r.headers().allValues("vary"), what);
          }
          assertEquals(
              plain.headers().firstValue("content-type"),
              gz.headers().firstValue("content-type"),
              what);
          String etag = plain.headers().firstValue("etag").orElseThrow();
          String gzEtag = gz.headers().firstValue("etag").orElseThrow();
          assertFalse(etag.equals(gzEtag), "each coding has its own strong tag");
          HttpResponse<byte[]> notModified = send(http, acr, accept, "GET", "If-None-Match", etag);
          assertEquals(304, notModified.statusCode(), what);
          assertEquals(0, notModified.body().length, what);
          assertEquals(List.of(etag), notModified.headers().allValues("etag"), what);
          assertEquals(
              200,
              send(http, acr, accept, "GET", "If-None-Match", gzEtag).statusCode(),
              "the gzip tag names other bytes");
          assertEquals(
              List.of(),
              send(http, acr, accept, "GET", "Accept-Encoding", "gzip;q=0, *")
                  .headers()
                  .allValues("content-encoding"),
              "gzip refused explicitly");
        }
      }
      String rsna =
          "http://127.0.0.1:"
              + server.port()
              + "/id/organization/radiological-society-of-north-america";
      HttpResponse<byte[]> gzFirst =
          send(http, rsna, "text/html", "GET", "Accept-Encoding", "gzip"); // rendered gzipped
      assertEquals(List.of("gzip"), gzFirst.headers().allValues("content-encoding"));
      assertArrayEquals(get(http, rsna, "text/html", "GET").body(), gunzip(gzFirst.body()));
      assertArrayEquals(
          gzFirst.body(), send(http, rsna, "text/html", "GET", "Accept-Encoding", "gzip").body());
      HttpResponse<byte[]> head = send(http, acr, "text/html", "HEAD", "Accept-Encoding", "gzip");
      assertEquals(0, head.body().length);
      assertEquals(List.of("Accept, Accept-Encoding"), head.headers().allValues("vary"));
    }
  }

  @Test
  void cachedAnswersCarryTheDateTheyAreSentAtAndIgnoreUnknownParameters() throws Exception {
    try (RadkgServer server = ServerFixture.readOnlyNewsletterServer(tmp, Duration.ofSeconds(10))) {
      HttpClient http = HttpClient.newHttpClient();
      String acr =
          "http://127.0.0.1:" + server.port() + "/id/organization/american-college-of-radiology";
      HttpResponse<byte[]> first = get(http, acr, "text/html", "GET");
      Thread.sleep(1500); // the Date header counts whole seconds
      HttpResponse<byte[]> later = get(http, acr, "text/html", "GET");
      String firstDate = first.headers().firstValue("date").orElseThrow();
      String laterDate = later.headers().firstValue("date").orElseThrow();
      assertFalse(
          firstDate.equals(laterDate),
          "a replayed page carries the date it is sent at, not " + firstDate);
      assertEquals(1, later.headers().allValues("date").size());
      HttpResponse<byte[]> unknown = get(http, acr + "?x=123", "text/html", "GET");
      assertSame(first, unknown, "?x=123 is the same page");
      assertEquals(first.headers().firstValue("etag"), unknown.headers().firstValue("etag"));
    }
  }

  private static byte[] gunzip(byte[] gz) throws java.io.IOException {
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }

  private static HttpResponse<byte[]> send(
      HttpClient http, String url, String accept, String method, String header, String value)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept", accept)
            .header(header, value)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void assertSame(HttpResponse<byte[]> a, HttpResponse<byte[]> b, String what) {
    assertEquals(a.statusCode(), b.statusCode(), what);
    for (String h : HEADERS) {
      assertEquals(a.headers().allValues(h), b.headers().allValues(h), what + ": " + h);
    }
    assertArrayEquals(a.body(), b.body(), what);
  }

  private static HttpResponse<byte[]> get(HttpClient http, String url, String accept, String method)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept", accept)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
