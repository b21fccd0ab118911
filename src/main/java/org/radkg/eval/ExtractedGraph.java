package org.radkg.eval;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.radkg.vocab.Entailment;

/**
 * A read-only view of an extracted dataset for scoring: article graphs by headline, and the names
 * and coarse types of any node, read from every graph of the dataset.
 */
final class ExtractedGraph {

  static final String RKG = "https://w3id.org/radkg/ontology#";
  static final String ORG = "http://www.w3.org/ns/org#";
  static final String SCHEMA = "https://schema.org/";

  static final Node HEADLINE = iri(SCHEMA + "headline");
  static final Node MENTIONS = iri(SCHEMA + "mentions");
  static final Node ACRONYM = iri(RKG + "acronym");
  static final Node DERIVED_FROM = iri("http://www.w3.org/ns/prov#wasDerivedFrom");

  /** Predicate IRIs by the local names used in gold files, in vocabulary order. */
  static final Map<String, Node> PREDICATES = new LinkedHashMap<>();

  static {
    PREDICATES.put("memberOf", iri(ORG + "memberOf"));
    PREDICATES.put("participatesIn", iri(RKG + "participatesIn"));
    PREDICATES.put("leads", iri(RKG + "leads"));
    PREDICATES.put("partnersIn", iri(RKG + "partnersIn"));
    PREDICATES.put("funds", iri(RKG + "funds"));
    PREDICATES.put("hosts", iri(RKG + "hosts"));
    PREDICATES.put("collaboratesWith", iri(RKG + "collaboratesWith"));
    PREDICATES.put("partOf", iri(RKG + "partOf"));
    PREDICATES.put("location", iri(SCHEMA + "location"));
    PREDICATES.put("startDate", iri(SCHEMA + "startDate"));
    PREDICATES.put("affiliation", iri(SCHEMA + "affiliation"));
    PREDICATES.put("jobTitle", iri(SCHEMA + "jobTitle"));
  }

  private static final Map<Node, CoarseType> CLASSES = new HashMap<>();

  static {
    for (String c :
        List.of(
            ORG + "Organization",
            ORG + "FormalOrganization",
            ORG + "OrganizationalCollaboration",
            RKG + "Society",
            SCHEMA + "Organization")) {
      CLASSES.put(iri(c), CoarseType.ORGANIZATION);
    }
    CLASSES.put(iri(RKG + "Initiative"), CoarseType.INITIATIVE);
    CLASSES.put(iri(SCHEMA + "Event"), CoarseType.EVENT);
    for (String c : List.of(SCHEMA + "Place", SCHEMA + "Country", SCHEMA + "City")) {
      CLASSES.put(iri(c), CoarseType.PLACE);
    }
    CLASSES.put(iri(SCHEMA + "Person"), CoarseType.PERSON);
  }

  /**
   * The statements of one article: its own node(s), the triples of its graph(s), and of those the
   * materialized ones: entailed by the ontology from a triple an rdf:Statement supports (a
   * rkg:participatesIn beside a stated rkg:leads) and supported by none of their own, so not read
   * by the extractor.
   */
  record Article(
      String headline, Set<Node> nodes, List<Triple> triples, Set<Triple> materialized) {}

  private final DatasetGraph dsg;
  private final List<Graph> allGraphs = new ArrayList<>();
  private final Map<String, Article> articles = new HashMap<>();
  private final Map<Node, Set<String>> nameCache = new HashMap<>();
  private final Map<Node, Set<CoarseType>> typeCache = new HashMap<>();
  private final Map<String, String> documentKeys;

  ExtractedGraph(DatasetGraph dsg) {
    this(dsg, Map.of());
  }

  /**
   * As {@link #ExtractedGraph(DatasetGraph)}, and every article derived from a source document
   * named in {@code documentKeys} (source IRI to key, such as a page id) is also found, with the
   * other articles of that document, under the key.
   */
  ExtractedGraph(DatasetGraph dsg, Map<String, String> documentKeys) {
    this.dsg = dsg;
    this.documentKeys = Map.copyOf(documentKeys);
    allGraphs.add(dsg.getDefaultGraph());
    dsg.listGraphNodes().forEachRemaining(g -> allGraphs.add(dsg.getGraph(g)));
    indexArticles();
  }

  private void indexArticles() {
    Map<String, Set<Node>> nodes = new HashMap<>();
    Map<String, List<Triple>> triples = new HashMap<>();
    Map<String, Set<Triple>> stated = new HashMap<>();
    dsg.listGraphNodes()
        .forEachRemaining(
            gn -> {
              Graph g = dsg.getGraph(gn);
              // A title appearing twice in the newsletter may yield two graphs: score their union.
              g.find(Node.ANY, HEADLINE, Node.ANY)
                  .forEachRemaining(
                      t -> {
                        if (!t.getObject().isLiteral()) {
                          return;
                        }
                        List<String> keys = new ArrayList<>();
                        keys.add(t.getObject().getLiteralLexicalForm().trim());
                        // A page read as several articles (or under a title the layout chose) is
                        // scored whole, by its key.
                        g.find(t.getSubject(), DERIVED_FROM, Node.ANY)
                            .forEachRemaining(
                                d -> {
                                  String key =
                                      d.getObject().isURI()
                                          ? documentKeys.get(d.getObject().getURI())
                                          : null;
                                  if (key != null && !keys.contains(key)) {
                                    keys.add(key);
                                  }
                                });
                        for (String h : keys) {
                          nodes
                              .computeIfAbsent(h, k -> new java.util.LinkedHashSet<>())
                              .add(t.getSubject());
                          List<Triple> list = triples.computeIfAbsent(h, k -> new ArrayList<>());
                          g.find().forEachRemaining(list::add);
                          stated
                              .computeIfAbsent(h, k -> new java.util.HashSet<>())
                              .addAll(stated(g));
                        }
                      });
            });
    nodes.forEach(
        (h, n) ->
            articles.put(
                h,
                new Article(
                    h,
                    n,
                    List.copyOf(triples.get(h)),
                    materialized(stated.get(h), triples.get(h)))));
  }

  /**
   * The triples of {@code triples} that a stated one entails and that are not stated themselves.
   */
  private static Set<Triple> materialized(Set<Triple> stated, List<Triple> triples) {
    Entailment entailment = Entailment.fromClasspath();
    Set<Triple> present = new java.util.HashSet<>(triples);
    Set<Triple> out = new java.util.HashSet<>();
    for (Triple t : stated) {
      for (Triple e : entailment.entailed(t)) {
        if (present.contains(e) && !stated.contains(e)) {
          out.add(e);
        }
      }
    }
    return Set.copyOf(out);
  }

  /** The triples the statements of {@code g} reify. */
  private static List<Triple> stated(Graph g) {
    List<Triple> out = new ArrayList<>();
    g.find(Node.ANY, RDF.subject.asNode(), Node.ANY)
        .forEachRemaining(st -> out.addAll(reified(g, st.getSubject())));
    return out;
  }

  /** The triple a statement node reifies (none when it lacks a part). */
  private static List<Triple> reified(Graph g, Node st) {
    List<Triple> out = new ArrayList<>();
    for (Triple s : g.find(st, RDF.subject.asNode(), Node.ANY).toList()) {
      for (Triple p : g.find(st, RDF.predicate.asNode(), Node.ANY).toList()) {
        for (Triple o : g.find(st, RDF.object.asNode(), Node.ANY).toList()) {
          out.add(Triple.create(s.getObject(), p.getObject(), o.getObject()));
        }
      }
    }
    return out;
  }

  /** The article whose headline equals the title after trimming, or null. */
  Article article(String title) {
    return articles.get(title.trim());
  }

  /** Normalized label, altLabels and acronym of a node; a literal's own normalized form. */
  Set<String> names(Node n) {
    return nameCache.computeIfAbsent(
        n,
        k -> {
          Set<String> out = new TreeSet<>();
          if (k.isLiteral()) {
            out.add(NameNormalizer.normalize(k.getLiteralLexicalForm()));
          } else {
            for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), ACRONYM)) {
              for (Graph g : allGraphs) {
                g.find(k, p, Node.ANY)
                    .forEachRemaining(
                        t -> {
                          if (t.getObject().isLiteral()) {
                            out.add(
                                NameNormalizer.normalize(t.getObject().getLiteralLexicalForm()));
                          }
                        });
              }
            }
          }
          out.remove("");
          return out;
        });
  }

  /** The preferred label of a node for debugging output. */
  String display(Node n) {
    if (n.isLiteral()) {
      return "\"" + n.getLiteralLexicalForm() + "\"";
    }
    for (Graph g : allGraphs) {
      var it = g.find(n, RDFS.label.asNode(), Node.ANY);
      if (it.hasNext()) {
        return "\"" + it.next().getObject().getLiteralLexicalForm() + "\" <" + n + ">";
      }
    }
    return "<" + n + ">";
  }

  /** The coarse types of a node; empty for topics (skos:Concept) and untyped nodes. */
  Set<CoarseType> types(Node n) {
    return typeCache.computeIfAbsent(
        n,
        k -> {
          Set<CoarseType> out = EnumSet.noneOf(CoarseType.class);
          boolean topic = false;
          for (Graph g : allGraphs) {
            for (Triple t : g.find(k, RDF.type.asNode(), Node.ANY).toList()) {
              CoarseType c = CLASSES.get(t.getObject());
              if (c != null) {
                out.add(c);
              }
              topic |= t.getObject().equals(SKOS.Concept.asNode());
            }
          }
          // Topics are scored elsewhere, never as entities, even when also typed otherwise.
          return topic ? EnumSet.noneOf(CoarseType.class) : out;
        });
  }

  private static Node iri(String s) {
    return NodeFactory.createURI(s);
  }
}
