package org.radkg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Writes one gzipped dump file as a concatenation of gzip members, one per {@link Part}: a part with a
 * key is copied from the previous file when the {@link FragmentIndex} has an intact member for that key,
 * otherwise formatted and compressed (in parallel with the other misses); the file is the same bytes
 * either way, since a member depends only on its part's text.
 */
final class DumpAssembler {
  /** A piece of a dump file: its text, and the key that identifies that text, or null if written each time. */
  record Part(String key, Supplier<byte[]> text) {
    static Part fresh(Supplier<byte[]> text) {
      return new Part(null, text);
    }

    static Part cached(String key, Supplier<byte[]> text) {
      return new Part(key, text);
    }
  }

  /** The file's SHA-256 (hex) and how many keyed members were copied or written afresh. */
  record Written(String sha256, int reused, int written) {}

  private DumpAssembler() {}

  /**
   * Writes {@code parts} to {@code file} and adds the member of each keyed part to {@code index}.
   */
  static Written write(Path file, List<Part> parts, FragmentIndex old, List<FragmentIndex.Entry> index)
      throws IOException {
    byte[][] members = new byte[parts.size()][];
    int reused = 0;
    int keyed = 0;
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (p.key() != null) {
        keyed++;
        members[i] = old.member(p.key());
        reused += members[i] == null ? 0 : 1;
      }
    }
    // Misses (every part on a first write) are formatted and compressed in parallel.
    IntStream.range(0, parts.size()).parallel().filter(i -> members[i] == null)
        .forEach(i -> members[i] = GzipMember.compress(parts.get(i).text().get()));
    MessageDigest digest = CanonicalQuads.newSha256();
    long offset = 0;
    try (OutputStream out = new DigestOutputStream(
        new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), digest)) {
      for (int i = 0; i < parts.size(); i++) {
        byte[] m = members[i];
        members[i] = null;
        out.write(m);
        if (parts.get(i).key() != null) {
          index.add(new FragmentIndex.Entry(parts.get(i).key(), offset, m.length, FragmentIndex.crc(m)));
        }
        offset += m.length;
      }
    }
    return new Written(HexFormat.of().formatHex(digest.digest()), reused, keyed - reused);
  }
}
