package org.radkg.dump;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.radkg.canonical.CanonicalQuads;

/**
 * Writes one gzipped dump file as a single gzip member made of one {@link DeflatePiece} per {@link
 * Part}: a part with a key is copied from the previous file when the {@link FragmentIndex} has an
 * intact piece for that key, otherwise formatted and compressed (in parallel with the other
 * misses); the file is the same bytes either way, since a piece depends only on its part's text.
 */
final class DumpAssembler {
  /**
   * A piece of a dump file: its text, and the key that identifies that text, or null if written
   * each time.
   */
  record Part(String key, Supplier<byte[]> text) {
    static Part fresh(Supplier<byte[]> text) {
      return new Part(null, text);
    }

    static Part cached(String key, Supplier<byte[]> text) {
      return new Part(key, text);
    }
  }

  /** The file's SHA-256 (hex) and how many keyed pieces were copied or written afresh. */
  record Written(String sha256, int reused, int written) {}

  /**
   * On average one keyed part in this many ends a piece (a power of two up to 16). One piece per
   * graph compresses 25-50% worse than one deflate stream (each piece starts with an empty window);
   * runs of about 8 graphs cost about 3% (N-Quads at scale 100), and a changed graph rewrites only
   * its run.
   */
  static final int GRAPHS_PER_MEMBER = 8;

  private DumpAssembler() {}

  /**
   * Joins consecutive keyed parts into runs, each written as one piece. A run ends after a part
   * whose key ends a run (see {@link #endsRun}) and at every unkeyed part: the cut points depend
   * only on the parts' own keys, not on their positions, so adding, removing or changing a graph
   * changes only the run it falls in (content-defined chunking).
   */
  static List<Part> runs(List<Part> parts) {
    List<Part> out = new ArrayList<>();
    List<Part> run = new ArrayList<>();
    for (Part p : parts) {
      if (p.key() == null) {
        flush(run, out);
        out.add(p);
        continue;
      }
      run.add(p);
      if (endsRun(p.key())) {
        flush(run, out);
      }
    }
    flush(run, out);
    return out;
  }

  /**
   * Keys are hex SHA-256: their last digit is uniform, so 0 modulo 8 ends one run in 8 on average.
   */
  private static boolean endsRun(String key) {
    return Character.digit(key.charAt(key.length() - 1), 16) % GRAPHS_PER_MEMBER == 0;
  }

  private static void flush(List<Part> run, List<Part> out) {
    if (run.isEmpty()) {
      return;
    }
    List<Part> graphs = List.copyOf(run);
    run.clear();
    MessageDigest d = CanonicalQuads.newSha256();
    for (Part p : graphs) {
      d.update(p.key().getBytes(StandardCharsets.UTF_8));
      d.update((byte) '\n');
    }
    out.add(
        Part.cached(
            HexFormat.of().formatHex(d.digest()),
            () -> {
              ByteArrayOutputStream text = new ByteArrayOutputStream();
              graphs.forEach(p -> text.writeBytes(p.text().get()));
              return text.toByteArray();
            }));
  }

  /**
   * Writes {@code parts} to {@code file} and adds the piece of each keyed part to {@code index}.
   */
  static Written write(
      Path file, List<Part> parts, FragmentIndex old, List<FragmentIndex.Entry> index)
      throws IOException {
    DeflatePiece[] pieces = new DeflatePiece[parts.size()];
    int reused = 0;
    int keyed = 0;
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (p.key() != null) {
        keyed++;
        pieces[i] = old.piece(p.key());
        reused += pieces[i] == null ? 0 : 1;
      }
    }
    // Misses (every part on a first write) are formatted and compressed in parallel.
    IntStream.range(0, parts.size())
        .parallel()
        .filter(i -> pieces[i] == null)
        .forEach(i -> pieces[i] = DeflatePiece.compress(parts.get(i).text().get()));
    MessageDigest digest = CanonicalQuads.newSha256();
    long offset = DeflatePiece.HEADER.length;
    long crc = 0; // the CRC-32 of no bytes
    long length = 0;
    try (OutputStream out =
        new DigestOutputStream(
            new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), digest)) {
      out.write(DeflatePiece.HEADER);
      for (int i = 0; i < parts.size(); i++) {
        DeflatePiece piece = pieces[i];
        pieces[i] = null;
        byte[] bytes = piece.compressed();
        out.write(bytes);
        if (parts.get(i).key() != null) {
          index.add(
              new FragmentIndex.Entry(
                  parts.get(i).key(),
                  offset,
                  bytes.length,
                  piece.length(),
                  piece.crc32(),
                  FragmentIndex.check(bytes)));
        }
        offset += bytes.length;
        crc = Crc32Combine.combine(crc, piece.crc32(), piece.length());
        length += piece.length();
      }
      DeflatePiece.writeEnd(out, crc, length);
    }
    return new Written(HexFormat.of().formatHex(digest.digest()), reused, keyed - reused);
  }
}
