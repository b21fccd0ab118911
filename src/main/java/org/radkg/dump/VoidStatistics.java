package org.radkg.dump;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.vocab.Rkg;

/**
 * The counts a VoID description gives, gathered in one pass over the distinct triples of a union
 * graph (each triple must be added once): triples, entities, classes and their members, properties
 * and their triples, vocabularies, the sources articles were derived from, the latest publication
 * date, the {@code owl:sameAs} links to each linked dataset ({@link LinkTarget}) and a few example
 * entities. Holds counts and sets of subjects, never the triples.
 */
final class VoidStatistics {
  private static final List<Node> EXAMPLE_CLASSES =
      List.of(
          Rkg.Society,
          Rkg.Organization,
          Rkg.Initiative,
          Rkg.Event,
          Rkg.City,
          Rkg.Person,
          Rkg.Concept,
          Rkg.NewsArticle);
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private final String dataBase;
  private long triples;
  private final Map<Node, Set<Node>> classMembers = new HashMap<>();
  private final Map<Node, Long> propertyTriples = new HashMap<>();
  private final Set<Node> entities = new HashSet<>();
  private final Set<Node> articles = new HashSet<>();
  private final Set<String> vocabularies = new TreeSet<>();
  private final List<Triple> derivations = new ArrayList<>();
  private final Map<LinkTarget, Long> links = new EnumMap<>(LinkTarget.class);
  private String latestDate;

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
    if (t.getPredicate().equals(Rkg.sameAs) && t.getObject().isURI()) {
      LinkTarget.of(t.getObject().getURI()).ifPresent(target -> links.merge(target, 1L, Long::sum));
    }
    if (t.getPredicate().equals(Rkg.datePublished) && t.getObject().isLiteral()) {
      String lexical = t.getObject().getLiteralLexicalForm();
      if (DATE.matcher(lexical).matches()
          && (latestDate == null || lexical.compareTo(latestDate) > 0)) {
        latestDate = lexical;
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

  /**
   * The latest full date ({@code YYYY-MM-DD}) an article of the data was published, the data's own
   * date (never the clock), or empty when no article has one.
   */
  Optional<LocalDate> latestDate() {
    return Optional.ofNullable(latestDate).map(LocalDate::parse);
  }

  /** Number of {@code owl:sameAs} links into each linked dataset that has any. */
  Map<LinkTarget, Long> links() {
    return links;
  }

  /**
   * A few entities to start from: the first member (in code point order) under the data base of
   * each kind of thing the graph is about that the data has (a society, an organization, an
   * initiative, an event, a city, a person, a topic, an article).
   */
  List<Node> examples() {
    List<Node> out = new ArrayList<>();
    for (Node c : EXAMPLE_CLASSES) {
      classMembers.getOrDefault(c, Set.of()).stream()
          .filter(n -> n.isURI() && n.getURI().startsWith(dataBase) && !out.contains(n))
          .min(VoidStatistics::byString)
          .ifPresent(out::add);
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
