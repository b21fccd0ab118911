package org.radkg.pages;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.radkg.store.MaterializedUnion;
import org.radkg.vocab.Entailment;
import org.radkg.vocab.Rkg;

/**
 * The description of one resource that one page of it (and its RDF variants) shows, read in a few
 * bounded queries: its own header triples (names, types, and for an article what it mentions and
 * states), one page of {@value #PAGE_SIZE} each of its outgoing relations, incoming relations and
 * mentioning articles, at most {@value #EVIDENCE_PER_RELATION} evidence statements per relation
 * shown, and the labels and headlines of everything linked; so an entity named in 10,000 articles
 * costs a page no more than one named in 50.
 */
final class EntityDescriber {
  static final int PAGE_SIZE = 50;
  static final int EVIDENCE_PER_RELATION = 3;

  /**
   * One page of a description, the list sizes it is a page of, the relations shown with some of
   * their evidence, and those of its relations that were materialized from another one it has (a
   * rkg:participatesIn beside a rkg:leads, see {@link Entailment}), which the RDF keeps and the
   * HTML does not list as facts of their own.
   */
  record Description(
      Graph graph,
      int page,
      long outgoing,
      long incoming,
      long mentionedIn,
      Set<Triple> moreEvidence,
      Set<Triple> materialized) {
    /** The number of pages, at least 1: as many as the longest list needs. */
    int pages() {
      long longest = Math.max(outgoing, Math.max(incoming, mentionedIn));
      return (int) Math.max(1, (longest + PAGE_SIZE - 1) / PAGE_SIZE);
    }
  }

  private static final String PREFIXES =
      """
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX schema: <https://schema.org/>
      PREFIX prov: <http://www.w3.org/ns/prov#>
      PREFIX rkg: <https://w3id.org/radkg/ontology#>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      """;

  /**
   * Incoming links shown as relations: not the reification and provenance of statements (nor their
   * offsets' context, the source document), nor mentions (listed apart).
   */
  private static final String INCOMING =
      "FILTER(?q NOT IN (rdf:subject, rdf:object, prov:wasDerivedFrom, schema:mentions,"
          + " nif:referenceContext))";

  private static final String OUTGOING = "FILTER(?p NOT IN (%s))";
  private static final String COUNTS =
      PREFIXES
          + """
      SELECT ?out ?in ?men WHERE {
        { SELECT (COUNT(*) AS ?out) WHERE { ?e ?p ?o %s } }
        { SELECT (COUNT(*) AS ?in) WHERE { ?s ?q ?e %s } }
        { SELECT (COUNT(*) AS ?men) WHERE { ?s schema:mentions ?e } }
      }
      """;
  private static final String PAGE =
      PREFIXES
          + """
      CONSTRUCT {
        ?e ?p ?o . ?o rdfs:label ?ol . ?o schema:headline ?oh . ?o skos:altLabel ?oa . ?o rkg:acronym ?oc .
        ?s ?q ?e . ?s rdfs:label ?sl . ?s schema:headline ?sh .
        ?st ?sp ?so . ?so rdfs:label ?sol .
      } WHERE {
        { ?e ?p ?o FILTER(?p IN (%1$s) && ?p != schema:mentions)
          OPTIONAL { ?o rdfs:label ?ol } OPTIONAL { ?o schema:headline ?oh } }
        UNION
        { ?e schema:mentions ?o BIND(schema:mentions AS ?p)
          OPTIONAL { ?o rdfs:label ?ol } OPTIONAL { ?o skos:altLabel ?oa } OPTIONAL { ?o rkg:acronym ?oc } }
        UNION
        { { SELECT ?p ?o WHERE { ?e ?p ?o %2$s } ORDER BY ?p ?o LIMIT %4$d OFFSET %5$d }
          OPTIONAL { ?o rdfs:label ?ol } OPTIONAL { ?o schema:headline ?oh } }
        UNION
        { { SELECT ?s ?q WHERE { ?s ?q ?e %3$s } ORDER BY ?q ?s LIMIT %4$d OFFSET %5$d }
          OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?s schema:headline ?sh } }
        UNION
        { { SELECT ?s ?q WHERE { ?s schema:mentions ?e BIND(schema:mentions AS ?q) } ORDER BY ?s LIMIT %4$d OFFSET %5$d }
          OPTIONAL { ?s schema:headline ?sh } }
        UNION
        { ?st a rdf:Statement ; prov:wasDerivedFrom ?e ; ?sp ?so . OPTIONAL { ?so rdfs:label ?sol } }
      }
      """;

  private EntityDescriber() {}

  /**
   * Page {@code page} (from 1) of the description, or empty when the dataset does not name {@code
   * entity} at all.
   */
  static Optional<Description> describe(Dataset dataset, Node entity, int page) {
    String header =
        EntityPage.HEADER.stream()
            .map(NodeFmtLib::strNT)
            .sorted()
            .collect(Collectors.joining(", "));
    String outgoing = OUTGOING.formatted(header);
    return Txn.calculateRead(
        dataset,
        () -> {
          Graph union = MaterializedUnion.unionOf(dataset.asDatasetGraph());
          boolean known =
              union.contains(entity, Node.ANY, Node.ANY)
                  || union.contains(Node.ANY, Node.ANY, entity);
          if (!known) {
            return Optional.empty();
          }
          QuerySolution counts;
          try (QueryExecution qe =
              QueryExecution.dataset(dataset)
                  .query(bind(COUNTS.formatted(outgoing, INCOMING), entity))
                  .build()) {
            counts = qe.execSelect().next();
          }
          long offset = (long) (page - 1) * PAGE_SIZE;
          Model m;
          try (QueryExecution qe =
              QueryExecution.dataset(dataset)
                  .query(
                      bind(PAGE.formatted(header, outgoing, INCOMING, PAGE_SIZE, offset), entity))
                  .build()) {
            m = qe.execConstruct();
          }
          for (String[] p : Rkg.PREFIXES) {
            m.setNsPrefix(p[0], p[1]);
          }
          Set<Triple> more = addEvidence(union, m.getGraph(), entity);
          return Optional.of(
              new Description(
                  m.getGraph(),
                  page,
                  counts.getLiteral("out").getLong() - entailedOnly(union, entity, true),
                  counts.getLiteral("in").getLong() - entailedOnly(union, entity, false),
                  counts.getLiteral("men").getLong(),
                  more,
                  materialized(union, m.getGraph(), entity)));
        });
  }

  private static String bind(String query, Node entity) {
    ParameterizedSparqlString pss = new ParameterizedSparqlString(query);
    pss.setIri("e", entity.getURI());
    return pss.toString();
  }

  /**
   * Copies into {@code page} the first statements (with their articles' headlines) of each relation
   * it shows, found from the relation's other end, which is the rarer one; answers the relations
   * that have more than are copied.
   */
  private static Set<Triple> addEvidence(Graph union, Graph page, Node entity) {
    List<Triple> relations =
        page.find(entity, Node.ANY, Node.ANY)
            .andThen(page.find(Node.ANY, Node.ANY, entity))
            .filterDrop(t -> EntityPage.HEADER.contains(t.getPredicate()))
            .toList();
    Set<Triple> more = new HashSet<>();
    for (Triple t : relations) {
      List<Node> statements = firstStatements(union, t, entity);
      if (statements.size() > EVIDENCE_PER_RELATION) {
        more.add(t);
      }
      for (Node st : statements.subList(0, Math.min(EVIDENCE_PER_RELATION, statements.size()))) {
        union.find(st, Node.ANY, Node.ANY).forEach(page::add);
        // The method's name, so the page links it by its label.
        union
            .find(st, Rkg.wasAttributedTo, Node.ANY)
            .mapWith(Triple::getObject)
            .forEach(m -> union.find(m, Rkg.label, Node.ANY).forEach(page::add));
        union
            .find(st, Rkg.wasDerivedFrom, Node.ANY)
            .mapWith(Triple::getObject)
            .forEach(a -> union.find(a, Rkg.headline, Node.ANY).forEach(page::add));
      }
    }
    return more;
  }

  /**
   * The relations of {@code page} that the ontology entails from another triple of the store and no
   * statement states (looked up in the whole store: the triple they follow from may be on another
   * page).
   */
  private static Set<Triple> materialized(Graph union, Graph page, Node entity) {
    Entailment entailment = Entailment.fromClasspath();
    Set<Triple> out = new HashSet<>();
    page.find(entity, Node.ANY, Node.ANY)
        .andThen(page.find(Node.ANY, Node.ANY, entity))
        .filterKeep(t -> entailment.derivedPredicates().contains(t.getPredicate()))
        .forEach(
            t -> {
              if (entailment.entailedOnly(t, union)) {
                out.add(t);
              }
            });
    return out;
  }

  /**
   * How many of {@code entity}'s outgoing (or incoming) relations the ontology entails and no
   * statement states: the page hides them, so "N of M relations" does not count them either.
   */
  private static long entailedOnly(Graph union, Node entity, boolean outgoing) {
    Entailment entailment = Entailment.fromClasspath();
    long n = 0;
    for (Node p : entailment.derivedPredicates()) {
      for (Triple t :
          (outgoing ? union.find(entity, p, Node.ANY) : union.find(Node.ANY, p, entity)).toList()) {
        if (entailment.entailedOnly(t, union)) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Up to one more statement of {@code t} than are shown, so the caller knows whether there are
   * more.
   */
  private static List<Node> firstStatements(Graph union, Triple t, Node entity) {
    boolean outgoing = t.getSubject().equals(entity);
    Node end = outgoing ? t.getObject() : t.getSubject();
    Set<Node> found = new LinkedHashSet<>();
    ExtendedIterator<Node> candidates =
        union.find(Node.ANY, outgoing ? Rkg.object : Rkg.subject, end).mapWith(Triple::getSubject);
    try {
      while (candidates.hasNext() && found.size() <= EVIDENCE_PER_RELATION) {
        Node st = candidates.next();
        if (union.contains(st, Rkg.predicate, t.getPredicate())
            && union.contains(st, outgoing ? Rkg.subject : Rkg.object, entity)) {
          found.add(st);
        }
      }
    } finally {
      candidates.close();
    }
    return List.copyOf(found);
  }
}
