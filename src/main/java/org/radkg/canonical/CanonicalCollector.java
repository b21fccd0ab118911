package org.radkg.canonical;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.sparql.core.Quad;

/**
 * Canonical graphs gathered one group of quads at a time (an article's graph, a source document's,
 * the ontology's), from any number of threads, so that a build holds neither the raw quads of the
 * whole dataset nor an in-memory dataset of them: each group is canonicalized as it comes and only
 * its canonical quads are kept.
 *
 * <p>Past a number of quads kept on the heap, each graph is {@link CanonicalGraph#spill spilled} to
 * a {@link SpillFile} as it comes, so the heap holds only its name, hash and place in the file: the
 * memory a build needs then no longer grows with the corpus's quads.
 *
 * <p>{@link #result()} equals {@link CanonicalQuads#of(List)} of every group's quads together,
 * because a blank node's canonical label depends only on the quads around it, which are all in its
 * group (radkg's blank nodes are an article's statements). A graph that two groups write is
 * canonicalized again from both groups' quads.
 */
public final class CanonicalCollector {
  private final ConcurrentMap<String, CanonicalGraph> graphs = new ConcurrentHashMap<>();
  private final SpillFile spill;
  private final long keptQuads;
  private final AtomicLong kept = new AtomicLong();

  /** A collector that keeps every graph on the heap. */
  public CanonicalCollector() {
    this(null, Long.MAX_VALUE);
  }

  /**
   * A collector that keeps the first graphs on the heap up to {@code keptQuads} quads, and writes
   * every later graph to {@code spill} (which must stay open while the result is read).
   */
  public CanonicalCollector(SpillFile spill, long keptQuads) {
    this.spill = spill;
    this.keptQuads = keptQuads;
  }

  /**
   * Canonicalizes {@code raw} (whose blank nodes occur in no other group) and keeps its graphs;
   * returns them as kept (before any merge with another group's graph of the same name).
   */
  public List<CanonicalGraph> add(List<Quad> raw) {
    List<CanonicalGraph> added = new ArrayList<>();
    for (CanonicalGraph g : CanonicalQuads.graphsOf(raw)) {
      CanonicalGraph k = kept(g);
      added.add(k);
      keep(k);
    }
    return added;
  }

  /**
   * Keeps a graph canonicalized earlier (e.g. by the last build): spilled as its bytes are, or
   * decoded onto the heap below the threshold.
   */
  public void add(EncodedGraph g) {
    if (spill != null && kept.addAndGet(g.size()) > keptQuads) {
      keep(g.spill(spill));
    } else {
      keep(g.decode());
    }
  }

  private void keep(CanonicalGraph g) {
    graphs.merge(g.key(), g, (a, b) -> kept(merged(a, b)));
  }

  /** Every graph added so far, in canonical order, with the hash of the whole. */
  public CanonicalQuads result() {
    return CanonicalQuads.ofGraphs(new ArrayList<>(graphs.values()));
  }

  private CanonicalGraph kept(CanonicalGraph g) {
    if (spill != null && kept.addAndGet(g.quads().size()) > keptQuads) {
      return g.spill(spill);
    }
    return g;
  }

  private static CanonicalGraph merged(CanonicalGraph a, CanonicalGraph b) {
    List<Quad> both = new ArrayList<>(a.quads().size() + b.quads().size());
    both.addAll(a.quads());
    both.addAll(b.quads());
    return CanonicalQuads.graphsOf(both).get(0);
  }
}
