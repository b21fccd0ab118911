package org.radkg.store;

import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.graph.Triple;

/**
 * What a generation updated in place changed in the union of its named graphs since the generation
 * it was copied from: the triples no named graph states any more, and those no named graph stated
 * before. A part prepared from the previous generation that reads none of them is still exact.
 *
 * @param removed triples that left the union
 * @param added triples that joined it
 */
public record UnionChange(List<Triple> removed, List<Triple> added) {
  public UnionChange {
    removed = List.copyOf(removed);
    added = List.copyOf(added);
  }

  /** True when a triple that left or joined the union is one that {@code reads} reads. */
  public boolean touches(Predicate<Triple> reads) {
    return removed.stream().anyMatch(reads) || added.stream().anyMatch(reads);
  }
}
