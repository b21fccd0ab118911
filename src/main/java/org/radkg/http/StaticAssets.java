package org.radkg.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.radkg.pages.HttpIo;
import org.radkg.pages.PageRoutes;

/**
 * Serves the pages' stylesheets, scripts and vendored libraries from the jar's {@code radkg/web/}
 * folder at {@code /assets/}: only plain file names under that folder, never a path that climbs out
 * of it, each with its media type, an ETag and a cache lifetime, gzipped for clients that take it
 * (the vendored YASGUI bundle is 1 MB, 281 kB gzipped).
 */
final class StaticAssets {
  static final String PREFIX = PageRoutes.ASSETS_PREFIX;
  private static final String ROOT = "radkg/web/";

  /**
   * Folders and names of letters, digits, dot, dash and underscore only: no "..", no "//", no
   * backslash.
   */
  private static final Pattern SAFE =
      Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");

  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon",
          "json", "application/json",
          "txt", "text/plain; charset=utf-8");

  /** {@code gzipped} is null for images that are compressed already, or too small to gain. */
  private record Asset(byte[] body, byte[] gzipped, String type, String etag) {}

  private final Map<String, Asset> cache = new ConcurrentHashMap<>();

  /** Answers {@code /assets/NAME}: the file, 304 when the client's copy is current, or 404. */
  void handle(HttpServletRequest req, HttpServletResponse resp, String name, boolean head)
      throws IOException {
    Asset asset = find(name);
    if (asset == null) {
      HttpIo.sendText(
          resp,
          404,
          "No such asset: " + (name.length() > 200 ? name.substring(0, 200) + "…" : name));
      return;
    }
    boolean gzip =
        asset.gzipped() != null && ContentCoding.acceptsGzip(req.getHeader("Accept-Encoding"));
    // Each coding has its own strong tag; every answer varies on Accept-Encoding for caches.
    String etag = gzip ? ContentCoding.gzipTag(asset.etag()) : asset.etag();
    resp.setHeader("ETag", etag);
    resp.setHeader("Vary", "Accept-Encoding");
    resp.setHeader("Cache-Control", "public, max-age=3600");
    if (HttpIo.noneMatch(req.getHeader("If-None-Match"), etag)) {
      resp.setStatus(304);
      return;
    }
    if (gzip) {
      resp.setHeader("Content-Encoding", "gzip");
    }
    HttpIo.send(resp, 200, asset.type(), gzip ? asset.gzipped() : asset.body(), head);
  }

  private Asset find(String name) throws IOException {
    if (!SAFE.matcher(name).matches()) {
      return null;
    }
    int dot = name.lastIndexOf('.');
    String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
    if (type == null) {
      return null;
    }
    Asset known = cache.get(name);
    if (known != null) {
      return known;
    }
    try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(ROOT + name)) {
      if (in == null) {
        return null;
      }
      byte[] body = in.readAllBytes();
      boolean image = type.equals("image/png") || type.equals("image/x-icon");
      Asset asset =
          new Asset(
              body,
              image ? null : ContentCoding.gzipOrNull(body),
              type,
              "\""
                  + Integer.toHexString(java.util.Arrays.hashCode(body))
                  + "-"
                  + body.length
                  + "\"");
      cache.put(name, asset);
      return asset;
    }
  }
}
