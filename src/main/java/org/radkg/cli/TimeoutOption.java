package org.radkg.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The {@code --timeout SECONDS} option of the commands that run SPARQL queries against a store or
 * endpoint; each command gives its own default as the field's initial value (picocli shows it as
 * the default).
 */
final class TimeoutOption {
  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Give up on each query after this many seconds. Default: ${DEFAULT-VALUE}")
  long seconds;

  /**
   * Picocli makes the mixin with this when a command declares none; the commands always give
   * theirs.
   */
  TimeoutOption() {
    this(60);
  }

  TimeoutOption(long defaultSeconds) {
    this.seconds = defaultSeconds;
  }

  Duration duration() {
    return Duration.ofSeconds(seconds);
  }
}
