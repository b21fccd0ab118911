package org.radkg.store;

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
 * A dataset's quads in canonical form: blank nodes relabelled from their content, quads sorted by
 * the code point order of their N-Quads lines, and the SHA-256 of those lines, so that isomorphic
 * inputs give the same bytes.
 *
 * <p>Blank node labels come from colour refinement (the hash of a node's quads, with neighbours'
 * hashes folded in for a few rounds). That is exact for radkg's graphs, whose blank nodes are
 * reification statements pointing at IRIs and literals; nodes still tied after refinement are
 * interchangeable there, so either labelling prints the same lines.
 */
public final class CanonicalQuads {
  /** Code point order; String.compareTo orders UTF-16 units, which differs above U+FFFF. */
  public static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  };

  private static final int MAX_ROUNDS = 8;

  private final List<Quad> quads;
  private final List<String> lines;
  private final String sha256;

  private CanonicalQuads(List<Quad> quads, List<String> lines, String sha256) {
    this.quads = quads;
    this.lines = lines;
    this.sha256 = sha256;
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
    Map<Node, Node> labels = canonicalLabels(raw);
    Map<String, Quad> byLine = new HashMap<>();
    for (Quad q : raw) {
      Quad c = relabel(q, labels);
      byLine.put(line(c), c);
    }
    List<String> lines = new ArrayList<>(byLine.keySet());
    lines.sort(CODE_POINT_ORDER);
    List<Quad> quads = new ArrayList<>(lines.size());
    MessageDigest digest = newSha256();
    for (String l : lines) {
      quads.add(byLine.get(l));
      digest.update(l.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
    }
    return new CanonicalQuads(List.copyOf(quads), List.copyOf(lines),
        HexFormat.of().formatHex(digest.digest()));
  }

  /** The quads in line order, blank nodes carrying their canonical labels. */
  public List<Quad> quads() { return quads; }

  /** The N-Quads lines (without newline) in code point order. */
  public List<String> lines() { return lines; }

  /** SHA-256 (hex) of the lines joined and terminated by "\n": the hash of the N-Quads dump. */
  public String sha256() { return sha256; }

  /** One N-Quads line, without the newline; the default graph has no graph term. */
  public static String line(Quad q) {
    StringBuilder sb = new StringBuilder();
    sb.append(term(q.getSubject())).append(' ').append(term(q.getPredicate())).append(' ')
        .append(term(q.getObject()));
    if (!q.isDefaultGraph()) {
      sb.append(' ').append(term(q.getGraph()));
    }
    return sb.append(" .").toString();
  }

  static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  private static String term(Node n) {
    // Jena would encode blank labels; the canonical ones are already safe N-Quads labels.
    return n.isBlank() ? "_:" + n.getBlankNodeLabel() : NodeFmtLib.strNT(n);
  }

  private static Quad relabel(Quad q, Map<Node, Node> labels) {
    if (labels.isEmpty()) {
      return q;
    }
    return Quad.create(labels.getOrDefault(q.getGraph(), q.getGraph()),
        labels.getOrDefault(q.getSubject(), q.getSubject()), q.getPredicate(),
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
      parts.add(colourTerm(q.getSubject(), self, colour) + ' ' + term(q.getPredicate()) + ' '
          + colourTerm(q.getObject(), self, colour) + ' '
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
}
