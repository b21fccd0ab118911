package org.radkg.pages;

import java.time.Duration;
import java.util.Objects;
import org.radkg.query.QueryCatalog;

/**
 * What the pages read from the server's settings, the same for every generation served: the entity
 * IRI base they map to {@code /id/}, the public address (null: the address each request was sent
 * to), the time and answer size one query may take, and the prebuilt queries.
 */
public record PageSettings(
    String dataBase, String baseUrl, Duration timeout, long maxResults, QueryCatalog queries) {
  public PageSettings {
    Objects.requireNonNull(dataBase);
    Objects.requireNonNull(timeout);
    Objects.requireNonNull(queries);
  }

  /**
   * The base of the links pages write: the public address, or "/" for links relative to this
   * server's root.
   */
  public String siteBase() {
    return baseUrl != null ? baseUrl : "/";
  }
}
