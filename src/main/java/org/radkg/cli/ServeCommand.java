package org.radkg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.radkg.build.Build;
import org.radkg.build.BuildInputs;
import org.radkg.build.BuildRequest;
import org.radkg.build.InvalidGraphException;
import org.radkg.http.CorpusWatcher;
import org.radkg.http.RadkgServer;
import org.radkg.http.ServerSettings;
import org.radkg.pages.PreparedPages;
import org.radkg.query.QueryCatalog;
import org.radkg.store.StoreLayout;
import org.radkg.vocab.Rkg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code radkg serve}: builds the store if it is missing or stale, then serves it over HTTP until
 * stopped.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the graph: SPARQL endpoint (/sparql), read-only Graph Store (/data), a page for every entity (/id/...),",
      "the ontology, dumps, VoID and the prebuilt queries. Builds the store first when it is missing or older than its inputs.",
      "Writing (POST /admin/reload) is on only with a password from RADKG_ADMIN_PASSWORD or --admin-password-file.",
      "/sparql, /void and /dumps answer from one store generation: a build run beside the server is served after a reload.",
      "A damaged store exits 9 (run build --full); a store folder this process may not write exits 10 (TDB2 writes a lock file even to read)."
    },
    footer = {
      "",
      "Examples:",
      "  ./radkg serve",
      "  ./radkg serve --port 8080 --base-url https://w3id.org/radkg/",
      "  ./radkg serve --base-url https://w3id.org/radkg/ --site-url https://radkg.example.org/"
    })
final class ServeCommand implements Callable<Integer> {
  // Copying a folder of documents fires many events: the build waits until they stop.
  private static final Duration WATCH_QUIET = Duration.ofSeconds(1);

  @Spec CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin MinConfidenceOption minConfidence = new MinConfidenceOption();

  @Mixin InputOption input;
  @Mixin QueriesOption queryFolder;

  @Option(
      names = "--port",
      defaultValue = "3030",
      description = "HTTP port. Default: ${DEFAULT-VALUE}")
  int port;

  @Mixin AddressOptions addresses;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Longest a query may run; then it is answered 503. Default: ${DEFAULT-VALUE}")
  long timeoutSeconds;

  @Option(
      names = "--max-results",
      paramLabel = "N",
      defaultValue = "10000",
      description =
          "Most rows (or triples) an answer may have; larger ones get 400. Default: ${DEFAULT-VALUE}")
  long maxResults;

  @Option(
      names = "--max-concurrent-queries",
      paramLabel = "N",
      description =
          "Most SPARQL queries (/sparql, the editor, prebuilt queries) running at once; more get 503 with Retry-After."
              + " Default: twice the cores, at least 4")
  Integer maxConcurrentQueries;

  @Option(
      names = "--max-queries-per-client",
      paramLabel = "N",
      description =
          "Most SPARQL queries one client address may run at once; more get 503 with Retry-After."
              + " Default: three quarters of --max-concurrent-queries")
  Integer maxQueriesPerClient;

  @Option(
      names = "--admin-password-file",
      paramLabel = "FILE",
      description = "File holding the admin password (first line); overrides RADKG_ADMIN_PASSWORD.")
  Path adminPasswordFile;

  @Option(names = "--no-build", description = "Serve the store as it is, even if stale.")
  boolean noBuild;

  @Option(
      names = "--watch",
      description =
          "Watch the input folders: when a document is added, changed or removed, rebuild incrementally and"
              + " serve the new graph, with no failed request meanwhile.")
  boolean watch;

  @Override
  public Integer call() throws Exception {
    int total =
        maxConcurrentQueries != null
            ? maxConcurrentQueries
            : ServerSettings.defaultConcurrentQueries();
    if (total < 1 || (maxQueriesPerClient != null && maxQueriesPerClient < 1)) {
      throw new BadInputException(
          "--max-concurrent-queries and --max-queries-per-client must be at least 1");
    }
    String siteUrl = addresses.site();
    List<Path> inputs = inputs();
    Progress progress = new Progress(spec.commandLine().getErr());
    BuildRequest request =
        BuildRequest.of(inputs, store.store)
            .withMinConfidence(minConfidence.value())
            .withPreparation(new PreparedPages());
    if (!noBuild && Build.stale(request)) {
      String was =
          Build.builtFrom(request)
              ? ""
              : BuildInputs.read(store.store)
                  .map(b -> " (it was built from " + String.join(", ", b.inputs()) + ")")
                  .orElse("");
      spec.commandLine()
          .getErr()
          .println("radkg: building " + store.store + " from " + inputs + was + " first...");
      spec.commandLine().getErr().flush();
      try {
        Build.run(request, progress);
      } catch (InvalidGraphException e) {
        spec.commandLine().getErr().println(e.validation().report());
        spec.commandLine().getErr().println("radkg: " + e.getMessage());
        if (!StoreLayout.of(store.store).exists()) {
          return ExitCode.INVALID_GRAPH.code();
        }
        spec.commandLine().getErr().println("radkg: serving the previous store");
      }
    }
    StoreOption.existing(store.store, "run ./radkg build, or drop --no-build");
    QueryCatalog queries = queryFolder.catalog();
    ServerSettings settings =
        new ServerSettings(
            store.store,
            port,
            siteUrl,
            Rkg.DATA_BASE,
            Duration.ofSeconds(timeoutSeconds),
            maxResults,
            adminPassword(),
            queries,
            ServerSettings.Reloader.building(request, progress),
            total,
            maxQueriesPerClient != null
                ? maxQueriesPerClient
                : ServerSettings.defaultQueriesPerClient(total));
    RadkgServer server = RadkgServer.start(settings);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    String local = "http://localhost:" + server.port() + "/";
    spec.commandLine()
        .getOut()
        .println(
            "radkg: serving "
                + StoreLayout.of(store.store).tdb2().toRealPath()
                + BuildInputs.read(store.store).map(b -> ", built from " + b.describe()).orElse("")
                + (Build.builtFrom(request)
                    ? ""
                    : " (not from " + inputs + ", which --no-build leaves unread)")
                + ", at "
                + local
                + addresses.describe(siteUrl));
    spec.commandLine()
        .getOut()
        .println(
            "radkg: SPARQL endpoint "
                + local
                + "sparql ; admin reload "
                + (settings.adminPassword() != null ? "on" : "off (no password configured)")
                + "; stop with Ctrl-C");
    if (watch) {
      CorpusWatcher.start(
          server,
          inputs,
          WATCH_QUIET,
          message -> {
            spec.commandLine().getErr().println(message);
            spec.commandLine().getErr().flush();
          });
      spec.commandLine().getOut().println("radkg: watching " + inputs + " for changes");
    }
    spec.commandLine().getOut().flush();
    server.join();
    return ExitCode.OK.code();
  }

  /**
   * The inputs to serve: those given with --input; else those the store was built from, so that a
   * store built with build --input is served as built; else the default corpus.
   */
  private List<Path> inputs() {
    boolean given = spec.commandLine().getParseResult().hasMatchedOption("--input");
    if (given) {
      return input.inputs;
    }
    return BuildInputs.read(store.store)
        .map(b -> b.inputs().stream().map(Path::of).toList())
        .filter(recorded -> recorded.stream().allMatch(java.nio.file.Files::exists))
        .orElse(input.inputs);
  }

  private String adminPassword() throws Exception {
    if (adminPasswordFile != null) {
      return PasswordFile.read(adminPasswordFile);
    }
    return System.getenv("RADKG_ADMIN_PASSWORD");
  }
}
