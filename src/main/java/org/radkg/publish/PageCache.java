package org.radkg.publish;

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

/**
 * Keeps the 200 responses of read-only pages of the served store generation and replays them
 * byte for byte: the key is the served dataset (so a reload never sees the old generation's pages),
 * the site address, the method, the path and query string and the variant that {@code Accept}
 * negotiates to; the cache is bounded by the bytes it holds and emptied when the generation changes.
 */
final class PageCache {
  /** What one response was: replayed as it was sent. */
  record Page(int status, List<Map.Entry<String, String>> headers, byte[] body) {}

  private record Key(Dataset generation, String site, boolean head, String path, String query, String variant) {}

  /** Renders a page into the (capturing) response. */
  interface Renderer {
    void render(HttpServletResponse resp) throws IOException;
  }

  private final Cache<Key, Page> pages;
  private volatile Dataset generation;

  PageCache(long maxBytes) {
    this.pages = Caffeine.newBuilder().maximumWeight(maxBytes)
        .weigher((Key k, Page p) -> p.body().length + 64 * p.headers().size() + k.path().length() + 128)
        .build();
  }

  /**
   * Answers from the cache, or renders and keeps a 200 answer. Requests whose {@code Accept}
   * negotiates to no variant are rendered every time (they are errors, and rare).
   */
  void serve(HttpServletRequest req, HttpServletResponse resp, Dataset served, String site, String path, boolean head,
      Renderer renderer) throws IOException {
    Optional<RdfVariant> variant = RdfVariant.negotiate(req.getHeader("Accept"), RdfVariant.values());
    if (variant.isEmpty()) {
      renderer.render(resp);
      return;
    }
    if (served != generation) {
      // Only the served generation's pages are ever looked up again: drop the others now.
      generation = served;
      pages.invalidateAll();
    }
    Key key = new Key(served, site, head, path, req.getQueryString(), variant.get().name());
    Page page = pages.getIfPresent(key);
    if (page != null) {
      replay(page, resp);
      return;
    }
    CapturingResponse capture = new CapturingResponse(resp);
    renderer.render(capture);
    if (!resp.isCommitted() && capture.getStatus() == HttpServletResponse.SC_OK) {
      pages.put(key, new Page(capture.getStatus(), headersOf(resp), capture.body()));
    }
    capture.replayBody();
  }

  /** How many pages are held (for tests). */
  long size() {
    pages.cleanUp();
    return pages.estimatedSize();
  }

  private static List<Map.Entry<String, String>> headersOf(HttpServletResponse resp) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (String name : resp.getHeaderNames()) {
      for (String value : resp.getHeaders(name)) {
        out.add(Map.entry(name, value));
      }
    }
    return List.copyOf(out);
  }

  private static void replay(Page page, HttpServletResponse resp) throws IOException {
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
    if (page.body().length > 0) {
      try (OutputStream out = resp.getOutputStream()) {
        out.write(page.body());
      }
    }
  }
}
