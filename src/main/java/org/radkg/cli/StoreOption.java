package org.radkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by every command that reads or writes the store. */
final class StoreOption {
  @Option(names = "--store", paramLabel = "DIR", defaultValue = "out",
      description = "Store folder (TDB2 store in DIR/tdb2, dumps in DIR/dumps). Default: ${DEFAULT-VALUE}")
  Path store;
}
