package org.radkg.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.radkg.canonical.CanonicalQuads;

/**
 * The contents of {@code storeDir/build.properties}: which generation is served and the canonical
 * hash and counts of its dataset, and the sizes and hashes of the generation's files (see {@link
 * GenerationFiles}), written in a fixed order and with no timestamp so it is reproducible.
 */
public record BuildRecord(
    int generation,
    String sha256,
    long quads,
    long unionTriples,
    int namedGraphs,
    GenerationFiles files) {

  /**
   * The record of generation {@code generation} holding {@code canon}, whose union has {@code
   * unionTriples} distinct triples when known (else counted from {@code canon}).
   */
  static BuildRecord of(
      int generation, CanonicalQuads canon, GenerationFiles files, OptionalLong unionTriples) {
    long union = unionTriples.isPresent() ? unionTriples.getAsLong() : unionTriples(canon);
    // The canonical form already holds one entry per graph; only the default graph is not named.
    int named = (int) canon.graphs().stream().filter(g -> !g.key().isEmpty()).count();
    return new BuildRecord(generation, canon.sha256(), canon.quads().size(), union, named, files);
  }

  private static long unionTriples(CanonicalQuads canon) {
    Set<Triple> union = new HashSet<>();
    for (Quad q : canon.quads()) {
      union.add(q.asTriple());
    }
    return union.size();
  }

  public static Optional<BuildRecord> read(Path storeDir) {
    Path file = StoreLayout.of(storeDir).buildRecord();
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
      return Optional.of(
          new BuildRecord(
              Integer.parseInt(p.getProperty("generation")),
              p.getProperty("sha256"),
              Long.parseLong(p.getProperty("quads")),
              Long.parseLong(p.getProperty("unionTriples")),
              Integer.parseInt(p.getProperty("namedGraphs")),
              GenerationFiles.from(p)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // an unreadable record only costs a rebuild
    }
  }

  void write(Path storeDir) throws IOException {
    StringBuilder text =
        new StringBuilder(
            "# radkg store: the served generation, the canonical N-Quads SHA-256 of its data"
                + " and its files as the build left them\n");
    files.appendTo(text);
    text.append("generation=")
        .append(generation)
        .append('\n')
        .append("namedGraphs=")
        .append(namedGraphs)
        .append('\n')
        .append("quads=")
        .append(quads)
        .append('\n')
        .append("sha256=")
        .append(sha256)
        .append('\n')
        .append("unionTriples=")
        .append(unionTriples)
        .append('\n');
    Path file = StoreLayout.of(storeDir).buildRecord();
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
