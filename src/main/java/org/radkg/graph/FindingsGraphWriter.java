package org.radkg.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.radkg.corpus.Article;
import org.radkg.extract.ArticleFindings;
import org.radkg.extract.Entity;
import org.radkg.extract.EntityType;
import org.radkg.extract.LiteralValue;
import org.radkg.extract.Mention;
import org.radkg.extract.MethodConfidences;
import org.radkg.extract.ReadingMethod;
import org.radkg.extract.Relation;
import org.radkg.extract.Term;
import org.radkg.extract.place.Gazetteer;
import org.radkg.vocab.Entailment;
import org.radkg.vocab.Rkg;

/**
 * Writes one article's findings as RDF into a {@link StreamRDF}: a named graph per article with the
 * article, the entities it names (described as the {@link EntityRegistry} merged them), the
 * relations, and for each relation an rdf:Statement with the evidence sentence, its code point
 * offsets in the source document (its nif:referenceContext, whose text {@link SourceDocumentGraph}
 * publishes), the method that read it and that method's confidence; a fact read by several methods
 * keeps the statement of the most confident one, and a fact no reading of which reaches the
 * threshold is left out. Every triple the ontology entails from a written one ({@link Entailment}:
 * a leads fact is also a participatesIn fact) is written too, as a plain triple in the same graph;
 * only the stated triple has a statement.
 */
public final class FindingsGraphWriter {
  private static final Pattern GEONAMES = Pattern.compile("https://sws\\.geonames\\.org/(\\d+)/");
  private static final Node OWL_SAME_AS = NodeFactory.createURI(Rkg.OWL + "sameAs");
  private static final Node RDFS_LABEL = NodeFactory.createURI(Rkg.RDFS + "label");
  private static final Node SKOS_PREF = NodeFactory.createURI(Rkg.SKOS + "prefLabel");
  private static final Node ARTICLE_BODY = NodeFactory.createURI(Rkg.SCHEMA + "articleBody");

  private final String base;
  private final EntityRegistry registry;
  private final MethodConfidences confidences;
  private final double minConfidence;
  private final Entailment entailment;

  /**
   * A writer minting IRIs under {@code base} (e.g. {@code https://w3id.org/radkg/id/}), with the
   * committed confidences and threshold.
   */
  public FindingsGraphWriter(String base, EntityRegistry registry) {
    this(
        base,
        registry,
        MethodConfidences.fromClasspath(),
        MethodConfidences.fromClasspath().defaultMinConfidence());
  }

  /**
   * A writer that rates readings with {@code confidences} and drops facts whose best reading is
   * below {@code minConfidence}.
   */
  public FindingsGraphWriter(
      String base, EntityRegistry registry, MethodConfidences confidences, double minConfidence) {
    this(base, registry, confidences, minConfidence, Entailment.fromClasspath());
  }

  /** As the writer above, materializing what {@code entailment} derives from each triple. */
  public FindingsGraphWriter(
      String base,
      EntityRegistry registry,
      MethodConfidences confidences,
      double minConfidence,
      Entailment entailment) {
    this.base = base.endsWith("/") ? base : base + "/";
    this.registry = registry;
    this.confidences = confidences;
    this.minConfidence = minConfidence;
    this.entailment = entailment;
  }

  /** The IRI of an article. */
  public Node articleIri(Article a) {
    return NodeFactory.createURI(base + "article/" + a.id());
  }

  /** The IRI of an entity. */
  public Node iri(Entity e) {
    return NodeFactory.createURI(base + e.key());
  }

  /** Emits the named graph of one article. */
  public void write(ArticleFindings f, StreamRDF out) {
    write(f, List.of(), out);
  }

  /**
   * Emits the named graph of one article, which {@code reprints} (the same story in other
   * documents) also publish.
   */
  public void write(ArticleFindings f, List<Article> reprints, StreamRDF out) {
    Article a = f.article();
    Node g = articleIri(a);
    Emitter em = new Emitter(g, out, entailment);
    em.add(g, Rkg.type, Rkg.NewsArticle);
    em.add(g, Rkg.headline, NodeFactory.createLiteralLang(a.title(), "en"));
    if (f.published() != null) {
      em.add(g, Rkg.datePublished, term(f.published()));
    }
    // The article's text only where its source's licence lets it be republished; its evidence
    // sentences are quoted either way.
    if (a.source().textPublished()) {
      em.add(g, ARTICLE_BODY, NodeFactory.createLiteralString(a.body()));
    }
    em.add(g, Rkg.wasDerivedFrom, NodeFactory.createURI(a.source().iri()));
    for (Triple t : PublicationFacts.of(a, g, base, f.published() != null)) {
      em.add(t.getSubject(), t.getPredicate(), t.getObject());
    }
    for (Article reprint : reprints) {
      for (Triple t : PublicationFacts.ofReprint(reprint, g, base)) {
        em.add(t.getSubject(), t.getPredicate(), t.getObject());
      }
    }
    em.add(g, Rkg.beginIndex, offset(a.source().codePointIndex(a.start())));
    em.add(g, Rkg.endIndex, offset(a.source().codePointIndex(a.bodyEnd())));
    Node context = NodeFactory.createURI(a.source().iri());
    em.add(g, Rkg.referenceContext, context);
    Set<String> described = new LinkedHashSet<>();
    if (f.society() != null) {
      em.add(g, Rkg.reportedBy, iri(f.society()));
      describe(f.society(), em, described);
    }
    for (Mention m : f.mentions()) {
      em.add(g, Rkg.mentions, iri(m.entity()));
      describe(m.entity(), em, described);
    }
    for (Entity t : f.topics()) {
      em.add(g, Rkg.about, iri(t));
      describe(t, em, described);
    }
    Set<String> methods = new LinkedHashSet<>();
    for (Relation r : published(f.relations())) {
      Node s = iri(r.subject());
      Node p = NodeFactory.createURI(r.predicate().iri());
      Node o = term(r.object());
      describe(r.subject(), em, described);
      if (r.object() instanceof Entity e) {
        describe(e, em, described);
      }
      em.add(s, p, o);
      Node st =
          NodeFactory.createURI(
              base
                  + "statement/"
                  + hash(
                      g.getURI(),
                      s.toString(),
                      p.getURI(),
                      o.toString(),
                      Integer.toString(r.evidence().begin())));
      em.add(st, Rkg.type, Rkg.Statement);
      em.add(st, Rkg.subject, s);
      em.add(st, Rkg.predicate, p);
      em.add(st, Rkg.object, o);
      em.add(st, Rkg.evidence, NodeFactory.createLiteralString(r.evidence().sentence()));
      em.add(st, Rkg.beginIndex, offset(a.source().codePointIndex(r.evidence().begin())));
      em.add(st, Rkg.endIndex, offset(a.source().codePointIndex(r.evidence().end())));
      em.add(st, Rkg.referenceContext, context);
      em.add(st, Rkg.wasDerivedFrom, g);
      em.add(st, Rkg.wasAttributedTo, methodIri(r.method()));
      em.add(st, Rkg.confidence, decimal(confidences.confidence(r.method(), r.predicate())));
      if (methods.add(r.method().slug())) {
        describe(r.method(), em);
      }
    }
  }

  /**
   * The readings to publish: per fact, the most confident reading (the first of equals, so the
   * sentence that states it first), and none when even that one is below the threshold.
   */
  List<Relation> published(List<Relation> readings) {
    Map<String, Relation> best = new LinkedHashMap<>();
    for (Relation r : readings) {
      double c = confidences.confidence(r.method(), r.predicate());
      if (c < minConfidence) {
        continue;
      }
      best.merge(
          factKey(r),
          r,
          (old, now) -> c > confidences.confidence(old.method(), old.predicate()) ? now : old);
    }
    return List.copyOf(best.values());
  }

  /** The fact a reading states, as its triple reads in the graph. */
  public String factKey(Relation r) {
    return iri(r.subject()) + " " + r.predicate().iri() + " " + term(r.object());
  }

  /** The IRI of a reading method. */
  public Node methodIri(ReadingMethod m) {
    return NodeFactory.createURI(base + "method/" + m.slug());
  }

  // In every article graph that cites it, as entities are: each graph stays a whole,
  // self-describing unit.
  private void describe(ReadingMethod m, Emitter em) {
    Node n = methodIri(m);
    em.add(n, Rkg.type, Rkg.SoftwareAgent);
    em.add(n, RDFS_LABEL, NodeFactory.createLiteralLang(m.label(), "en"));
    em.add(n, Rkg.comment, NodeFactory.createLiteralLang(m.comment(), "en"));
  }

  /**
   * A confidence as an xsd:decimal of at most three places in the form TDB2 gives back (no trailing
   * zeros, at least one decimal: "0.9", "1.0"), so a stored graph stays isomorphic to the built
   * one.
   */
  static Node decimal(double c) {
    BigDecimal d = new BigDecimal(c).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return NodeFactory.createLiteralDT(
        (d.scale() < 1 ? d.setScale(1) : d).toPlainString(), XSDDatatype.XSDdecimal);
  }

  private void describe(Entity raw, Emitter em, Set<String> described) {
    Entity e = registry.get(raw);
    if (!described.add(e.key())) {
      return;
    }
    Node n = iri(e);
    em.add(n, RDFS_LABEL, NodeFactory.createLiteralLang(e.label(), "en"));
    for (String alt : e.altLabels()) {
      em.add(n, Rkg.altLabel, NodeFactory.createLiteralLang(alt, "en"));
    }
    if (e.acronym() != null) {
      em.add(n, Rkg.acronym, NodeFactory.createLiteralString(e.acronym()));
    }
    for (EntityType t : e.types()) {
      for (Node cls : classes(t)) {
        em.add(n, Rkg.type, cls);
      }
    }
    if (e.is(EntityType.TOPIC)) {
      em.add(n, SKOS_PREF, NodeFactory.createLiteralLang(e.label(), "en"));
      em.add(n, Rkg.inScheme, Rkg.Topics);
    }
    for (String same : e.sameAs()) {
      em.add(n, OWL_SAME_AS, NodeFactory.createURI(same));
      Matcher geonames = GEONAMES.matcher(same);
      if (geonames.matches()) {
        // The gazetteer's coordinates, on the place itself (schema.org allows latitude and
        // longitude on a Place), so a map or a consumer needs no second lookup.
        Gazetteer.fromClasspath()
            .coordinates(Long.parseLong(geonames.group(1)))
            .ifPresent(
                c -> {
                  em.add(n, Rkg.latitude, degrees(c.latitude()));
                  em.add(n, Rkg.longitude, degrees(c.longitude()));
                });
      }
    }
    if (e.containedIn() != null) {
      Entity country = registry.all().get("place/" + e.containedIn());
      Node c = NodeFactory.createURI(base + "place/" + e.containedIn());
      em.add(n, Rkg.containedInPlace, c);
      if (country != null) {
        describe(country, em, described);
      } else {
        em.add(c, Rkg.type, Rkg.Place);
        em.add(c, Rkg.type, Rkg.Country);
        String name =
            org.radkg.extract.place.CountryNames.of(e.containedIn()).orElse(e.containedIn());
        em.add(c, RDFS_LABEL, NodeFactory.createLiteralLang(name, "en"));
        described.add("place/" + e.containedIn());
      }
    }
  }

  /**
   * A coordinate as an xsd:decimal in its canonical form ("-78.525", not the gazetteer's
   * "-78.5250"): stores such as TDB2 and Virtuoso keep decimals as values and give back the
   * canonical form, so any other form would make the same graph read back differently.
   */
  private static Node degrees(String value) {
    return NodeFactory.createLiteralDT(
        XSDFuncOp.canonicalDecimalStr(new java.math.BigDecimal(value)), XSDDatatype.XSDdecimal);
  }

  private static Node[] classes(EntityType t) {
    return switch (t) {
      case ORGANIZATION -> new Node[] {Rkg.Organization};
      case SOCIETY -> new Node[] {Rkg.Organization, Rkg.FormalOrganization, Rkg.Society};
      case COLLABORATION -> new Node[] {Rkg.Organization, Rkg.OrganizationalCollaboration};
      case INITIATIVE -> new Node[] {Rkg.Initiative};
      case EVENT -> new Node[] {Rkg.Event};
      case COUNTRY -> new Node[] {Rkg.Place, Rkg.Country};
      case CITY -> new Node[] {Rkg.Place, Rkg.City};
      case REGION -> new Node[] {Rkg.Place};
      case PERSON -> new Node[] {Rkg.Person};
      case TOPIC -> new Node[] {Rkg.Concept};
    };
  }

  private Node term(Term t) {
    if (t instanceof Entity e) {
      return iri(e);
    }
    LiteralValue l = (LiteralValue) t;
    if (l.language() != null) {
      return NodeFactory.createLiteralLang(l.lexical(), l.language());
    }
    return NodeFactory.createLiteralDT(
        l.lexical(),
        org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(l.datatype()));
  }

  private static Node offset(int n) {
    return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
  }

  private static String hash(String... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        md.update(p.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // Drops repeated quads within one graph so consumers see each fact once, and adds what each
  // triple entails beside it: in the article's graph, so a rebuilt article takes its entailments
  // along and the union never holds an entailment whose stated fact is gone.
  private static final class Emitter {
    private final Node graph;
    private final StreamRDF out;
    private final Entailment entailment;
    private final Set<Quad> seen = new LinkedHashSet<>();

    Emitter(Node graph, StreamRDF out, Entailment entailment) {
      this.graph = graph;
      this.out = out;
      this.entailment = entailment;
    }

    void add(Node s, Node p, Node o) {
      emit(Quad.create(graph, s, p, o));
      for (Triple t : entailment.entailed(Triple.create(s, p, o))) {
        emit(Quad.create(graph, t));
      }
    }

    private void emit(Quad q) {
      if (seen.add(q)) {
        out.quad(q);
      }
    }
  }
}
