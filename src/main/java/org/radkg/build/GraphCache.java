package org.radkg.build;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.apache.jena.sparql.core.Quad;
import org.radkg.canonical.CanonicalCollector;
import org.radkg.canonical.CanonicalGraph;
import org.radkg.canonical.EncodedGraph;
import org.radkg.extract.ArticleFindings;
import org.radkg.graph.GraphGroups;

/**
 * An on-disk cache of each article's canonical graph, beside the {@link FindingsCache}, so a
 * rebuild writes and canonicalizes only the graphs whose inputs changed. An entry is named by the
 * SHA-256 of its article's findings key (the code, the text around the article, the corpus's
 * acronyms) and of what the graph depends on besides (see {@code
 * org.radkg.graph.ArticleGraphDependencies}: the article's offsets, its publication, the merged
 * descriptions of the entities it names), and holds the canonical graph's key, hash, quads in RDF
 * Thrift and N-Quads lines (deflated), which a build takes into its spill file as they are.
 */
final class GraphCache {
  private final CacheDirectory entries;
  private final FindingsCache findings;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();

  /** A cache kept in {@code dir}, keyed by the findings {@code findings} gave this build. */
  GraphCache(Path dir, FindingsCache findings) {
    this.entries = new CacheDirectory(dir);
    this.findings = findings;
  }

  /** Hands each group to {@code out}, an article's graph from the cache when it holds it. */
  GraphGroups collectingInto(CanonicalCollector out) {
    return new GraphGroups() {
      @Override
      public void article(ArticleFindings f, String dependencies, Supplier<List<Quad>> quads) {
        Optional<String> key = findings.findingsKey(f.article()).map(k -> key(k, dependencies));
        EncodedGraph kept = key.map(k -> entries.read(k, GraphCache::read)).orElse(null);
        if (kept != null) {
          hits.incrementAndGet();
          out.add(kept);
          return;
        }
        misses.incrementAndGet();
        List<CanonicalGraph> made = out.add(quads.get());
        // An article's quads are all in its graph, named by an IRI; anything else is not kept.
        if (key.isPresent() && made.size() == 1 && made.get(0).key().startsWith("<")) {
          EncodedGraph encoded = EncodedGraph.of(made.get(0));
          entries.write(key.get(), out -> write(encoded, out));
        }
      }

      @Override
      public void other(List<Quad> quads) {
        out.add(quads);
      }
    };
  }

  /** Article graphs taken from the cache in this build. */
  int hits() {
    return hits.get();
  }

  /** Article graphs written and canonicalized in this build. */
  int misses() {
    return misses.get();
  }

  /** Deletes every entry ({@code build --full}). */
  void clear() throws IOException {
    entries.clear();
  }

  /** Deletes the entries this build did not use. */
  void pruneUnused() throws IOException {
    entries.pruneUnused();
  }

  /**
   * Writes {@code g} deflated: its Thrift quads and N-Quads lines repeat the same IRIs over and
   * over (about 100 KB a graph, 350 MB at scale 100, as much as the store; a fast deflate makes it
   * several times smaller and costs a fraction of what it saves).
   */
  private static void write(EncodedGraph g, DataOutputStream out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (DataOutputStream d = new DataOutputStream(new DeflaterOutputStream(bytes, deflater))) {
      g.write(d);
    } finally {
      deflater.end();
    }
    out.writeInt(bytes.size());
    bytes.writeTo(out);
  }

  private static EncodedGraph read(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    try (DataInputStream d =
        new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(bytes)))) {
      return EncodedGraph.read(d);
    }
  }

  private static String key(String findingsKey, String dependencies) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(
          ("radkg graph cache 1\u0000" + findingsKey + "\u0000" + dependencies)
              .getBytes(StandardCharsets.UTF_8));
      return "g-" + HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
