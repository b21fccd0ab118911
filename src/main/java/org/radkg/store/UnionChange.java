package org.radkg.store;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/**
 * What a generation updated in place changed since the generation it was copied from: the triples
 * no named graph states any more and those no named graph stated before (in the union), and the
 * quads of the named graphs it dropped or rewrote, before and after. A part prepared from the
 * previous generation that reads none of the union's change, and reads the changed graphs alike
 * before and after, is still exact.
 *
 * @param removed triples that left the union
 * @param added triples that joined it
 * @param graphsBefore the quads of every named graph dropped or rewritten, as they were
 * @param graphsAfter the quads of every named graph rewritten or new, as they are now
 */
public record UnionChange(
    List<Triple> removed, List<Triple> added, List<Quad> graphsBefore, List<Quad> graphsAfter) {
  public UnionChange {
    removed = List.copyOf(removed);
    added = List.copyOf(added);
    graphsBefore = List.copyOf(graphsBefore);
    graphsAfter = List.copyOf(graphsAfter);
  }

  /** The change of the union alone, the changed graphs' quads unknown (empty). */
  UnionChange(List<Triple> removed, List<Triple> added) {
    this(removed, added, List.of(), List.of());
  }

  /** This change of the union, with the changed graphs' quads before and after. */
  UnionChange withGraphs(List<Quad> before, List<Quad> after) {
    return new UnionChange(removed, added, before, after);
  }

  /** True when a triple that left or joined the union is one that {@code reads} reads. */
  public boolean touches(Predicate<Triple> reads) {
    return removed.stream().anyMatch(reads) || added.stream().anyMatch(reads);
  }

  /**
   * True when the changed graphs give the same set of what {@code read} reads of each quad (null
   * for a quad it does not read) before and after: a reader that joins inside a named graph only
   * what this keeps, and no more of it, reads the same rows from the new generation.
   */
  public boolean graphsReadAlike(Function<Quad, Object> read) {
    return readOf(graphsBefore, read).equals(readOf(graphsAfter, read));
  }

  private static Set<Object> readOf(List<Quad> quads, Function<Quad, Object> read) {
    Set<Object> out = new HashSet<>();
    quads.stream().map(read).filter(Objects::nonNull).forEach(out::add);
    return out;
  }
}
