package org.radkg.cli;

import java.nio.file.Path;
import org.radkg.query.QueryCatalog;
import picocli.CommandLine.Option;

/**
 * The {@code --queries DIR} option of the commands that run prebuilt queries: the packed catalog
 * plus a folder's files.
 */
final class QueriesOption {
  @Option(
      names = "--queries",
      paramLabel = "DIR",
      defaultValue = "queries",
      description = "Folder of .rq files added to the packed ones. Default: ${DEFAULT-VALUE}")
  Path queriesDir;

  /** The catalog; a query that does not parse or declares a bad parameter is bad input. */
  QueryCatalog catalog() throws BadInputException {
    try {
      return QueryCatalog.load(queriesDir);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("bad prebuilt query: " + e.getMessage());
    }
  }
}
