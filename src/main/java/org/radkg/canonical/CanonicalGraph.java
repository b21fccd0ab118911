package org.radkg.canonical;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * One graph of a {@link CanonicalQuads}: its quads sorted by the code point order of their N-Quads
 * lines, duplicates collapsed, and the SHA-256 of those lines, which identifies the graph's content
 * between builds.
 *
 * @param name the graph's name; {@link Quad#defaultGraphIRI} for the default graph
 * @param key the graph's N-Quads term ({@code <iri>} or {@code _:label}), or "" for the default
 *     graph
 * @param quads the quads in line order
 * @param lines the N-Quads lines (without newline) in code point order
 * @param sha256 SHA-256 (hex) of the lines, each terminated by "\n"
 */
public record CanonicalGraph(
    Node name, String key, List<Quad> quads, List<String> lines, String sha256) {
  /** The default graph first (its key is empty), then named graphs by key in code point order. */
  public static final Comparator<CanonicalGraph> ORDER =
      Comparator.comparing(CanonicalGraph::key, CanonicalQuads.CODE_POINT_ORDER);

  public CanonicalGraph {
    quads = List.copyOf(quads);
    lines = List.copyOf(lines);
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
        lines,
        HexFormat.of().formatHex(digest.digest()));
  }
}
