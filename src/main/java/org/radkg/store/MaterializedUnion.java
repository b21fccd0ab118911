package org.radkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.TDB2;
import org.radkg.canonical.CanonicalGraph;
import org.radkg.canonical.CanonicalQuads;

/**
 * A store generation whose real default graph (TDB2's triple table) holds the union of its named
 * graphs, each triple once, written by the build: queries then read the default graph by plain
 * triple-index lookups instead of TDB2's union default graph, which reads every named graph's copy
 * of a triple and removes the duplicates. The answers are the same by construction.
 *
 * <p>A generation says so by the file {@link #FILE}; one without it (built before, or from a
 * dataset that has a default graph of its own) is served with TDB2's union default graph as before.
 * {@link StoreBuilder#open} sets the dataset's context accordingly: {@link
 * TDB2#symUnionDefaultGraph} off and {@link #SYMBOL} on for a materialized generation.
 *
 * <p>The default graph is never part of the data: dumps are written from the canonical quads, the
 * index of graphs and the build record count the named graphs' quads only.
 */
public final class MaterializedUnion {
  /** The marker file in a generation whose default graph is the materialized union. */
  static final String FILE = "default-graph-is-union";

  /** Set (true) in the context of a dataset opened on a materialized generation. */
  public static final Symbol SYMBOL =
      Symbol.create("https://w3id.org/radkg/ontology#materializedUnionDefaultGraph");

  private static final String TEXT =
      "The default graph of this TDB2 generation is the union of its named graphs (radkg).\n";

  private MaterializedUnion() {}

  /** True when the canonical data can be written with a materialized union: no default graph. */
  static boolean applies(CanonicalQuads canon) {
    return canon.graphs().stream().allMatch(g -> !g.key().isEmpty());
  }

  /** True when {@code generation}'s default graph is the materialized union. */
  static boolean in(Path generation) {
    return Files.isRegularFile(generation.resolve(FILE));
  }

  static void mark(Path generation) throws IOException {
    Files.writeString(generation.resolve(FILE), TEXT, StandardCharsets.US_ASCII);
  }

  /**
   * Triples a bulk load remembers to drop their repeats: about 40 MB of the heap whatever the
   * corpus, enough for the triples many graphs repeat (at scale 100 a set of every distinct triple
   * held 290,097, and grew with the corpus).
   */
  static final int RECENT_TRIPLES = 1 << 17;

  /**
   * Hands {@code sink} every triple of the named graphs, the repeats left out as far as a bounded
   * memory of the recent ones sees them: TDB2's indexes keep a triple once however often it is
   * loaded, so the default graph comes out the distinct union either way, and the heap does not
   * grow with the corpus.
   */
  static void triples(CanonicalQuads canon, Consumer<Triple> sink) {
    triples(canon, RECENT_TRIPLES, sink);
  }

  /** As {@link #triples(CanonicalQuads, Consumer)}, remembering {@code recent} triples. */
  static void triples(CanonicalQuads canon, int remembered, Consumer<Triple> sink) {
    RecentTriples recent = new RecentTriples(remembered);
    for (CanonicalGraph g : canon.graphs()) {
      if (!g.key().isEmpty()) {
        for (Quad q : g.quads()) {
          Triple t = q.asTriple();
          if (recent.isNew(t)) {
            sink.accept(t);
          }
        }
      }
    }
  }

  /** Sets the context of a dataset opened on {@code generation} to read it as it was written. */
  static void configure(Dataset dataset, Path generation) {
    boolean materialized = in(generation);
    Context cxt = dataset.getContext();
    cxt.set(TDB2.symUnionDefaultGraph, !materialized);
    cxt.set(SYMBOL, materialized);
  }

  /** True when {@code dataset} was opened on a generation with a materialized union. */
  public static boolean isOn(DatasetGraph dataset) {
    return dataset.getContext() != null && dataset.getContext().isTrue(SYMBOL);
  }

  /**
   * The graph to read as the union of the named graphs: the materialized default graph when there
   * is one, else the union view.
   */
  public static Graph unionOf(DatasetGraph dataset) {
    return isOn(dataset) ? dataset.getDefaultGraph() : dataset.getUnionGraph();
  }

  /**
   * Keeps the default graph the union of the named graphs across an update that drops graphs and
   * adds others, inside the caller's write transaction. {@code before} holds the triples of the
   * dropped graphs, read before they were deleted; each one is removed from the default graph
   * unless a remaining named graph still states it. Returns what the union lost and gained.
   */
  static UnionChange update(DatasetGraph dsg, List<Triple> before, List<CanonicalGraph> added) {
    Graph def = dsg.getDefaultGraph();
    Graph union = dsg.getUnionGraph();
    Set<Triple> removed = new LinkedHashSet<>();
    for (Triple t : before) {
      if (!union.contains(t) && def.contains(t)) {
        def.delete(t);
        removed.add(t);
      }
    }
    Set<Triple> joined = new LinkedHashSet<>();
    for (CanonicalGraph g : added) {
      for (Quad q : g.quads()) {
        Triple t = q.asTriple();
        if (!def.contains(t)) {
          def.add(t);
          // A triple of a dropped graph that an added one states again never left the union.
          if (!removed.remove(t)) {
            joined.add(t);
          }
        }
      }
    }
    return new UnionChange(List.copyOf(removed), List.copyOf(joined));
  }

  /** The triples of the named graph {@code graph} in {@code dsg}. */
  static List<Triple> triplesOf(DatasetGraph dsg, Node graph) {
    List<Triple> out = new ArrayList<>();
    dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
    return out;
  }

  /**
   * The data of a store: its named graphs, without the materialized copy in the default graph and
   * without the {@link SummaryGraph} derived from them (the dataset itself when it has neither). A
   * read-only view for code that reads a store's quads wholesale, as the dumps are written: the
   * default graph appears empty.
   */
  public static DatasetGraph dataOf(DatasetGraph store) {
    if (!isOn(store)) {
      return store;
    }
    return new DatasetGraphWrapper(store) {
      @Override
      public Graph getDefaultGraph() {
        return org.apache.jena.sparql.graph.GraphZero.instance();
      }

      @Override
      public java.util.Iterator<Quad> find() {
        return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
      }

      @Override
      public java.util.Iterator<Node> listGraphNodes() {
        return org.apache.jena.atlas.iterator.Iter.filter(
            store.listGraphNodes(), g -> !SummaryGraph.GRAPH.equals(g));
      }

      @Override
      public Graph getGraph(Node graphNode) {
        return SummaryGraph.GRAPH.equals(graphNode)
            ? org.apache.jena.sparql.graph.GraphZero.instance()
            : store.getGraph(graphNode);
      }

      @Override
      public boolean containsGraph(Node graphNode) {
        return !SummaryGraph.GRAPH.equals(graphNode) && store.containsGraph(graphNode);
      }

      @Override
      public java.util.Iterator<Quad> find(Quad q) {
        return find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
      }

      @Override
      public java.util.Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g == null || g == Node.ANY) {
          return org.apache.jena.atlas.iterator.Iter.filter(
              store.findNG(Node.ANY, s, p, o), q -> !SummaryGraph.GRAPH.equals(q.getGraph()));
        }
        if (Quad.isDefaultGraph(g) || SummaryGraph.GRAPH.equals(g)) {
          return java.util.Collections.emptyIterator();
        }
        return store.find(g, s, p, o);
      }

      @Override
      public java.util.Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return Quad.isDefaultGraph(g)
            ? java.util.Collections.emptyIterator()
            : find(g == null ? Node.ANY : g, s, p, o);
      }

      @Override
      public boolean contains(Node g, Node s, Node p, Node o) {
        return find(g, s, p, o).hasNext();
      }
    };
  }
}
