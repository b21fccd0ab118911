package org.radkg.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.radkg.pages.ServedDataset;
import org.radkg.store.StoreBuilder;
import org.radkg.store.StoreLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The radkg HTTP server: an embedded Fuseki serving the TDB2 store read-only at {@code /sparql} and
 * {@code /data} (default graph: the union of the article graphs), with the linked-data pages,
 * dumps, VoID and prebuilt queries of {@link SiteFilter} in front; {@link #reload} swaps in a
 * rebuilt store while requests already running finish on the old one.
 */
public final class RadkgServer implements AutoCloseable {
  static final String DATASET = "/";
  private static final Logger LOG = LoggerFactory.getLogger(RadkgServer.class);

  private final ServerSettings settings;
  private final FusekiServer fuseki;
  private final ScheduledExecutorService releaser =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "radkg-release-old-store");
            t.setDaemon(true);
            return t;
          });

  /** The generation new requests answer from; each request takes it once and keeps it. */
  private volatile ServedDataset served;

  private final SiteFilter site;

  private RadkgServer(ServerSettings settings) throws IOException {
    this.settings = settings;
    Path location = currentGeneration(settings);
    this.served = new ServedDataset(openServed(settings), settings.storeDir(), location);
    this.site = new SiteFilter(settings, () -> served, this::reload);
    this.fuseki =
        FusekiServer.create()
            .port(settings.port())
            // CORS is ours (CorsHeaders): Fuseki's filter echoes the origin back.
            .enableCors(false, null)
            .registerOperation(
                Operation.Query,
                WebContent.contentTypeSPARQLQuery,
                new BoundedQueryService(settings.maxResults()))
            .registerOperation(Operation.GSP_R, new UnionGraphStoreRead())
            .add(DATASET, endpoints(served.dataset()))
            .addFilter("/*", site)
            .build();
    RequestLimits.applyTo(fuseki.getJettyServer(), settings.timeout());
  }

  /** Opens the store and starts listening; the caller closes the server. */
  public static RadkgServer start(ServerSettings settings) throws IOException {
    RadkgServer server = new RadkgServer(settings);
    // Before the first request: the search index, the start page's figures and the network.
    server.site.warm(server.served);
    server.fuseki.start();
    // Best effort: a command that finds the store held uses this address; without it, it says so.
    try {
      Files.writeString(
          StoreLayout.of(settings.storeDir()).serverAddress(),
          "http://localhost:" + server.port() + "/\n");
    } catch (IOException e) {
      LOG.info("cannot write the server's address beside the store: {}", e.toString());
    }
    return server;
  }

  /** The port actually listened on (useful with port 0). */
  public int port() {
    return fuseki.getHttpPort();
  }

  /** The address people use: the site's public address, or this machine's. */
  public String address() {
    return settings.siteUrl() != null ? settings.siteUrl() : "http://localhost:" + port() + "/";
  }

  ServerSettings settings() {
    return settings;
  }

  /**
   * Rebuilds the store through the settings' reloader and, if the store folder now holds another
   * generation than the one served (rebuilt now, or by a {@code radkg build} run meanwhile), points
   * new requests at it; the old one is released once the requests using it can have finished.
   */
  synchronized boolean reload() throws Exception {
    if (settings.reloader() == null) {
      throw new IllegalStateException("this server was started without a way to rebuild");
    }
    settings.reloader().rebuild();
    Path now = currentGeneration(settings);
    if (now.equals(served.generation())) {
      return false;
    }
    Dataset next = openServed(settings);
    Dataset old = served.dataset();
    ServedDataset nextServed = new ServedDataset(next, settings.storeDir(), now);
    // Ready before it is served: no request waits for the new generation's indexes.
    site.warm(nextServed);
    DataService service = endpoints(next).build();
    service.setEndpointProcessors(fuseki.getOperationRegistry());
    service.goActive();
    // Registry.put replaces the entry atomically: each request looks the dataset up once.
    fuseki.getDataAccessPointRegistry().put(DATASET, new DataAccessPoint(DATASET, service));
    served = nextServed;
    long graceMs = settings.timeout().toMillis() + 30_000;
    releaser.schedule(() -> release(old), graceMs, TimeUnit.MILLISECONDS);
    LOG.info("reloaded: now serving {}", StoreLayout.of(settings.storeDir()).tdb2().toRealPath());
    return true;
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(StoreLayout.of(settings.storeDir()).serverAddress());
    } catch (IOException e) {
      LOG.info("cannot remove the server's address beside the store: {}", e.toString());
    }
    fuseki.stop();
    releaser
        .shutdownNow()
        .forEach(Runnable::run); // release old generations still waiting for their grace period
    release(served.dataset());
  }

  /** Blocks until the server stops (for the command line). */
  public void join() {
    fuseki.join();
  }

  private static DataService.Builder endpoints(Dataset dataset) {
    return DataService.newBuilder(dataset.asDatasetGraph())
        .addEndpoint(Operation.Query, "sparql")
        .addEndpoint(Operation.GSP_R, "data");
  }

  private static Path currentGeneration(ServerSettings settings) throws IOException {
    return StoreLayout.of(settings.storeDir()).tdb2().toRealPath();
  }

  private static Dataset openServed(ServerSettings settings) throws IOException {
    Path storeDir = settings.storeDir();
    // The default graph is the union of the article graphs: materialized by the build, or TDB2's
    // union default graph for a generation written before (StoreBuilder.open sets which).
    Dataset ds = StoreBuilder.open(storeDir);
    // Fuseki reads the timeout (milliseconds) from the dataset's context for every query.
    ds.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
    // No outbound requests, whoever runs a query on this dataset (/sparql, the editor, prebuilt
    // queries):
    // SERVICE is refused before it runs (QueryBounds), and ARQ has no way to run one here anyway.
    ds.getContext().set(ARQ.httpServiceAllowed, false);
    ServiceExecutorRegistry.set(ds.getContext(), new ServiceExecutorRegistry());
    return ds;
  }

  private static void release(Dataset ds) {
    try {
      TDBInternal.expel(ds.asDatasetGraph());
    } catch (RuntimeException e) {
      // Already released.
    }
  }
}
