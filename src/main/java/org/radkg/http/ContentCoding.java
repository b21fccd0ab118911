package org.radkg.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * The content-coding side of a cached page: whether a request's {@code Accept-Encoding} takes gzip,
 * a body's gzip copy and strong entity tag, whether {@code If-None-Match} names that tag, and the
 * {@code Vary} value once {@code Accept-Encoding} is added.
 */
final class ContentCoding {
  /** Below this a gzip copy saves less than its header costs a client. */
  static final int MIN_GZIP_BYTES = 256;

  private ContentCoding() {}

  /**
   * True when {@code Accept-Encoding} lists {@code gzip} (or {@code *}) with a non-zero quality; an
   * explicit {@code gzip;q=0} wins over {@code *} (RFC 9110, section 12.5.3).
   */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    Boolean gzip = null;
    boolean star = false;
    for (String part : acceptEncoding.split(",")) {
      String[] params = part.split(";");
      String coding = params[0].trim().toLowerCase(Locale.ROOT);
      boolean accepted = quality(params) > 0;
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        gzip = accepted;
      } else if (coding.equals("*")) {
        star = accepted;
      }
    }
    return gzip != null ? gzip : star;
  }

  private static double quality(String[] params) {
    for (int i = 1; i < params.length; i++) {
      String p = params[i].trim();
      if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
        try {
          return Double.parseDouble(p.substring(2).trim());
        } catch (NumberFormatException e) {
          return 0; // an unreadable weight is taken as a refusal rather than guessed
        }
      }
    }
    return 1;
  }

  /**
   * The body gzipped, or null when that would not be smaller or the body is too small to bother.
   */
  static byte[] gzipOrNull(byte[] body) {
    if (body.length < MIN_GZIP_BYTES) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException("gzip in memory", e);
    }
    byte[] bytes = out.toByteArray();
    return bytes.length < body.length ? bytes : null;
  }

  /** A strong entity tag for the body (quoted). */
  static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      String tag = Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
      return "\"" + tag + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is in every JVM", e);
    }
  }

  /** The gzip copy's tag: a strong tag names one byte sequence, so the coding gets its own. */
  static String gzipTag(String etag) {
    return etag.substring(0, etag.length() - 1) + "-gzip\"";
  }

  /** The {@code Vary} header values given, joined, with {@code Accept-Encoding} added once. */
  static String varyWithEncoding(Iterable<String> vary) {
    Set<String> names = new LinkedHashSet<>();
    for (String value : vary) {
      for (String name : value.split(",")) {
        if (!name.isBlank()) {
          names.add(name.trim());
        }
      }
    }
    if (names.stream().noneMatch(n -> n.equalsIgnoreCase("Accept-Encoding"))) {
      names.add("Accept-Encoding");
    }
    return String.join(", ", names);
  }
}
