package org.radkg.vocab;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The triples an ontology promises from a stated one, read from the ontology's own axioms: every
 * super-property ({@code rdfs:subPropertyOf}, transitively, and {@code owl:equivalentProperty} both
 * ways), every inverse ({@code owl:inverseOf} either way round) and the reverse of a triple of an
 * {@code owl:SymmetricProperty}, in any combination. Class axioms are not applied: the graph writes
 * every type of an entity itself.
 */
public final class Entailment {
  private static final Node SUB_PROPERTY_OF = iri(Rkg.RDFS + "subPropertyOf");
  private static final Node EQUIVALENT_PROPERTY = iri(Rkg.OWL + "equivalentProperty");
  private static final Node INVERSE_OF = iri(Rkg.OWL + "inverseOf");
  private static final Node SYMMETRIC = iri(Rkg.OWL + "SymmetricProperty");

  private static volatile Entailment classpath;

  /** One triple a stated triple of some property entails: this predicate, possibly reversed. */
  private record Derived(Node predicate, boolean reversed) {}

  private final Map<Node, List<Derived>> rules;
  private final Set<Node> derivedPredicates = new LinkedHashSet<>();

  private Entailment(Map<Node, List<Derived>> rules) {
    this.rules = rules;
    rules.values().forEach(ds -> ds.forEach(d -> derivedPredicates.add(d.predicate())));
  }

  /** The entailments of the ontology the jar carries ({@link Ontology#RESOURCE}), read once. */
  public static Entailment fromClasspath() {
    Entailment e = classpath;
    if (e == null) {
      e = of(Ontology.graph());
      classpath = e;
    }
    return e;
  }

  /** The entailments the axioms of {@code ontology} state. */
  public static Entailment of(Graph ontology) {
    Map<Node, Set<Node>> supers = new LinkedHashMap<>();
    Map<Node, Set<Node>> inverses = new LinkedHashMap<>();
    Set<Node> properties = new LinkedHashSet<>();
    ontology
        .find(Node.ANY, SUB_PROPERTY_OF, Node.ANY)
        .forEach(t -> link(supers, t.getSubject(), t.getObject(), properties));
    ontology
        .find(Node.ANY, EQUIVALENT_PROPERTY, Node.ANY)
        .forEach(
            t -> {
              link(supers, t.getSubject(), t.getObject(), properties);
              link(supers, t.getObject(), t.getSubject(), properties);
            });
    ontology
        .find(Node.ANY, INVERSE_OF, Node.ANY)
        .forEach(
            t -> {
              link(inverses, t.getSubject(), t.getObject(), properties);
              link(inverses, t.getObject(), t.getSubject(), properties);
            });
    Set<Node> symmetric = new LinkedHashSet<>();
    ontology
        .find(Node.ANY, Rkg.type, SYMMETRIC)
        .forEach(
            t -> {
              if (t.getSubject().isURI()) {
                symmetric.add(t.getSubject());
                properties.add(t.getSubject());
              }
            });
    Map<Node, List<Derived>> rules = new LinkedHashMap<>();
    for (Node p : properties) {
      Derived start = new Derived(p, false);
      Set<Derived> reached = new LinkedHashSet<>();
      Deque<Derived> todo = new ArrayDeque<>(List.of(start));
      while (!todo.isEmpty()) {
        Derived d = todo.pop();
        List<Derived> next = new ArrayList<>();
        supers
            .getOrDefault(d.predicate(), Set.of())
            .forEach(s -> next.add(new Derived(s, d.reversed())));
        inverses
            .getOrDefault(d.predicate(), Set.of())
            .forEach(i -> next.add(new Derived(i, !d.reversed())));
        if (symmetric.contains(d.predicate())) {
          next.add(new Derived(d.predicate(), !d.reversed()));
        }
        for (Derived n : next) {
          if (!n.equals(start) && reached.add(n)) {
            todo.push(n);
          }
        }
      }
      if (!reached.isEmpty()) {
        rules.put(p, List.copyOf(reached));
      }
    }
    return new Entailment(Collections.unmodifiableMap(rules));
  }

  private static void link(Map<Node, Set<Node>> map, Node from, Node to, Set<Node> properties) {
    if (from.isURI() && to.isURI() && !from.equals(to)) {
      map.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
      properties.add(from);
      properties.add(to);
    }
  }

  /**
   * The triples {@code stated} entails, without itself; a reversed triple is left out when the
   * object is a literal, which cannot be a subject.
   */
  public List<Triple> entailed(Triple stated) {
    List<Derived> derived = rules.get(stated.getPredicate());
    if (derived == null) {
      return List.of();
    }
    List<Triple> out = new ArrayList<>(derived.size());
    for (Derived d : derived) {
      if (!d.reversed()) {
        out.add(Triple.create(stated.getSubject(), d.predicate(), stated.getObject()));
      } else if (!stated.getObject().isLiteral()) {
        out.add(Triple.create(stated.getObject(), d.predicate(), stated.getSubject()));
      }
    }
    return out;
  }

  /**
   * Every predicate an entailed triple may have: a triple of one of these that no rdf:Statement
   * supports was materialized, not read.
   */
  public Set<Node> derivedPredicates() {
    return Collections.unmodifiableSet(derivedPredicates);
  }

  /**
   * True when {@code t} follows from another triple of {@code graph} and no rdf:Statement in the
   * graph states it: a materialized triple, which a listing of the stated facts leaves out.
   */
  public boolean entailedOnly(Triple t, Graph graph) {
    if (!derivedPredicates.contains(t.getPredicate()) || stated(t, graph)) {
      return false;
    }
    for (var en : rules.entrySet()) {
      for (Derived d : en.getValue()) {
        if (!d.predicate().equals(t.getPredicate())) {
          continue;
        }
        Node s = d.reversed() ? t.getObject() : t.getSubject();
        Node o = d.reversed() ? t.getSubject() : t.getObject();
        if (graph.contains(s, en.getKey(), o)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when an rdf:Statement of {@code graph} states {@code t}. */
  public static boolean stated(Triple t, Graph graph) {
    var statements =
        graph
            .find(Node.ANY, Rkg.subject, t.getSubject())
            .filterKeep(
                s ->
                    graph.contains(s.getSubject(), Rkg.predicate, t.getPredicate())
                        && graph.contains(s.getSubject(), Rkg.object, t.getObject()));
    try {
      return statements.hasNext();
    } finally {
      statements.close();
    }
  }

  private static Node iri(String s) {
    return NodeFactory.createURI(s);
  }
}
