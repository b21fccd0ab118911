package org.radkg.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --input PATH...} option of the commands that read the corpus, by default the seed's
 * {@code data/corpus}.
 */
final class InputOption {
  @Option(
      names = "--input",
      paramLabel = "PATH",
      arity = "1..*",
      defaultValue = "data/corpus",
      description =
          "Files or folders to read (.txt, .md, .html, .htm, .pdf). Default: ${DEFAULT-VALUE}")
  List<Path> inputs;
}
