package org.radkg.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radkg.canonical.CanonicalGraph;

/**
 * The file {@code graphs.tsv} in a store generation: one line per graph, {@code sha256 TAB quads
 * TAB key} ({@link CanonicalGraph#key()}, "" for the default graph), written with the generation so
 * the next build knows which graphs it must replace and which it may keep.
 */
final class GraphIndex {
  static final String FILE = "graphs.tsv";

  /** What the index says of one graph. */
  record Entry(String sha256, long quads) {}

  private GraphIndex() {}

  static void write(Path generation, List<CanonicalGraph> graphs) throws IOException {
    try (BufferedWriter w =
        Files.newBufferedWriter(generation.resolve(FILE), StandardCharsets.UTF_8)) {
      for (CanonicalGraph g : graphs) {
        // Keys are N-Quads terms (<iri> or _:label): neither holds a tab or a newline.
        w.write(g.sha256() + '\t' + g.quads().size() + '\t' + g.key() + '\n');
      }
    }
  }

  /**
   * The index of a generation, keyed by graph key; empty when it has none or it is unreadable (then
   * the build loads in full).
   */
  static Optional<Map<String, Entry>> read(Path generation) {
    Path file = generation.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Map<String, Entry> out = new HashMap<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", 3);
        out.put(f[2], new Entry(f[0], Long.parseLong(f[1])));
      }
      return Optional.of(out);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
