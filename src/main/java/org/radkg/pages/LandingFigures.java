package org.radkg.pages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.radkg.query.QueryRunner;
import org.radkg.vocab.Rkg;

/**
 * The figures of the landing page, read once from one served dataset: how many entities of each
 * kind, articles per reporting society, per topic, per year reported and per year published, and
 * the organizations with the most distinct collaboration partners (counted as the projection {@code
 * radkg network} draws links).
 */
record LandingFigures(
    Map<String, Long> counts,
    List<Bar> bySociety,
    List<Bar> byTopic,
    List<Bar> byYear,
    List<Bar> byPublished,
    List<Bar> mostConnected) {

  /**
   * One bar of a chart or one row of a ranking: what it counts (and its IRI, or null), and how
   * many.
   */
  record Bar(String label, String iri, long value) {}

  static final int TOP_TOPICS = 15;
  static final int TOP_ORGANIZATIONS = 10;
  private static final String PREFIXES =
      """
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX rkg: <https://w3id.org/radkg/ontology#>
      PREFIX org: <http://www.w3.org/ns/org#>
      PREFIX schema: <https://schema.org/>
      """;

  /** Kind shown -> class counted, in the order the page shows them. */
  private static final Map<String, String> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put("organizations", "org:Organization");
    KINDS.put("initiatives", "rkg:Initiative");
    KINDS.put("events", "schema:Event");
    KINDS.put("places", "schema:Place");
    KINDS.put("people", "schema:Person");
    KINDS.put("topics", "skos:Concept");
    KINDS.put("articles", "schema:NewsArticle");
    KINDS.put("facts", "rdf:Statement");
  }

  /** Counts first, names after: looking labels up per row before grouping was ten times slower. */
  private static final String BY_SOCIETY =
      PREFIXES
          + """
      SELECT ?x ?n (SAMPLE(?l) AS ?label) WHERE {
        { SELECT ?x (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a rkg:reportedBy ?x } GROUP BY ?x }
        OPTIONAL { ?x rdfs:label ?l }
      } GROUP BY ?x ?n ORDER BY DESC(?n) ?label
      """;

  private static final String BY_TOPIC =
      PREFIXES
          + """
      SELECT ?x ?n (SAMPLE(?l) AS ?label) WHERE {
        { SELECT ?x (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a schema:about ?x } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT %d }
        OPTIONAL { ?x rdfs:label|skos:prefLabel ?l }
      } GROUP BY ?x ?n ORDER BY DESC(?n) ?label
      """
              .formatted(TOP_TOPICS);

  /** An article counts in each year of a start date it reports (launches, congresses, openings). */
  private static final String BY_YEAR =
      PREFIXES
          + """
      SELECT ?label (COUNT(DISTINCT ?a) AS ?n) WHERE {
        GRAPH ?a { ?thing schema:startDate ?d }
        BIND(SUBSTR(STR(?d), 1, 4) AS ?label) FILTER(REGEX(?label, "^[0-9]{4}$"))
      } GROUP BY ?label ORDER BY ?label
      """;

  /** An article counts in the year it was published (its own date or its edition's). */
  private static final String BY_PUBLISHED =
      PREFIXES
          + """
      SELECT ?label (COUNT(DISTINCT ?a) AS ?n) WHERE {
        ?a a schema:NewsArticle ; schema:datePublished ?d .
        BIND(SUBSTR(STR(?d), 1, 4) AS ?label) FILTER(REGEX(?label, "^[0-9]{4}$"))
      } GROUP BY ?label ORDER BY ?label
      """;

  /**
   * Distinct partners as the network projection counts them (a stated collaboration, a shared
   * initiative, event or collaboration): one SPARQL aggregate, over ten times faster than
   * extracting and projecting the whole network (0.7 s against 22 s on a 20-fold corpus), with the
   * same ranking.
   */
  private static final String MOST_CONNECTED =
      PREFIXES
          + """
      SELECT ?x ?n (SAMPLE(?l) AS ?label) WHERE {
        { SELECT ?x (COUNT(DISTINCT ?p) AS ?n) WHERE {
            { ?x rkg:collaboratesWith ?p } UNION { ?p rkg:collaboratesWith ?x }
            UNION {
              # rkg:participatesIn is materialized for every sub-property fact.
              VALUES ?r { rkg:participatesIn org:memberOf }
              VALUES ?s { rkg:participatesIn org:memberOf }
              ?x ?r ?t . ?p ?s ?t
            }
            FILTER(?x != ?p)
            ?x a org:Organization . ?p a org:Organization .
          } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT %d }
        OPTIONAL { ?x rdfs:label ?l }
      } GROUP BY ?x ?n ORDER BY DESC(?n) ?label LIMIT %d
      """
              .formatted(TOP_ORGANIZATIONS * 4, TOP_ORGANIZATIONS);

  /**
   * What the counts, the bars and the dataset description's countries read from the union graph, by
   * predicate.
   */
  private static final Set<Node> UNION_READS =
      Set.of(
          Rkg.type,
          Rkg.label,
          NodeFactory.createURI(Rkg.SKOS + "prefLabel"),
          Rkg.reportedBy,
          Rkg.about,
          Rkg.datePublished,
          Rkg.collaboratesWith,
          Rkg.participatesIn,
          Rkg.memberOf);

  /**
   * True when the start page's figures or countries read {@code t} from the union: a union that
   * differs only by triples this is false for gives the same figures, as long as the changed graphs
   * read alike in {@link #readInGraph}.
   */
  static boolean readsInUnion(Triple t) {
    return UNION_READS.contains(t.getPredicate());
  }

  /** What the figures read of {@code q} inside its graph (the start dates, by year), or null. */
  static Object readInGraph(Quad q) {
    return q.getPredicate().equals(Rkg.startDate) ? q : null;
  }

  static LandingFigures compute(Dataset dataset, Duration timeout) {
    Map<String, Long> counts = new LinkedHashMap<>();
    KINDS.keySet().forEach(k -> counts.put(k, 0L));
    StringBuilder values = new StringBuilder();
    KINDS.forEach(
        (kind, type) -> values.append("(\"").append(kind).append("\" ").append(type).append(") "));
    for (Map<String, Node> r :
        QueryRunner.select(
            dataset,
            PREFIXES
                + "SELECT ?kind (COUNT(DISTINCT ?e) AS ?n) WHERE { VALUES (?kind ?t) { "
                + values
                + "} ?e a ?t } GROUP BY ?kind",
            timeout)) {
      counts.put(r.get("kind").getLiteralLexicalForm(), number(r.get("n")));
    }
    return new LandingFigures(
        counts,
        bars(dataset, BY_SOCIETY, timeout),
        bars(dataset, BY_TOPIC, timeout),
        bars(dataset, BY_YEAR, timeout),
        bars(dataset, BY_PUBLISHED, timeout),
        bars(dataset, MOST_CONNECTED, timeout));
  }

  private static List<Bar> bars(Dataset dataset, String query, Duration timeout) {
    List<Bar> out = new ArrayList<>();
    for (Map<String, Node> r : QueryRunner.select(dataset, query, timeout)) {
      Node x = r.get("x");
      Node label = r.get("label");
      String iri = x != null && x.isURI() ? x.getURI() : null;
      String text =
          label != null && label.isLiteral()
              ? label.getLiteralLexicalForm()
              : iri != null ? LinkMapper.compact(x) : "?";
      out.add(new Bar(text, iri, number(r.get("n"))));
    }
    return out;
  }

  private static long number(Node n) {
    return n != null && n.isLiteral() ? Long.parseLong(n.getLiteralLexicalForm()) : 0;
  }
}
