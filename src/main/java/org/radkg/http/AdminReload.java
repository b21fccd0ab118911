package org.radkg.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.Callable;
import org.radkg.pages.HttpIo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /admin/reload}: rebuilds the store and switches the served data, for the operator
 * only (HTTP Basic, any user name, the configured password). Without a configured password the
 * route does not exist (404); a wrong password gets 401 and a log line that never holds the secret.
 */
final class AdminReload {
  private static final Logger LOG = LoggerFactory.getLogger(AdminReload.class);

  private final String secret;
  private final Callable<Boolean> reload;

  /**
   * {@code secret} null: no admin route; {@code reload} rebuilds and switches, true if the served
   * generation changed.
   */
  AdminReload(String secret, Callable<Boolean> reload) {
    this.secret = secret;
    this.reload = reload;
  }

  void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (secret == null) {
      HttpIo.sendText(
          resp, 404, "Not found: administration is off on this server (no password configured).");
      return;
    }
    if (!"POST".equals(req.getMethod())) {
      resp.setHeader("Allow", "POST");
      HttpIo.sendText(resp, 405, "Use POST to reload.");
      return;
    }
    if (!authorized(req.getHeader("Authorization"), secret)) {
      LOG.warn("admin reload refused: missing or wrong credentials from {}", req.getRemoteAddr());
      resp.setHeader("WWW-Authenticate", "Basic realm=\"radkg admin\", charset=\"UTF-8\"");
      HttpIo.sendText(resp, 401, "Credentials required.");
      return;
    }
    boolean changed;
    try {
      changed = reload.call();
    } catch (Exception e) {
      LOG.warn("admin reload failed; the previous graph is still served: {}", e.toString());
      HttpIo.sendText(
          resp, 500, "Reload failed; the previous graph is still served: " + e.getMessage());
      return;
    }
    HttpIo.sendText(
        resp,
        200,
        changed
            ? "reloaded: the rebuilt graph is now served"
            : "unchanged: the inputs give the graph already served");
  }

  /**
   * Compares digests with MessageDigest.isEqual, so the time taken does not depend on where the
   * passwords differ.
   */
  static boolean authorized(String header, String secret) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    int colon = decoded.indexOf(':');
    String given = colon < 0 ? "" : decoded.substring(colon + 1);
    return MessageDigest.isEqual(sha256(given), sha256(secret));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
