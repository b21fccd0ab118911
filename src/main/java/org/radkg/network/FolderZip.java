package org.radkg.network;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A folder format as one download: its writer fills a temporary folder, whose files are zipped in
 * name order.
 */
final class FolderZip {
  /** Writes a folder format's files into a folder. */
  @FunctionalInterface
  interface FolderWriter {
    void write(ProjectedNetwork net, Path folder) throws IOException;
  }

  private FolderZip() {}

  static void write(FolderWriter writer, ProjectedNetwork net, OutputStream out)
      throws IOException {
    Path dir = Files.createTempDirectory("radkg-network-");
    try {
      writer.write(net, dir);
      try (ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out));
          Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
          Files.copy(f, zip);
          zip.closeEntry();
        }
      }
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Lets the zip be closed (which ends its deflater) without closing the caller's stream. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
