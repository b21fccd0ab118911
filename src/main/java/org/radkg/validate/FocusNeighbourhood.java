package org.radkg.validate;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.Quad;
import org.radkg.vocab.Ontology;
import org.radkg.vocab.Rkg;

/**
 * The part of a dataset's union that the shapes read when they check some focus nodes: what the
 * nodes state, what is stated of the nodes they point to (their classes), the triples that make a
 * node a target of {@code sh:targetObjectsOf}, and the reification statements whose subject or
 * object is a focus node (the relation evidence constraint), with all those statements state.
 *
 * <p>The shapes follow no path longer than that, so each focus node gets the same report as on the
 * whole union ({@code ShaclValidatorTest} compares the two on every article graph of the seed),
 * while copying a few thousand triples instead of the whole union: at scale 100 the copy took 5-7 s
 * of a one-word edit's build.
 */
final class FocusNeighbourhood {
  private FocusNeighbourhood() {}

  /**
   * Copies into {@code out} the triples of the union of {@code quads} (read again for each of two
   * passes, in the caller's transaction if it needs one) that checking {@code focus} against {@code
   * shapes} reads, and every triple of the ontology's graph; whether {@code quads} have that graph
   * (without it the caller adds the jar's ontology).
   */
  static boolean copy(Iterable<Quad> quads, Collection<Node> focus, Graph shapes, Graph out) {
    Set<Node> back = new HashSet<>();
    shapes
        .find(Node.ANY, SHACL.targetObjectsOf, Node.ANY)
        .forEachRemaining(t -> back.add(t.getObject()));
    back.add(Rkg.subject);
    back.add(Rkg.object);
    Set<Node> stating = new HashSet<>(focus);
    Set<Node> pointedTo = new HashSet<>();
    Set<Node> pointing = new HashSet<>();
    // Two passes over the quads (a spilled graph is decoded on each): a lookup by node in each of
    // thousands of graphs costs more than reading them all (at scale 100, 17 s against under 1 s).
    boolean[] ontology = {false};
    quads.forEach(
        q -> {
          Triple t = q.asTriple();
          // The ontology's axioms are read by the shapes whatever the focus: the graph goes whole.
          if (Ontology.GRAPH.equals(q.getGraph())) {
            out.add(t);
            ontology[0] = true;
          }
          if (stating.contains(t.getSubject())) {
            out.add(t);
            if (!t.getObject().isLiteral()) {
              pointedTo.add(t.getObject());
            }
          }
          // What points back at the nodes: targets by the object of a predicate, and statements
          // whose subject or object is one of them (the evidence constraint looks for a statement
          // of $this ?path ?value, or of ?value ?path $this).
          if (back.contains(t.getPredicate()) && stating.contains(t.getObject())) {
            out.add(t);
            pointing.add(t.getSubject());
          }
        });
    // What the nodes point to states (their classes), and what the statements about them state.
    pass(
        quads,
        t -> {
          if (pointedTo.contains(t.getSubject()) || pointing.contains(t.getSubject())) {
            out.add(t);
          }
        });
    return ontology[0];
  }

  /** Hands every triple of {@code quads} to {@code each}. */
  private static void pass(Iterable<Quad> quads, Consumer<Triple> each) {
    quads.forEach(q -> each.accept(q.asTriple()));
  }
}
