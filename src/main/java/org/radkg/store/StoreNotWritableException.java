package org.radkg.store;

import java.nio.file.Path;

/**
 * Thrown when this process may not write in the store folder: building needs it, and so does
 * reading, because TDB2 keeps a lock file in the generation and opens its files for writing.
 */
public final class StoreNotWritableException extends RuntimeException {
  private final Path storeDir;

  public StoreNotWritableException(Path storeDir, String what, Throwable cause) {
    super(
        "the store at "
            + storeDir
            + " is not writable: "
            + what
            + "; run radkg as a user who may write there (TDB2 writes a lock file even to read), or copy the store somewhere writable",
        cause);
    this.storeDir = storeDir;
  }

  public Path storeDir() {
    return storeDir;
  }
}
