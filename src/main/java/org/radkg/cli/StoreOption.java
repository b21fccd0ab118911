package org.radkg.cli;

import java.nio.file.Path;
import org.radkg.store.StoreLayout;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by every command that reads or writes the store. */
final class StoreOption {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "out",
      description =
          "Store folder (TDB2 store in DIR/tdb2, dumps in DIR/dumps). Default: ${DEFAULT-VALUE}")
  Path store;

  /** The store folder, which must hold a built store: else bad input saying to build one. */
  Path existing() throws BadInputException {
    return existing(store, "run ./radkg build first");
  }

  /**
   * {@code store}, which must hold a built store: else bad input "DIR: no store here ({@code
   * howToGetOne})".
   */
  static Path existing(Path store, String howToGetOne) throws BadInputException {
    if (!StoreLayout.of(store).exists()) {
      throw new BadInputException(store + ": no store here (" + howToGetOne + ")");
    }
    return store;
  }
}
