package org.radkg.store;

import java.nio.file.Path;

/**
 * Thrown when the served store generation is not as its build left it (a file missing, cut short or
 * changed); only a full rebuild repairs it.
 */
public final class StoreDamagedException extends RuntimeException {
  private final Path storeDir;

  public StoreDamagedException(Path storeDir, String what, Throwable cause) {
    super(
        "the store at "
            + storeDir
            + " is damaged: "
            + what
            + "; run `radkg build --full` to rebuild it",
        cause);
    this.storeDir = storeDir;
  }

  public Path storeDir() {
    return storeDir;
  }
}
