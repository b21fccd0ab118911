package org.radkg.http;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;

/**
 * The security headers every response carries, pages and Fuseki's answers alike: a
 * Content-Security-Policy that allows only this site's own scripts, styles and fetches (pages have
 * no inline code; the editor adds two hashed stylesheets of YASGUI), no MIME sniffing, no framing
 * and a referrer cut to the origin for other sites.
 */
final class SecurityHeaders {
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  /**
   * The SPARQL editor's policy ({@code /editor}): the same, but its styles may also come from the
   * two constant stylesheets that YASGUI's table view (its bundled column-resizer) inserts as
   * {@code <style>} elements: the resizable columns' rules, and the col-resize cursor while a
   * column is dragged. Allowing them by their SHA-256 hashes admits those two texts and nothing
   * else: no other {@code <style>}, no {@code style} attribute ('unsafe-hashes' is not given), no
   * 'unsafe-inline', no 'unsafe-eval'. A new YASGUI version whose stylesheets differ shows as a CSP
   * violation in the browser test (vendor/README.md says how to take the new hashes).
   */
  static final String EDITOR_CSP =
      CSP.replace(
          "style-src 'self';",
          "style-src 'self' 'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk='"
              + " 'sha256-c0O6TmFAkgpNbHxKAa1BrveWHHopjEtC47i0PzMudxg=';");

  static final String EDITOR_PATH = "/editor";

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

  /** As {@link #apply(HttpServletResponse)}, with the editor's policy on {@link #EDITOR_PATH}. */
  static void apply(HttpServletResponse resp, String path) {
    apply(resp);
    if (path.equals(EDITOR_PATH)) {
      resp.setHeader("Content-Security-Policy", EDITOR_CSP);
    }
  }

  /**
   * The same headers on an answer Jetty writes itself, before any servlet runs ({@link
   * SiteErrorHandler}).
   */
  static void apply(HttpFields.Mutable fields) {
    ALL.forEach(fields::put);
  }
}
