package org.radkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a reading command gets its graph: the local store ({@code --store DIR}) or any SPARQL
 * endpoint ({@code --endpoint URL}).
 */
final class StoreOrEndpoint {
  private static final Path DEFAULT_STORE = Path.of("out");

  @Option(names = "--store", paramLabel = "DIR", description = "Store folder to read. Default: out")
  Path store;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "A SPARQL endpoint to read instead of the store.")
  String endpoint;

  /**
   * The store to read when no endpoint is given, which must hold a built store: else bad input
   * saying what to do.
   */
  Path existingStore() throws BadInputException {
    return StoreOption.existing(
        store != null ? store : DEFAULT_STORE, "run ./radkg build first, or use --endpoint");
  }
}
