package org.radkg.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.radkg.query.QueryCatalog;

/**
 * How the server runs: the store it serves, its port, the public address it is known by (null:
 * its own address), the entity IRI base it maps to {@code /id/}, the query limits, the admin
 * password (null: no admin routes at all) and how to rebuild the store for a reload.
 */
public record ServerSettings(Path storeDir, int port, String baseUrl, String dataBase,
    Duration timeout, long maxResults, String adminPassword, QueryCatalog queries, Reloader reloader) {

  public ServerSettings {
    Objects.requireNonNull(storeDir);
    Objects.requireNonNull(dataBase);
    Objects.requireNonNull(timeout);
    Objects.requireNonNull(queries);
    if (baseUrl != null && !baseUrl.endsWith("/")) {
      baseUrl = baseUrl + "/";
    }
    if (adminPassword != null && adminPassword.isEmpty()) {
      adminPassword = null; // an empty secret is no secret: writing stays off
    }
  }

  /** Rebuilds the store folder from its inputs (a new generation, switched in); true if the data changed (informative: the server compares generations). */
  @FunctionalInterface
  public interface Reloader {
    boolean rebuild() throws Exception;
  }
}
