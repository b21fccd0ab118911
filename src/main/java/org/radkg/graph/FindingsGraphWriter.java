package org.radkg.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.radkg.corpus.Article;
import org.radkg.extract.ArticleFindings;
import org.radkg.extract.Entity;
import org.radkg.extract.EntityType;
import org.radkg.extract.LiteralValue;
import org.radkg.extract.Mention;
import org.radkg.extract.Relation;
import org.radkg.extract.Term;
import org.radkg.vocab.Rkg;

/**
 * Writes one article's findings as RDF into a {@link StreamRDF}: a named graph per article with
 * the article, the entities it names (described as the {@link EntityRegistry} merged them), the
 * relations, and for each relation an rdf:Statement with the evidence sentence and its code point
 * offsets in the source document.
 */
public final class FindingsGraphWriter {
  private static final Node OWL_SAME_AS = NodeFactory.createURI(Rkg.OWL + "sameAs");
  private static final Node RDFS_LABEL = NodeFactory.createURI(Rkg.RDFS + "label");
  private static final Node SKOS_PREF = NodeFactory.createURI(Rkg.SKOS + "prefLabel");
  private static final Node ARTICLE_BODY = NodeFactory.createURI(Rkg.SCHEMA + "articleBody");

  private final String base;
  private final EntityRegistry registry;

  /** A writer minting IRIs under {@code base} (e.g. {@code https://w3id.org/radkg/id/}). */
  public FindingsGraphWriter(String base, EntityRegistry registry) {
    this.base = base.endsWith("/") ? base : base + "/";
    this.registry = registry;
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
    Article a = f.article();
    Node g = articleIri(a);
    Emitter em = new Emitter(g, out);
    em.add(g, Rkg.type, Rkg.NewsArticle);
    em.add(g, Rkg.headline, NodeFactory.createLiteralLang(a.title(), "en"));
    em.add(g, ARTICLE_BODY, NodeFactory.createLiteralString(a.body()));
    em.add(g, Rkg.wasDerivedFrom, NodeFactory.createURI(a.source().iri()));
    em.add(g, Rkg.beginIndex, offset(a.source().codePointIndex(a.titleBegin())));
    em.add(g, Rkg.endIndex, offset(a.source().codePointIndex(a.bodyEnd())));
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
    for (Relation r : f.relations()) {
      Node s = iri(r.subject());
      Node p = NodeFactory.createURI(r.predicate().iri());
      Node o = term(r.object());
      describe(r.subject(), em, described);
      if (r.object() instanceof Entity e) {
        describe(e, em, described);
      }
      em.add(s, p, o);
      Node st = NodeFactory.createURI(base + "statement/" + hash(g.getURI(), s.toString(), p.getURI(), o.toString(),
          Integer.toString(r.evidence().begin())));
      em.add(st, Rkg.type, Rkg.Statement);
      em.add(st, Rkg.subject, s);
      em.add(st, Rkg.predicate, p);
      em.add(st, Rkg.object, o);
      em.add(st, Rkg.evidence, NodeFactory.createLiteralString(r.evidence().sentence()));
      em.add(st, Rkg.beginIndex, offset(a.source().codePointIndex(r.evidence().begin())));
      em.add(st, Rkg.endIndex, offset(a.source().codePointIndex(r.evidence().end())));
      em.add(st, Rkg.wasDerivedFrom, g);
    }
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
        em.add(c, RDFS_LABEL, NodeFactory.createLiteralLang(e.containedIn(), "en"));
        described.add("place/" + e.containedIn());
      }
    }
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
    return NodeFactory.createLiteralDT(l.lexical(), org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(l.datatype()));
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

  // Drops repeated quads within one graph so consumers see each fact once.
  private static final class Emitter {
    private final Node graph;
    private final StreamRDF out;
    private final Set<Quad> seen = new LinkedHashSet<>();

    Emitter(Node graph, StreamRDF out) {
      this.graph = graph;
      this.out = out;
    }

    void add(Node s, Node p, Node o) {
      Quad q = Quad.create(graph, s, p, o);
      if (seen.add(q)) {
        out.quad(q);
      }
    }
  }
}
