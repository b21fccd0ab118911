package org.radkg.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.radkg.pages.HttpIo;
import org.radkg.pages.RdfVariant;

/**
 * Keeps the 200 responses of read-only pages of the served store generation and replays them byte
 * for byte: the key is the served dataset (so a reload never sees the old generation's pages), the
 * site address, the method, the path, the values of the query parameters the pages read (any other
 * parameter, {@code ?x=123}, finds the same entry) and the variant that {@code Accept} negotiates
 * to; the cache is bounded by the bytes it holds and emptied when the generation changes. Headers
 * that belong to one exchange ({@code Date}, {@code Connection}) are never replayed. Each page is
 * kept with a gzip copy, sent to clients whose {@code Accept-Encoding} takes gzip, and a strong
 * {@code ETag} per coding, so a client holding the page gets 304.
 */
final class PageCache {
  /**
   * What one response was, replayed as it was sent; {@code gzipped} is null when gzip would not
   * pay, {@code etag} (of the identity body) is null for bodiless HEAD answers.
   */
  record Page(
      int status,
      List<Map.Entry<String, String>> headers,
      byte[] body,
      byte[] gzipped,
      String etag) {
    static Page of(int status, List<Map.Entry<String, String>> headers, byte[] body) {
      return new Page(
          status,
          headers,
          body,
          ContentCoding.gzipOrNull(body),
          body.length == 0 ? null : ContentCoding.etag(body));
    }

    long bytes() {
      return body.length + (gzipped == null ? 0 : gzipped.length);
    }
  }

  private record Key(
      Dataset generation, String site, boolean head, String path, String query, String variant) {}

  /** Renders a page into the (capturing) response. */
  interface Renderer {
    void render(HttpServletResponse resp) throws IOException;
  }

  /**
   * Set by the container for each exchange: replaying them would send a stale date or a closed
   * connection.
   */
  private static final Set<String> PER_EXCHANGE =
      Set.of("date", "connection", "keep-alive", "transfer-encoding");

  private final Cache<Key, Page> pages;
  private final List<String> readParameters;
  private volatile Dataset generation;

  /**
   * A cache of at most {@code maxBytes} of pages that read only the query parameters {@code
   * readParameters}.
   */
  PageCache(long maxBytes, List<String> readParameters) {
    this.readParameters = List.copyOf(readParameters);
    this.pages =
        Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher(
                (Key k, Page p) ->
                    (int) Math.min(Integer.MAX_VALUE, p.bytes())
                        + 64 * p.headers().size()
                        + k.path().length()
                        + 128)
            .build();
  }

  /**
   * Answers from the cache, or renders and keeps a 200 answer. Requests whose {@code Accept}
   * negotiates to no variant are rendered every time (they are errors, and rare).
   */
  void serve(
      HttpServletRequest req,
      HttpServletResponse resp,
      Dataset served,
      String site,
      String path,
      boolean head,
      Renderer renderer)
      throws IOException {
    Optional<RdfVariant> variant =
        RdfVariant.negotiate(req.getHeader("Accept"), RdfVariant.values());
    if (variant.isEmpty()) {
      renderer.render(resp);
      return;
    }
    if (served != generation) {
      // Only the served generation's pages are ever looked up again: drop the others now.
      generation = served;
      pages.invalidateAll();
    }
    Key key = new Key(served, site, head, path, readParameters(req), variant.get().name());
    Page page = pages.getIfPresent(key);
    if (page != null) {
      replayHeaders(page, resp);
      sendBody(page, req, resp);
      return;
    }
    CapturingResponse capture = new CapturingResponse(resp);
    renderer.render(capture);
    if (!resp.isCommitted() && capture.getStatus() == HttpServletResponse.SC_OK) {
      page = Page.of(capture.getStatus(), headersOf(resp), capture.body());
      pages.put(key, page);
      sendBody(page, req, resp); // the headers are on resp already: the capture passed them through
    } else {
      capture.replayBody();
    }
  }

  /** How many pages are held (for tests). */
  long size() {
    pages.cleanUp();
    return pages.estimatedSize();
  }

  /**
   * The values of the parameters the pages read, in a fixed order: all that can change what they
   * render.
   */
  private String readParameters(HttpServletRequest req) {
    StringBuilder s = new StringBuilder();
    for (String name : readParameters) {
      String[] values = req.getParameterValues(name);
      if (values != null) {
        s.append(name).append('=').append(String.join("\u0000", values)).append('&');
      }
    }
    return s.toString();
  }

  private static List<Map.Entry<String, String>> headersOf(HttpServletResponse resp) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (String name : resp.getHeaderNames()) {
      if (PER_EXCHANGE.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String value : resp.getHeaders(name)) {
        out.add(Map.entry(name, value));
      }
    }
    return List.copyOf(out);
  }

  private static void replayHeaders(Page page, HttpServletResponse resp) {
    resp.setStatus(page.status());
    // Set, then add: a header the filter set before rendering (a security header) is not doubled.
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, String> h : page.headers()) {
      if (seen.add(h.getKey().toLowerCase(Locale.ROOT))) {
        resp.setHeader(h.getKey(), h.getValue());
      } else {
        resp.addHeader(h.getKey(), h.getValue());
      }
    }
  }

  /**
   * Sends the coding the client takes, or 304 when it holds that coding's tag. Every answer varies
   * on {@code Accept-Encoding}, including identity ones, so shared caches keep the codings apart.
   */
  private static void sendBody(Page page, HttpServletRequest req, HttpServletResponse resp)
      throws IOException {
    resp.setHeader("Vary", ContentCoding.varyWithEncoding(resp.getHeaders("Vary")));
    if (page.body().length == 0) {
      return;
    }
    boolean gzip =
        page.gzipped() != null && ContentCoding.acceptsGzip(req.getHeader("Accept-Encoding"));
    String etag = gzip ? ContentCoding.gzipTag(page.etag()) : page.etag();
    resp.setHeader("ETag", etag);
    if (HttpIo.noneMatch(req.getHeader("If-None-Match"), etag)) {
      resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      resp.setHeader("Content-Length", null);
      return;
    }
    byte[] bytes = gzip ? page.gzipped() : page.body();
    if (gzip) {
      resp.setHeader("Content-Encoding", "gzip");
    }
    resp.setContentLength(bytes.length);
    try (OutputStream out = resp.getOutputStream()) {
      out.write(bytes);
    }
  }
}
