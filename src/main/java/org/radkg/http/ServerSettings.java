package org.radkg.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.radkg.build.Build;
import org.radkg.build.BuildListener;
import org.radkg.build.BuildRequest;
import org.radkg.pages.PageSettings;
import org.radkg.query.QueryCatalog;

/**
 * How the server runs: the store it serves, its port, the site's public address (where its pages,
 * assets and endpoint are reached; null: the address each request was sent to), the entity IRI base
 * it maps to {@code /id/} (IRIs keep it whatever the site's address), the query limits, the admin
 * password (null: no admin routes at all), how to rebuild the store for a reload, and how many
 * SPARQL queries may run at once, in all and for one client.
 */
public record ServerSettings(
    Path storeDir,
    int port,
    String siteUrl,
    String dataBase,
    Duration timeout,
    long maxResults,
    String adminPassword,
    QueryCatalog queries,
    Reloader reloader,
    int maxConcurrentQueries,
    int maxQueriesPerClient) {

  /** Settings with the default query concurrency of {@link #defaultConcurrentQueries}. */
  public ServerSettings(
      Path storeDir,
      int port,
      String siteUrl,
      String dataBase,
      Duration timeout,
      long maxResults,
      String adminPassword,
      QueryCatalog queries,
      Reloader reloader) {
    this(
        storeDir,
        port,
        siteUrl,
        dataBase,
        timeout,
        maxResults,
        adminPassword,
        queries,
        reloader,
        defaultConcurrentQueries(),
        defaultQueriesPerClient(defaultConcurrentQueries()));
  }

  /**
   * Two queries per core, at least 4: queries mostly wait on the store's pages, and pages keep the
   * other threads.
   */
  public static int defaultConcurrentQueries() {
    return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  }

  /** Three quarters of the total (at least 1): one client never takes every slot. */
  public static int defaultQueriesPerClient(int total) {
    return Math.max(1, total * 3 / 4);
  }

  public ServerSettings {
    Objects.requireNonNull(storeDir);
    Objects.requireNonNull(dataBase);
    Objects.requireNonNull(timeout);
    Objects.requireNonNull(queries);
    if (maxConcurrentQueries < 1 || maxQueriesPerClient < 1) {
      throw new IllegalArgumentException("the query limits must be at least 1");
    }
    if (siteUrl != null && !siteUrl.endsWith("/")) {
      siteUrl = siteUrl + "/";
    }
    if (adminPassword != null && adminPassword.isEmpty()) {
      adminPassword = null; // an empty secret is no secret: writing stays off
    }
  }

  /** What the pages read of these settings. */
  public PageSettings pages() {
    return new PageSettings(dataBase, siteUrl, timeout, maxResults, queries);
  }

  /**
   * Rebuilds the store folder from its inputs (a new generation, switched in); true if the data
   * changed (informative: the server compares generations).
   */
  @FunctionalInterface
  public interface Reloader {
    boolean rebuild() throws Exception;

    /**
     * The reload of {@code serve}: the build of {@code request} (see {@link Build#run}), its steps
     * told to {@code listener}.
     */
    static Reloader building(BuildRequest request, BuildListener listener) {
      return () -> Build.run(request, listener).store().changed();
    }
  }
}
