package org.radkg.store;

import java.nio.file.Path;

/**
 * Thrown when another process (or thread) is building or holding the store; the message says which
 * and what to do.
 */
public final class StoreInUseException extends RuntimeException {
  private final Path storeDir;

  public StoreInUseException(Path storeDir, String message, Throwable cause) {
    super(message, cause);
    this.storeDir = storeDir;
  }

  public Path storeDir() {
    return storeDir;
  }
}
