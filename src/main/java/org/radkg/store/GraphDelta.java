package org.radkg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.radkg.canonical.CanonicalGraph;
import org.radkg.canonical.CanonicalQuads;

/**
 * What turns a served generation into the new dataset graph by graph: the graphs to drop (removed
 * or changed) and the graphs to add (changed or new), compared by {@link CanonicalGraph#sha256()}.
 *
 * @param dropped keys of the served graphs to delete
 * @param added the new graphs' content to write
 * @param quadsTouched quads deleted plus quads added
 */
record GraphDelta(List<String> dropped, List<CanonicalGraph> added, long quadsTouched) {
  /**
   * Above this share of the new dataset's quads, a full bulk load into an empty generation is
   * cheaper than copying the served one and updating it in a journaled transaction: the bulk loader
   * writes about 3 times faster per quad than a transaction, and copying costs about the same as
   * loading a tenth of the data.
   */
  static final double MAX_SHARE = 0.25;

  static GraphDelta between(Map<String, GraphIndex.Entry> served, CanonicalQuads next) {
    List<String> dropped = new ArrayList<>();
    List<CanonicalGraph> added = new ArrayList<>();
    Set<String> present = new HashSet<>();
    long touched = 0;
    for (CanonicalGraph g : next.graphs()) {
      present.add(g.key());
      GraphIndex.Entry old = served.get(g.key());
      if (old != null && old.sha256().equals(g.sha256())) {
        continue;
      }
      if (old != null) {
        dropped.add(g.key());
        touched += old.quads();
      }
      added.add(g);
      touched += g.quads().size();
    }
    for (Map.Entry<String, GraphIndex.Entry> e : served.entrySet()) {
      if (!present.contains(e.getKey())) {
        dropped.add(e.getKey());
        touched += e.getValue().quads();
      }
    }
    return new GraphDelta(dropped, added, touched);
  }

  /** True when updating a copy is expected to beat a full load of {@code total} quads. */
  boolean small(long total) {
    return quadsTouched <= MAX_SHARE * Math.max(total, 1);
  }
}
