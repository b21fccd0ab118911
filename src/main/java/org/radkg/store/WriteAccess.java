package org.radkg.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether this process may write where the store needs to (a folder the user may not write, a
 * read-only mount, an immutable file), asked before TDB2 or the build lock try and fail with a bare
 * "Failed to open tdb.lock"; failures are {@link StoreNotWritableException}s naming the path.
 */
final class WriteAccess {
  private static final List<String> DENIED =
      List.of("Read-only file system", "Permission denied", "Operation not permitted");

  private WriteAccess() {}

  /**
   * Throws unless {@code dir} (if it exists) and each file directly or deeper in it may be written.
   */
  static void require(Path storeDir, Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (!Files.isWritable(p)) {
          throw new StoreNotWritableException(
              storeDir,
              p
                  + (Files.isDirectory(p) ? " (a folder" : " (a file")
                  + " this process may not write)",
              null);
        }
      }
    }
  }

  /**
   * Throws unless the store folder itself (or, when it does not exist yet, the folder it would go
   * in) may be written.
   */
  static void requireFolder(Path storeDir) {
    Path p = storeDir.toAbsolutePath();
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    if (p != null && !Files.isWritable(p)) {
      throw new StoreNotWritableException(
          storeDir, p + " (a folder this process may not write)", null);
    }
  }

  /**
   * True when {@code e} or one of its causes says that writing was refused (permissions, read-only
   * mount, immutable file).
   */
  static boolean denied(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AccessDeniedException) {
        return true;
      }
      String m = t.getMessage();
      if (m != null && DENIED.stream().anyMatch(m::contains)) {
        return true;
      }
    }
    return false;
  }
}
