package org.radkg.store;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The summary rows that an update in place can have changed, part by part of {@code summary.ru}:
 * the entities whose rows are derived again ({@link Part#entity}), or the whole part when the
 * change reaches a name every row may join (a topic's or a society's) or too many entities.
 *
 * <p>Read after the update, in its transaction, from the new default graph (the materialized union)
 * and the changed graphs' content before and after ({@code content}): whatever the union held
 * before and no longer does was in a dropped graph, so the two together cover what the generation
 * said before and says now.
 */
final class SummaryScope {
  /** Above this many entities in a part, deriving the whole part is as quick. */
  static final int MAX_ENTITIES = 2_000;

  private static final String RKG = "https://w3id.org/radkg/ontology#";
  private static final String SCHEMA = "https://schema.org/";
  private static final Node ABOUT = NodeFactory.createURI(SCHEMA + "about");
  private static final Node MENTIONS = NodeFactory.createURI(SCHEMA + "mentions");
  private static final Node START_DATE = NodeFactory.createURI(SCHEMA + "startDate");
  private static final Node PARTICIPATES_IN = NodeFactory.createURI(RKG + "participatesIn");
  private static final Node COLLABORATES_WITH = NodeFactory.createURI(RKG + "collaboratesWith");
  private static final Node MEMBER_OF = NodeFactory.createURI("http://www.w3.org/ns/org#memberOf");
  private static final Node HOSTS = NodeFactory.createURI(RKG + "hosts");
  private static final Node LEADS = NodeFactory.createURI(RKG + "leads");
  private static final Node PART_OF = NodeFactory.createURI(RKG + "partOf");
  private static final Node ACRONYM = NodeFactory.createURI(RKG + "acronym");
  private static final Node REPORTED_BY = NodeFactory.createURI(RKG + "reportedBy");
  private static final Node LABEL = RDFS.Nodes.label;
  private static final Node TYPE = RDF.Nodes.type;

  /**
   * The parts of {@code summary.ru}, each by the variable of its {@code # rows of} lines and the
   * summary property that keys its rows.
   */
  enum Part {
    /** initiatives-by-topic: rows keyed by the initiative's name. */
    INITIATIVES("initiative", "initiativeLabel"),
    /** collaboration-across-societies: rows keyed by the organization's name. */
    ORGANIZATIONS("organization", "organizationLabel"),
    /** rsna-global-learning-centers: rows keyed by the program. */
    PROGRAMS("program", "program"),
    /** activity-by-society-and-year: rows keyed by the society's name. */
    SOCIETIES("society", "activitySocietyLabel"),
    /** organizations-initiatives: rows keyed by the organization. */
    PARTICIPANTS("participant", "participant");

    /** The variable, without its "?", that the part's {@code # rows of} lines name. */
    final String entity;

    /** The summary property whose value keys each row of the part. */
    final Node key;

    Part(String entity, String key) {
      this.entity = entity;
      this.key = NodeFactory.createURI(SummaryGraph.NS + key);
    }
  }

  /**
   * What to derive again in one part: the entities whose rows to derive, and the key values of the
   * rows to delete first; both empty for a part the change leaves alone.
   */
  record Rows(Set<Node> entities, Set<Node> keys) {}

  private final DatasetGraph dsg;
  private final Graph content;

  private SummaryScope(DatasetGraph dsg, Graph content) {
    this.dsg = dsg;
    this.content = content;
  }

  /**
   * Per part, the rows to derive again after an update whose changed graphs held {@code before} and
   * now hold {@code after}, which changed the union by {@code change}; empty for a part to derive
   * whole.
   */
  static Map<Part, Optional<Rows>> of(
      DatasetGraph dsg, Collection<Triple> before, Collection<Triple> after, UnionChange change) {
    Graph content = GraphFactory.createGraphMem();
    before.forEach(content::add);
    after.forEach(content::add);
    SummaryScope scope = new SummaryScope(dsg, content);
    Map<Part, Optional<Rows>> out = new EnumMap<>(Part.class);
    // Every row of a part joins the topics' (or the societies') names: one of them changed, all
    // may.
    out.put(
        Part.INITIATIVES,
        change.touches(t -> t.getPredicate().equals(SKOS.prefLabel.asNode()))
            ? Optional.empty()
            : scope.named(scope.initiatives()));
    out.put(
        Part.ORGANIZATIONS,
        change.touches(t -> t.getPredicate().equals(ACRONYM))
            ? Optional.empty()
            : scope.named(scope.organizations()));
    out.put(Part.PROGRAMS, bounded(scope.programs()).map(p -> new Rows(p, p)));
    out.put(Part.SOCIETIES, scope.named(scope.societies()));
    out.put(Part.PARTICIPANTS, bounded(scope.participants()).map(p -> new Rows(p, p)));
    return out;
  }

  /**
   * Initiatives and events whose rows may differ: those whose name, type or mentions changed, and
   * those mentioned by an article whose topics or mentions changed.
   */
  private Set<Node> initiatives() {
    Set<Node> out = new LinkedHashSet<>();
    out.addAll(subjects(LABEL, TYPE));
    content.find(Node.ANY, MENTIONS, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
    for (Node article : subjects(ABOUT, MENTIONS)) {
      out.addAll(objects(article, MENTIONS));
    }
    return out;
  }

  /**
   * Organizations whose rows may differ: those with a name, type or relation in a changed graph (a
   * changed graph's society changes the rows of every organization related in it, and all of them
   * are in its content).
   */
  private Set<Node> organizations() {
    return subjects(LABEL, TYPE, PARTICIPATES_IN, COLLABORATES_WITH, MEMBER_OF);
  }

  /**
   * Programs whose hosts' rows may differ: the objects of changed hosting or leading, of the
   * changed graphs' statements and of their sites' links, the subjects of changed dates, and what
   * the statements of an article whose topics changed are about.
   */
  private Set<Node> programs() {
    Set<Node> out = new LinkedHashSet<>();
    for (Node p : new Node[] {HOSTS, LEADS, RDF.Nodes.object, PART_OF}) {
      content.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
    }
    out.addAll(subjects(PART_OF, START_DATE));
    for (Node article : subjects(ABOUT)) {
      dsg.find(article, Node.ANY, RDF.Nodes.object, Node.ANY)
          .forEachRemaining(q -> out.add(q.getObject()));
    }
    return out;
  }

  /**
   * Societies whose rows may differ: those reporting a changed graph (a changed graph's dated
   * things are its society's), and the reporting societies whose name changed.
   */
  private Set<Node> societies() {
    Set<Node> out = new LinkedHashSet<>();
    content.find(Node.ANY, REPORTED_BY, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
    for (Node named : subjects(LABEL)) {
      if (dsg.getDefaultGraph().contains(Node.ANY, REPORTED_BY, named)) {
        out.add(named);
      }
    }
    return out;
  }

  /**
   * Organizations whose rows may differ: the subjects of the changed graphs' statements, those
   * whose name changed, and those stated to take part in something whose name changed.
   */
  private Set<Node> participants() {
    Set<Node> out = new LinkedHashSet<>();
    content
        .find(Node.ANY, RDF.Nodes.subject, Node.ANY)
        .forEachRemaining(t -> out.add(t.getObject()));
    for (Node named : subjects(LABEL)) {
      out.add(named);
      for (Graph g : new Graph[] {content, dsg.getDefaultGraph()}) {
        g.find(Node.ANY, RDF.Nodes.object, named)
            .forEachRemaining(st -> out.addAll(objects(st.getSubject(), RDF.Nodes.subject)));
      }
    }
    return out;
  }

  /**
   * The rows keyed by the names of {@code entities}: every entity that has one of those names too
   * is derived again (its rows share their keys), and so on until no new name comes in; empty when
   * that is too many or takes in an entity VALUES cannot name.
   */
  private Optional<Rows> named(Set<Node> entities) {
    Set<Node> names = new LinkedHashSet<>();
    for (Node e : entities) {
      names.addAll(objects(e, LABEL));
    }
    Set<Node> named = new LinkedHashSet<>();
    Set<Node> pending = new LinkedHashSet<>(names);
    while (!pending.isEmpty() && named.size() <= MAX_ENTITIES) {
      Set<Node> found = new LinkedHashSet<>();
      for (Node name : pending) {
        dsg.getDefaultGraph()
            .find(Node.ANY, LABEL, name)
            .forEachRemaining(t -> found.add(t.getSubject()));
      }
      pending.clear();
      for (Node e : found) {
        if (named.add(e)) {
          dsg.getDefaultGraph()
              .find(e, LABEL, Node.ANY)
              .forEachRemaining(
                  t -> {
                    if (names.add(t.getObject())) {
                      pending.add(t.getObject());
                    }
                  });
        }
      }
    }
    return bounded(named).map(n -> new Rows(n, names));
  }

  /** {@code entities}, or empty when deriving the whole part is quicker or the only way. */
  private static Optional<Set<Node>> bounded(Set<Node> entities) {
    return entities.size() > MAX_ENTITIES || entities.stream().anyMatch(Node::isBlank)
        ? Optional.empty()
        : Optional.of(entities);
  }

  /** The subjects of the changed graphs' triples with any of {@code predicates}. */
  private Set<Node> subjects(Node... predicates) {
    Set<Node> out = new LinkedHashSet<>();
    for (Node p : predicates) {
      content.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> out.add(t.getSubject()));
    }
    return out;
  }

  /** The objects of {@code s p}, before or after the update. */
  private Set<Node> objects(Node s, Node p) {
    Set<Node> out = new LinkedHashSet<>();
    content.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
    dsg.getDefaultGraph().find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
    return out;
  }
}
