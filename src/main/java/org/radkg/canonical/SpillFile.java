package org.radkg.canonical;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file that canonical graphs are written to, so that a build keeps on the heap only
 * each graph's name, hash and place in the file (see {@link CanonicalCollector}); appended to by
 * any thread, read back at any position, deleted on {@link #close()}.
 */
public final class SpillFile implements Closeable {
  private final Path path;
  private final FileChannel channel;
  private long end;

  private SpillFile(Path path) throws IOException {
    this.path = path;
    this.channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  /** A new, empty file in {@code dir} (the system's temporary folder when null). */
  public static SpillFile create(Path dir) throws IOException {
    Path file =
        dir == null
            ? Files.createTempFile("radkg-canonical-", ".nq")
            : Files.createTempFile(dir, "radkg-canonical-", ".nq");
    file.toFile().deleteOnExit(); // a killed build leaves nothing behind either
    return new SpillFile(file);
  }

  /** Appends {@code bytes}; returns the position they start at. */
  synchronized long append(byte[] bytes) {
    long at = end;
    try {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer, at + buffer.position());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the canonical graphs' file " + path, e);
    }
    end += bytes.length;
    return at;
  }

  /** The {@code length} bytes at {@code position}. */
  byte[] read(long position, int length) {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    try {
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, position + buffer.position()) < 0) {
          throw new IOException("the file ends before position " + (position + length));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the canonical graphs' file " + path, e);
    }
    return buffer.array();
  }

  @Override
  public void close() throws IOException {
    channel.close();
    Files.deleteIfExists(path);
  }
}
