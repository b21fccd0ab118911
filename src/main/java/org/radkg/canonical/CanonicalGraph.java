package org.radkg.canonical;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * One graph of a {@link CanonicalQuads}: its quads sorted by the code point order of their N-Quads
 * lines, duplicates collapsed, and the SHA-256 of those lines, which identifies the graph's content
 * between builds.
 *
 * <p>The lines themselves are not kept: they were the largest part of a build's heap (a String per
 * quad, 150 MB of the 432 MB live at scale 100), and each is made again from its quad when a dump
 * or the hash of the whole needs it ({@link #lines(Consumer)}). A graph {@link #spill spilled} to a
 * file keeps its quads there, decoded again on each iteration (see {@link SpilledQuads}).
 *
 * @param name the graph's name; {@link Quad#defaultGraphIRI} for the default graph
 * @param key the graph's N-Quads term ({@code <iri>} or {@code _:label}), or "" for the default
 *     graph
 * @param quads the quads in line order
 * @param sha256 SHA-256 (hex) of the lines, each terminated by "\n"
 */
public record CanonicalGraph(Node name, String key, List<Quad> quads, String sha256) {
  /** The default graph first (its key is empty), then named graphs by key in code point order. */
  public static final Comparator<CanonicalGraph> ORDER =
      Comparator.comparing(CanonicalGraph::key, CanonicalQuads.CODE_POINT_ORDER);

  public CanonicalGraph {
    quads = quads instanceof SpilledQuads ? quads : List.copyOf(quads);
  }

  /**
   * Canonicalizes the quads of one graph, whose blank nodes already carry their canonical labels.
   */
  public static CanonicalGraph of(Node name, List<Quad> quads) {
    boolean isDefault = Quad.isDefaultGraph(name);
    Map<String, Quad> byLine = new HashMap<>();
    Map<Node, String> terms = new HashMap<>();
    for (Quad q : quads) {
      byLine.put(CanonicalQuads.line(q, terms), q);
    }
    List<String> lines = new ArrayList<>(byLine.keySet());
    lines.sort(CanonicalQuads.CODE_POINT_ORDER);
    List<Quad> sorted = new ArrayList<>(lines.size());
    MessageDigest digest = CanonicalQuads.newSha256();
    for (String l : lines) {
      sorted.add(byLine.get(l));
      digest.update(l.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
    }
    return new CanonicalGraph(
        isDefault ? Quad.defaultGraphIRI : name,
        isDefault ? "" : CanonicalQuads.term(name),
        sorted,
        HexFormat.of().formatHex(digest.digest()));
  }

  /**
   * This graph with its lines in {@code file} instead of its quads on the heap; the default graph
   * stays as it is (read back, its quads could name the default graph otherwise).
   */
  CanonicalGraph spill(SpillFile file) {
    if (key.isEmpty() || quads instanceof SpilledQuads) {
      return this;
    }
    return new CanonicalGraph(name, key, SpilledQuads.write(file, quads, nquads()), sha256);
  }

  /**
   * The N-Quads lines, each terminated by "\n", in UTF-8: the graph's part of the N-Quads dump; a
   * spilled graph reads them back from its file (kept there beside its quads, so the hash of the
   * whole and the N-Quads dump need not decode and format every graph again).
   */
  public byte[] nquads() {
    if (quads instanceof SpilledQuads s) {
      return s.nquads();
    }
    StringBuilder sb = new StringBuilder();
    lines(line -> sb.append(line).append('\n'));
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The N-Quads lines (without newline) in code point order, made again from the quads. */
  public List<String> lines() {
    List<String> out = new ArrayList<>(quads.size());
    lines(out::add);
    return out;
  }

  /** Hands each N-Quads line (without newline), in code point order, to {@code sink}. */
  public void lines(Consumer<String> sink) {
    Map<Node, String> terms = new HashMap<>();
    for (Quad q : quads) {
      sink.accept(CanonicalQuads.line(q, terms));
    }
  }
}
