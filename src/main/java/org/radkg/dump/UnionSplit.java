package org.radkg.dump;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.radkg.canonical.CanonicalGraph;
import org.radkg.canonical.CanonicalQuads;

/**
 * The union graph of a {@link CanonicalQuads} cut into disjoint parts, for the dump formats without
 * named graphs: each graph's <em>own</em> triples (those whose subject is the subject of no triple
 * in another graph: an article, its statements) and the <em>shared</em> triples (subjects described
 * in several graphs: entities' labels and types), each triple once. Own triples stay grouped by
 * subject in their graph's line order; shared triples are sorted by their N-Triples line. Every
 * subject's triples fall in exactly one part, so writers that group by subject can write the parts
 * one after another.
 */
final class UnionSplit {
  private final List<CanonicalGraph> graphs;
  private final Map<Node, Integer> owner;
  private final boolean[] hasOwn;
  private final List<String> keys;
  private final List<Triple> shared;

  private UnionSplit(
      List<CanonicalGraph> graphs,
      Map<Node, Integer> owner,
      boolean[] hasOwn,
      List<String> keys,
      List<Triple> shared) {
    this.graphs = graphs;
    this.owner = owner;
    this.hasOwn = hasOwn;
    this.keys = keys;
    this.shared = shared;
  }

  static UnionSplit of(CanonicalQuads canon) {
    List<CanonicalGraph> graphs = canon.graphs();
    Map<Node, Integer> owner = new HashMap<>();
    for (int i = 0; i < graphs.size(); i++) {
      for (Quad q : graphs.get(i).quads()) {
        owner.merge(q.getSubject(), i, (a, b) -> a.equals(b) ? a : -1);
      }
    }
    boolean[] hasOwn = new boolean[graphs.size()];
    List<String> keys = new ArrayList<>(graphs.size());
    Set<Triple> shared = new HashSet<>();
    for (int i = 0; i < graphs.size(); i++) {
      CanonicalGraph g = graphs.get(i);
      // The part depends on the graph and on which of its subjects other graphs also describe.
      MessageDigest key = CanonicalQuads.newSha256();
      key.update(g.sha256().getBytes(StandardCharsets.UTF_8));
      Node last = null;
      for (Quad q : g.quads()) {
        if (owner.get(q.getSubject()) == i) {
          hasOwn[i] = true;
        } else {
          shared.add(q.asTriple());
          if (!q.getSubject().equals(last)) {
            key.update((byte) '\n');
            key.update(CanonicalQuads.term(q.getSubject()).getBytes(StandardCharsets.UTF_8));
            last = q.getSubject();
          }
        }
      }
      keys.add(HexFormat.of().formatHex(key.digest()));
    }
    TreeMap<String, Triple> sorted = new TreeMap<>(CanonicalQuads.CODE_POINT_ORDER);
    for (Triple t : shared) {
      sorted.put(CanonicalQuads.line(Quad.create(Quad.defaultGraphIRI, t)), t);
    }
    return new UnionSplit(graphs, owner, hasOwn, keys, List.copyOf(sorted.values()));
  }

  /** The graphs, in the order of {@link CanonicalQuads#graphs()}. */
  List<CanonicalGraph> graphs() {
    return graphs;
  }

  /**
   * The own triples of graph {@code i}, grouped by subject (possibly none); read from the graph on
   * each call rather than kept, so the split holds no copy of the union's triples.
   */
  List<Triple> own(int i) {
    List<Triple> mine = new ArrayList<>();
    for (Quad q : graphs.get(i).quads()) {
      if (owner.get(q.getSubject()) == i) {
        mine.add(q.asTriple());
      }
    }
    return mine;
  }

  /** True when graph {@code i} has own triples. */
  boolean hasOwn(int i) {
    return hasOwn[i];
  }

  /** A key (hex SHA-256) that changes whenever {@link #own(int)} of graph {@code i} may change. */
  String key(int i) {
    return keys.get(i);
  }

  /** The triples of subjects described in several graphs, each once, sorted by N-Triples line. */
  List<Triple> shared() {
    return shared;
  }
}
