package org.radkg.http;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;

/**
 * The security headers every response carries, pages and Fuseki's answers alike: a
 * Content-Security-Policy that allows only this site's own scripts, styles and fetches (pages have
 * no inline code), no MIME sniffing, no framing and a referrer cut to the origin for other sites.
 */
final class SecurityHeaders {
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
  private static final Map<String, String> ALL =
      Map.of(
          "Content-Security-Policy", CSP,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "strict-origin-when-cross-origin",
          "X-Frame-Options", "DENY");

  private SecurityHeaders() {}

  /**
   * Sets the headers before anything is written, so that every status, including errors, has them.
   */
  static void apply(HttpServletResponse resp) {
    ALL.forEach(resp::setHeader);
  }

  /**
   * The same headers on an answer Jetty writes itself, before any servlet runs ({@link
   * SiteErrorHandler}).
   */
  static void apply(HttpFields.Mutable fields) {
    ALL.forEach(fields::put);
  }
}
