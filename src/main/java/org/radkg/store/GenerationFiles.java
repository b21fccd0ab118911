package org.radkg.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The files of one store generation as a build left them: each file's size and, for the node
 * table's data ({@code *.obj}: TDB2 turns damage there into silently missing values, not errors)
 * and every file of at most {@link #SMALL} bytes (B+tree roots, the journal), its CRC-32C; recorded
 * in the build record and compared at every open, so a truncated, deleted or rewritten file is
 * named before TDB2 reads it. The B+tree block files (8 MiB steps) are only sized, to keep opening
 * a large store cheap. TDB2 never changes these files while a generation is only read (its lock
 * files excepted, which are left out).
 */
final class GenerationFiles {
  /** Files up to this size are checksummed too. */
  static final long SMALL = 64 * 1024;

  private static final String SIZE = "file.";
  private static final String HASH = "crc32c.";
  private static final String LOCK = "tdb.lock";

  /** What one file should be: its size, and its CRC-32C in hex when checksummed (else null). */
  record Expected(long size, String crc32c) {}

  private final SortedMap<String, Expected> files;

  private GenerationFiles(SortedMap<String, Expected> files) {
    this.files = Collections.unmodifiableSortedMap(files);
  }

  /** None recorded: a record written before this check existed; nothing can be verified. */
  static GenerationFiles none() {
    return new GenerationFiles(new TreeMap<>());
  }

  boolean isEmpty() {
    return files.isEmpty();
  }

  /** The files now in {@code generation}, paths relative to it with '/' separators. */
  static GenerationFiles of(Path generation) throws IOException {
    SortedMap<String, Expected> out = new TreeMap<>();
    for (Path p : list(generation)) {
      long size = Files.size(p);
      boolean checked = size <= SMALL || p.getFileName().toString().endsWith(".obj");
      out.put(name(generation, p), new Expected(size, checked ? crc32c(p) : null));
    }
    return new GenerationFiles(out);
  }

  /** Reads the entries {@link #appendTo} wrote; other keys are ignored. */
  static GenerationFiles from(Properties p) {
    SortedMap<String, Expected> out = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith(SIZE)) {
        String name = key.substring(SIZE.length());
        out.put(name, new Expected(Long.parseLong(p.getProperty(key)), p.getProperty(HASH + name)));
      }
    }
    return new GenerationFiles(out);
  }

  /** Appends the entries as properties lines, sorted by file name. */
  void appendTo(StringBuilder text) {
    for (Map.Entry<String, Expected> e : files.entrySet()) {
      text.append(SIZE).append(e.getKey()).append('=').append(e.getValue().size()).append('\n');
      if (e.getValue().crc32c() != null) {
        text.append(HASH).append(e.getKey()).append('=').append(e.getValue().crc32c()).append('\n');
      }
    }
  }

  /**
   * The first difference between {@code generation} on disk and this record, as "FILE (what is
   * wrong)", or empty when every recorded file is there with its size and hash. Files added since
   * are not held against it: only what TDB2 reads matters.
   */
  Optional<String> problem(Path generation) throws IOException {
    for (Map.Entry<String, Expected> e : files.entrySet()) {
      Path p = generation.resolve(e.getKey());
      Expected want = e.getValue();
      if (!Files.isRegularFile(p)) {
        return Optional.of(p + " (missing)");
      }
      long size = Files.size(p);
      if (size != want.size()) {
        return Optional.of(p + " (" + size + " bytes, the build left " + want.size() + ")");
      }
      if (want.crc32c() != null && !want.crc32c().equals(crc32c(p))) {
        return Optional.of(p + " (its content changed since the build: CRC-32C differs)");
      }
    }
    return Optional.empty();
  }

  private static String crc32c(Path file) throws IOException {
    CRC32C crc = new CRC32C();
    ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
    try (FileChannel ch = FileChannel.open(file)) {
      while (ch.read(buf) >= 0) {
        buf.flip();
        crc.update(buf);
        buf.clear();
      }
    }
    return Long.toHexString(crc.getValue());
  }

  private static List<Path> list(Path generation) throws IOException {
    try (Stream<Path> walk = Files.walk(generation)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals(LOCK))
          .sorted()
          .toList();
    }
  }

  private static String name(Path generation, Path file) {
    return generation.relativize(file).toString().replace('\\', '/');
  }
}
