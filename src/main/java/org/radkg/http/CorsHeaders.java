package org.radkg.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What other sites' scripts may do here: read every public answer with {@code
 * Access-Control-Allow-Origin: *}, never with credentials, and read the headers linked-data clients
 * need; preflights allow reading methods and plain headers only.
 *
 * <p>The literal {@code *} instead of the caller's echoed origin keeps every answer the same for
 * every origin, so shared caches cannot hand one site's CORS answer to another and no {@code Vary:
 * Origin} is needed; and browsers never send cookies or credentials with a {@code *} answer. The
 * admin routes get no CORS headers at all: they are not for other sites.
 */
final class CorsHeaders {
  static final String EXPOSED =
      "Cache-Control, Content-Language, Content-Length, Content-Location, Content-Type, ETag,"
          + " Expires, Last-Modified, Link, Location, Pragma, Retry-After, Vary";
  static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
  // Authorization is not among them, so a page elsewhere cannot send the admin password.
  static final Set<String> HEADERS =
      Set.of("accept", "accept-language", "content-type", "x-requested-with", "last-modified");
  private static final String MAX_AGE = "86400";

  private CorsHeaders() {}

  /** Sets the headers of an ordinary answer to the public routes (not {@code /admin/}). */
  static void apply(HttpServletResponse resp, String path) {
    if (!path.startsWith("/admin/")) {
      resp.setHeader("Access-Control-Allow-Origin", "*");
      resp.setHeader("Access-Control-Expose-Headers", EXPOSED);
    }
  }

  /**
   * Answers a CORS preflight ({@code OPTIONS} with {@code Origin} and {@code
   * Access-Control-Request-Method}) and returns true; false for any other request. A preflight
   * asking for another method or header gets 204 without the allowing headers, which the browser
   * reads as a refusal.
   */
  static boolean preflight(HttpServletRequest req, HttpServletResponse resp, String path)
      throws IOException {
    String method = req.getHeader("Access-Control-Request-Method");
    if (!"OPTIONS".equals(req.getMethod()) || req.getHeader("Origin") == null || method == null) {
      return false;
    }
    String asked = req.getHeader("Access-Control-Request-Headers");
    Set<String> headers =
        asked == null || asked.isBlank()
            ? Set.of()
            : Arrays.stream(asked.split(","))
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toSet());
    if (!path.startsWith("/admin/")
        && METHODS.contains(method.trim())
        && HEADERS.containsAll(headers)) {
      resp.setHeader("Access-Control-Allow-Origin", "*");
      resp.setHeader(
          "Access-Control-Allow-Methods", String.join(", ", METHODS.stream().sorted().toList()));
      if (!headers.isEmpty()) {
        resp.setHeader(
            "Access-Control-Allow-Headers", String.join(", ", headers.stream().sorted().toList()));
      }
      resp.setHeader("Access-Control-Max-Age", MAX_AGE);
    }
    resp.setStatus(204);
    resp.setContentLength(0);
    return true;
  }
}
