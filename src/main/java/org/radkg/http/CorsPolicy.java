package org.radkg.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What other sites' scripts may do here: read every answer (any origin), with no credentials (no
 * cookies, no Authorization header: the admin routes stay out of other sites' reach), with the
 * headers linked-data clients need (Link, Content-Location, ETag) exposed. Fuseki's CORS filter
 * reads this from a properties file.
 */
final class CorsPolicy {
  static final String EXPOSED =
      "Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, Pragma,"
          + " Link, Content-Location, ETag, Vary, Retry-After";

  private CorsPolicy() {}

  /** The policy as Fuseki's filter parameters. */
  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("allowedOrigins", "*");
    // Reads only: the Graph Store here is read-only, and writing (the admin reload) is not for
    // other sites.
    p.setProperty("allowedMethods", "GET,POST,HEAD,OPTIONS");
    p.setProperty(
        "allowedHeaders", "X-Requested-With, Content-Type, Accept, Origin, Last-Modified");
    p.setProperty("exposedHeaders", EXPOSED);
    // Fuseki's default sends Access-Control-Allow-Credentials: true beside the echoed origin.
    p.setProperty("allowCredentials", "false");
    p.setProperty("chainPreflight", "false");
    return p;
  }

  /** A temporary file holding {@link #properties()}, deleted when the JVM exits. */
  static String file() {
    try {
      Path f = Files.createTempFile("radkg-cors-", ".properties");
      f.toFile().deleteOnExit();
      try (Writer w = Files.newBufferedWriter(f, StandardCharsets.ISO_8859_1)) {
        properties().store(w, "radkg CORS policy (see CorsPolicy)");
      }
      return f.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CORS policy file", e);
    }
  }
}
