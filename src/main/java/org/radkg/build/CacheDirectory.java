package org.radkg.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A folder of cache entries, one file per key, that a build reads and writes from any thread:
 * entries are written to a temporary file and moved, so a killed build leaves no torn entry; an
 * unreadable entry reads as missing; the entries a build did not ask for are deleted at its end.
 */
final class CacheDirectory {
  /** Reads an entry's content. */
  interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  /** Writes an entry's content. */
  interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  private final Path dir;
  private final Set<String> used = ConcurrentHashMap.newKeySet();

  /** The entries in {@code dir} (created when first written). */
  CacheDirectory(Path dir) {
    this.dir = dir;
  }

  /** The entry {@code key} read whole by {@code reader}, or null when missing or unreadable. */
  <T> T read(String key, Reader<T> reader) {
    used.add(key);
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(dir.resolve(key))))) {
      T value = reader.read(in);
      return in.read() == -1 ? value : null;
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException | RuntimeException e) {
      return null; // torn or foreign file: made again and overwritten
    }
  }

  /** Writes the entry {@code key}; a cache only saves time, so a failed write is let go. */
  void write(String key, Writer writer) {
    used.add(key);
    Path tmp =
        dir.resolve(
            key + ".tmp-" + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId());
    try {
      Files.createDirectories(dir);
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
        writer.write(out);
      }
      Files.move(
          tmp,
          dir.resolve(key),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      // e.g. a full disk: the build goes on without the entry
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // nothing more to do
      }
    }
  }

  /** Deletes every entry, so the next reads all miss. */
  void clear() throws IOException {
    used.clear();
    pruneUnused();
  }

  /** Deletes the entries not read or written since this object was made (or cleared). */
  void pruneUnused() throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.toList()) {
        if (!used.contains(p.getFileName().toString())) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
