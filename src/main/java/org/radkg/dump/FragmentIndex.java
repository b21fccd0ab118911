package org.radkg.dump;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Where each run's {@link DeflatePiece} sits in a served dump file, so the next write can copy the
 * pieces of unchanged runs instead of formatting and compressing them again.
 *
 * <p>The fragment cache is the served dump itself plus this index ({@code
 * storeDir/cache/dumps/FILE.idx}: one line per piece: key, offset, compressed length, text length,
 * CRC-32 of the text (for the gzip trailer), CRC-32C of the compressed bytes): thousands of small
 * cache files would cost a file open each, and a second copy of the dumps would double the disk
 * used. Entries the current build does not use simply are not written to the next index (pruned). A
 * piece is reused only when its bytes still have the recorded length and CRC-32C, so a torn, edited
 * or replaced dump file makes the affected pieces misses, written afresh.
 */
final class FragmentIndex implements AutoCloseable {
  private static final String MAGIC = "radkg-dump-index 2";

  /**
   * One piece of a dump file: where, how long compressed ({@code length}) and as text, and its two
   * checksums.
   */
  record Entry(String key, long offset, int length, int textLength, long crc32, long check) {}

  private final Map<String, Entry> entries;
  private final FileChannel dump;

  private FragmentIndex(Map<String, Entry> entries, FileChannel dump) {
    this.entries = entries;
    this.dump = dump;
  }

  /**
   * The index of {@code dumpFile} in {@code indexFile}; empty when either is missing or unreadable.
   */
  static FragmentIndex open(Path indexFile, Path dumpFile) {
    Map<String, Entry> entries = new HashMap<>();
    try {
      List<String> lines = Files.readAllLines(indexFile, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).equals(MAGIC)) {
        return empty();
      }
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(" ");
        if (f.length != 6) {
          return empty(); // torn index: start afresh rather than trust part of it
        }
        entries.put(
            f[0],
            new Entry(
                f[0],
                Long.parseLong(f[1]),
                Integer.parseInt(f[2]),
                Integer.parseInt(f[3]),
                Long.parseLong(f[4], 16),
                Long.parseLong(f[5], 16)));
      }
      return new FragmentIndex(entries, FileChannel.open(dumpFile, StandardOpenOption.READ));
    } catch (NoSuchFileException e) {
      return empty();
    } catch (IOException | RuntimeException e) {
      return empty(); // a cache that cannot be read is a cache miss, never a failed build
    }
  }

  static FragmentIndex empty() {
    return new FragmentIndex(Map.of(), null);
  }

  /** The piece stored under {@code key} if it is intact, else null. */
  DeflatePiece piece(String key) {
    Entry e = entries.get(key);
    if (e == null || dump == null) {
      return null;
    }
    try {
      ByteBuffer buf = ByteBuffer.allocate(e.length());
      long pos = e.offset();
      while (buf.hasRemaining()) {
        int n = dump.read(buf, pos + buf.position());
        if (n < 0) {
          return null;
        }
      }
      byte[] bytes = buf.array();
      return check(bytes) == e.check() ? new DeflatePiece(bytes, e.textLength(), e.crc32()) : null;
    } catch (IOException ex) {
      return null;
    }
  }

  /**
   * A cheap check that stored compressed bytes are the ones written (CRC-32C:
   * hardware-accelerated).
   */
  static long check(byte[] bytes) {
    CRC32C c = new CRC32C();
    c.update(bytes);
    return c.getValue();
  }

  /**
   * Writes {@code entries} as the index of a dump file, atomically (a temporary file moved in
   * place).
   */
  static void save(Path indexFile, List<Entry> entries) throws IOException {
    Files.createDirectories(indexFile.getParent());
    List<String> lines = new ArrayList<>(entries.size() + 1);
    lines.add(MAGIC);
    for (Entry e : entries) {
      lines.add(
          e.key()
              + ' '
              + e.offset()
              + ' '
              + e.length()
              + ' '
              + e.textLength()
              + ' '
              + Long.toHexString(e.crc32())
              + ' '
              + Long.toHexString(e.check()));
    }
    Path tmp = indexFile.resolveSibling(indexFile.getFileName() + ".tmp");
    Files.write(tmp, lines, StandardCharsets.UTF_8);
    Files.move(tmp, indexFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public void close() throws IOException {
    if (dump != null) {
      dump.close();
    }
  }
}
