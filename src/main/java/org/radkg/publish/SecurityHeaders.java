package org.radkg.publish;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every response carries, pages and Fuseki's answers alike: a
 * Content-Security-Policy that allows only this site's own scripts, styles and fetches (pages have
 * no inline code), no MIME sniffing, no framing and a referrer cut to the origin for other sites.
 */
final class SecurityHeaders {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private SecurityHeaders() {}

  /** Sets the headers before anything is written, so that every status, including errors, has them. */
  static void apply(HttpServletResponse resp) {
    resp.setHeader("Content-Security-Policy", CSP);
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    resp.setHeader("X-Frame-Options", "DENY");
  }
}
