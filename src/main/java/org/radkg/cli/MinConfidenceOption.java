package org.radkg.cli;

import org.radkg.extract.MethodConfidences;
import picocli.CommandLine.Option;

/**
 * The {@code --min-confidence} option: the least confidence a fact's reading needs to enter the
 * graph.
 */
final class MinConfidenceOption {
  @Option(
      names = "--min-confidence",
      paramLabel = "X",
      description = {
        "Keep only facts whose most confident reading has at least this confidence (0 to 1: the reading",
        "method's precision measured by ./radkg calibrate). Default: the threshold data/model/methods.tsv states."
      })
  Double minConfidence;

  /** The threshold asked for, or the committed default; a bad input error outside [0, 1]. */
  double value() throws BadInputException {
    if (minConfidence == null) {
      return MethodConfidences.fromClasspath().defaultMinConfidence();
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new BadInputException("--min-confidence must be between 0 and 1, not " + minConfidence);
    }
    return minConfidence;
  }
}
