package org.radkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a reading command gets its graph: the local store ({@code --store DIR}) or any SPARQL endpoint ({@code --endpoint URL}). */
final class StoreOrEndpoint {
  @Option(names = "--store", paramLabel = "DIR", description = "Store folder to read. Default: out")
  Path store;

  @Option(names = "--endpoint", paramLabel = "URL", description = "A SPARQL endpoint to read instead of the store.")
  String endpoint;
}
