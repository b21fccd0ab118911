package org.radkg.pages;

import java.time.Duration;
import java.util.Objects;
import org.radkg.query.QueryCatalog;

/**
 * What the pages read from the server's settings, the same for every generation served: the entity
 * IRI base they map to {@code /id/}, the site's public address (null: the address each request was
 * sent to; never the IRI base, which may only redirect here), the time and answer size one query
 * may take, and the prebuilt queries.
 */
public record PageSettings(
    String dataBase, String siteUrl, Duration timeout, long maxResults, QueryCatalog queries) {
  public PageSettings {
    Objects.requireNonNull(dataBase);
    Objects.requireNonNull(timeout);
    Objects.requireNonNull(queries);
  }

  /**
   * The base of the links pages write (assets, forms, the endpoint, other pages): the site's public
   * address, or "/" for links relative to this server's root.
   */
  public String siteBase() {
    return siteUrl != null ? siteUrl : "/";
  }
}
