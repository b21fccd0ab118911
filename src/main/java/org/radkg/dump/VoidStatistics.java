package org.radkg.dump;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.vocab.Rkg;

/**
 * The counts a VoID description gives, gathered in one pass over the distinct triples of a union
 * graph (each triple must be added once): triples, entities, classes and their members, properties
 * and their triples, vocabularies, and the sources articles were derived from. Holds counts and
 * sets of subjects, never the triples.
 */
final class VoidStatistics {
  private final String dataBase;
  private long triples;
  private final Map<Node, Set<Node>> classMembers = new HashMap<>();
  private final Map<Node, Long> propertyTriples = new HashMap<>();
  private final Set<Node> entities = new HashSet<>();
  private final Set<Node> articles = new HashSet<>();
  private final Set<String> vocabularies = new TreeSet<>();
  private final List<Triple> derivations = new ArrayList<>();

  VoidStatistics(String dataBase) {
    this.dataBase = dataBase;
  }

  /** Counts one triple of the union graph; adding a triple twice counts it twice. */
  void add(Triple t) {
    triples++;
    propertyTriples.merge(t.getPredicate(), 1L, Long::sum);
    vocabularies.add(namespace(t.getPredicate().getURI()));
    if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(dataBase)) {
      entities.add(t.getSubject());
    }
    if (t.getPredicate().equals(Rkg.type) && t.getObject().isURI()) {
      classMembers.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject());
      vocabularies.add(namespace(t.getObject().getURI()));
      if (t.getObject().equals(Rkg.NewsArticle)) {
        articles.add(t.getSubject());
      }
    }
    if (t.getPredicate().equals(Rkg.wasDerivedFrom) && t.getObject().isURI()) {
      derivations.add(t); // kept until all articles are known: a source counts only for an article
    }
  }

  long triples() {
    return triples;
  }

  long entities() {
    return entities.size();
  }

  /** Number of distinct members of each class, classes in code point order of their IRIs. */
  Map<Node, Long> classes() {
    Map<Node, Long> out = new TreeMap<>(VoidStatistics::byString);
    classMembers.forEach((c, m) -> out.put(c, (long) m.size()));
    return out;
  }

  /** Number of triples of each property, properties in code point order of their IRIs. */
  Map<Node, Long> properties() {
    Map<Node, Long> out = new TreeMap<>(VoidStatistics::byString);
    out.putAll(propertyTriples);
    return out;
  }

  Set<String> vocabularies() {
    return vocabularies;
  }

  /** The sources of the articles, in code point order. */
  Set<Node> sources() {
    Set<Node> out = new TreeSet<>(VoidStatistics::byString);
    for (Triple t : derivations) {
      if (articles.contains(t.getSubject())) {
        out.add(t.getObject());
      }
    }
    return out;
  }

  private static String namespace(String iri) {
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return cut < 0 ? iri : iri.substring(0, cut + 1);
  }

  private static int byString(Node a, Node b) {
    return CanonicalQuads.CODE_POINT_ORDER.compare(a.toString(), b.toString());
  }
}
