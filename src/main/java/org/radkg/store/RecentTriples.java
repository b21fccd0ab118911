package org.radkg.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Triple;

/**
 * A filter that lets a triple through unless it is among the {@code capacity} distinct triples met
 * most recently: a bounded stand-in for a set of every triple, for a writer whose target ignores a
 * triple it already holds (a TDB2 index), so that a repeat it misses costs time, never a wrong
 * result.
 */
final class RecentTriples {
  private final Map<Triple, Boolean> recent;

  RecentTriples(int capacity) {
    // Access order: a triple met again stays, so the triples many graphs repeat (an entity's label
    // and type, written into every graph that names it) are caught however far apart they are.
    this.recent =
        new LinkedHashMap<>(capacity * 2, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Triple, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** True when {@code t} is not among the recent triples (and is one of them from now on). */
  boolean isNew(Triple t) {
    return recent.put(t, Boolean.TRUE) == null;
  }
}
