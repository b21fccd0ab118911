package org.radkg.canonical;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * A dataset's quads in canonical form: blank nodes relabelled from their content, quads grouped by
 * graph ({@link #graphs()}: the default graph first, then named graphs in the code point order of
 * their N-Quads terms) and sorted within each graph by the code point order of their N-Quads lines,
 * with the SHA-256 of those lines, so that isomorphic inputs give the same bytes.
 *
 * <p>Grouping by graph lets a build compare, load and dump one article's graph at a time: a graph
 * whose {@link CanonicalGraph#sha256()} is unchanged needs no work.
 *
 * <p>Blank node labels come from colour refinement (the hash of a node's quads, with neighbours'
 * hashes folded in for a few rounds). That is exact for radkg's graphs, whose blank nodes are
 * reification statements pointing at IRIs and literals; nodes still tied after refinement are
 * interchangeable there, so either labelling prints the same lines.
 */
public final class CanonicalQuads {
  /** Code point order; String.compareTo orders UTF-16 units, which differs above U+FFFF. */
  public static final Comparator<String> CODE_POINT_ORDER = CanonicalQuads::compareCodePoints;

  private static final int MAX_ROUNDS = 8;

  private final List<CanonicalGraph> graphs;
  private final List<Quad> quads;
  private final String sha256;

  private CanonicalQuads(List<CanonicalGraph> graphs) {
    this.graphs = List.copyOf(graphs);
    this.quads = new ConcatenatedQuads(this.graphs.stream().map(CanonicalGraph::quads).toList());
    MessageDigest digest = newSha256();
    for (CanonicalGraph g : graphs) {
      digest.update(g.nquads()); // made again or read back: see CanonicalGraph
    }
    this.sha256 = HexFormat.of().formatHex(digest.digest());
  }

  /** Reads every quad of {@code source} (inside a read transaction when it supports them). */
  public static CanonicalQuads of(DatasetGraph source) {
    List<Quad> raw = new ArrayList<>();
    Runnable read = () -> source.find().forEachRemaining(raw::add);
    if (source.supportsTransactions() && !source.isInTransaction()) {
      Txn.executeRead(source, read);
    } else {
      read.run();
    }
    return of(raw);
  }

  /** Canonicalizes the given quads; duplicates collapse, as in a dataset. */
  public static CanonicalQuads of(List<Quad> raw) {
    return new CanonicalQuads(graphsOf(raw));
  }

  /** The canonical graphs of {@code raw}, in {@link CanonicalGraph#ORDER}. */
  static List<CanonicalGraph> graphsOf(List<Quad> raw) {
    Map<Node, Node> labels = canonicalLabels(raw);
    Map<Node, List<Quad>> byGraph = new HashMap<>();
    for (Quad q : raw) {
      Quad c = relabel(q, labels);
      Node g = c.isDefaultGraph() ? Quad.defaultGraphIRI : c.getGraph();
      byGraph.computeIfAbsent(g, k -> new ArrayList<>()).add(c);
    }
    // Graphs are independent once blank nodes carry canonical labels: format and sort them in
    // parallel.
    return byGraph.entrySet().parallelStream()
        .map(e -> CanonicalGraph.of(e.getKey(), e.getValue()))
        .sorted(CanonicalGraph.ORDER)
        .toList();
  }

  /**
   * Joins graphs canonicalized apart (e.g. some kept from an earlier build); a graph named twice is
   * refused.
   */
  public static CanonicalQuads ofGraphs(List<CanonicalGraph> graphs) {
    List<CanonicalGraph> sorted = new ArrayList<>(graphs);
    sorted.sort(CanonicalGraph.ORDER);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).key().equals(sorted.get(i).key())) {
        throw new IllegalArgumentException("graph " + sorted.get(i).key() + " given twice");
      }
    }
    return new CanonicalQuads(sorted);
  }

  /** The graphs, default graph first, then named graphs in the code point order of their terms. */
  public List<CanonicalGraph> graphs() {
    return graphs;
  }

  /**
   * The quads graph by graph, each graph's in line order, blank nodes carrying their canonical
   * labels; a view of the graphs' quads (iterate it: a spilled graph parses its quads on each
   * access).
   */
  public List<Quad> quads() {
    return quads;
  }

  /**
   * The N-Quads lines (without newline) graph by graph, each graph's in code point order, made
   * again from the quads on each call.
   */
  public List<String> lines() {
    List<String> out = new ArrayList<>(quads.size());
    graphs.forEach(g -> g.lines(out::add));
    return out;
  }

  /** SHA-256 (hex) of the lines joined and terminated by "\n": the hash of the N-Quads dump. */
  public String sha256() {
    return sha256;
  }

  /** One N-Quads line, without the newline; the default graph has no graph term. */
  public static String line(Quad q) {
    return line(q, null);
  }

  /**
   * As {@link #line(Quad)}, remembering in {@code terms} (when given) the text of each term it
   * formats.
   */
  static String line(Quad q, Map<Node, String> terms) {
    StringBuilder sb = new StringBuilder();
    sb.append(term(q.getSubject(), terms))
        .append(' ')
        .append(term(q.getPredicate(), terms))
        .append(' ')
        .append(term(q.getObject(), terms));
    if (!q.isDefaultGraph()) {
      sb.append(' ').append(term(q.getGraph(), terms));
    }
    return sb.append(" .").toString();
  }

  private static String term(Node n, Map<Node, String> terms) {
    // Within a graph the graph name, the predicates and the article's subjects recur on most lines.
    return terms == null ? term(n) : terms.computeIfAbsent(n, CanonicalQuads::term);
  }

  public static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  public static String term(Node n) {
    // Jena would encode blank labels; the canonical ones are already safe N-Quads labels.
    return n.isBlank() ? "_:" + n.getBlankNodeLabel() : NodeFmtLib.strNT(n);
  }

  private static Quad relabel(Quad q, Map<Node, Node> labels) {
    if (labels.isEmpty()) {
      return q;
    }
    return Quad.create(
        labels.getOrDefault(q.getGraph(), q.getGraph()),
        labels.getOrDefault(q.getSubject(), q.getSubject()),
        q.getPredicate(),
        labels.getOrDefault(q.getObject(), q.getObject()));
  }

  private static Map<Node, Node> canonicalLabels(List<Quad> raw) {
    Map<Node, List<Quad>> around = new LinkedHashMap<>();
    for (Quad q : raw) {
      for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getObject()}) {
        if (n.isBlank()) {
          List<Quad> list = around.computeIfAbsent(n, k -> new ArrayList<>());
          if (list.isEmpty() || list.get(list.size() - 1) != q) {
            list.add(q);
          }
        }
      }
    }
    if (around.isEmpty()) {
      return Map.of();
    }
    Map<Node, String> colour = new HashMap<>();
    for (Node b : around.keySet()) {
      colour.put(b, "");
    }
    long distinct = 1;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Map<Node, String> next = new HashMap<>();
      for (Map.Entry<Node, List<Quad>> e : around.entrySet()) {
        next.put(e.getKey(), hashAround(e.getKey(), e.getValue(), colour));
      }
      long now = next.values().stream().distinct().count();
      colour = next;
      if (now == distinct && round > 0) {
        break; // refinement is stable: more rounds cannot split any class
      }
      distinct = now;
    }
    Map<Node, Node> labels = new HashMap<>();
    Map<String, Integer> used = new HashMap<>();
    for (Node b : around.keySet()) {
      String base = "b" + colour.get(b).substring(0, 16);
      int n = used.merge(base, 1, Integer::sum);
      labels.put(b, NodeFactory.createBlankNode(n == 1 ? base : base + "x" + n));
    }
    return labels;
  }

  private static String hashAround(Node self, List<Quad> quads, Map<Node, String> colour) {
    List<String> parts = new ArrayList<>(quads.size());
    for (Quad q : quads) {
      parts.add(
          colourTerm(q.getSubject(), self, colour)
              + ' '
              + term(q.getPredicate())
              + ' '
              + colourTerm(q.getObject(), self, colour)
              + ' '
              + (q.isDefaultGraph() ? "" : colourTerm(q.getGraph(), self, colour)));
    }
    parts.sort(CODE_POINT_ORDER);
    MessageDigest d = newSha256();
    d.update(colour.get(self).getBytes(StandardCharsets.UTF_8));
    for (String p : parts) {
      d.update((byte) '\n');
      d.update(p.getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(d.digest());
  }

  private static String colourTerm(Node n, Node self, Map<Node, String> colour) {
    if (!n.isBlank()) {
      return term(n);
    }
    return n.equals(self) ? "_:self" : "_:" + colour.get(n);
  }

  /**
   * Code point order; String.compareTo orders UTF-16 units, which differs only where a surrogate
   * (U+D800..U+DFFF) meets a unit in U+E000..U+FFFF, so that case alone is adjusted.
   */
  private static int compareCodePoints(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char ca = a.charAt(i);
      char cb = b.charAt(i);
      if (ca != cb) {
        if (ca >= Character.MIN_SURROGATE && cb >= Character.MIN_SURROGATE) {
          return Integer.compare(fixup(ca), fixup(cb));
        }
        return ca - cb;
      }
    }
    return a.length() - b.length();
  }

  /** Moves surrogates above U+E000..U+FFFF, where the code points they encode sort. */
  private static int fixup(char c) {
    return Character.isSurrogate(c) ? c + 0x2000 : c;
  }
}
