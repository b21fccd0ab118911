package org.radkg.store;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.radkg.vocab.Rkg;

/**
 * Builds the VoID and DCAT description of a dataset (counts, partitions, sources, dumps,
 * endpoint); the same data and settings always give the same description, with no clock time in it.
 */
public final class VoidDescriber {
  private static final String IANA = "https://www.iana.org/assignments/media-types/";

  private final PublicationSettings settings;

  public VoidDescriber(PublicationSettings settings) {
    this.settings = settings;
  }

  /** Describes {@code dataset}, whose union graph is what the endpoint serves. */
  public Model describe(DatasetGraph dataset) {
    if (dataset.supportsTransactions() && !dataset.isInTransaction()) {
      return Txn.calculateRead(dataset, () -> describeInTxn(dataset));
    }
    return describeInTxn(dataset);
  }

  private Model describeInTxn(DatasetGraph dataset) {
    Set<Triple> union = new HashSet<>();
    dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
    Map<Node, Set<Node>> classMembers = new TreeMap<>(VoidDescriber::byString);
    Map<Node, Long> propertyTriples = new TreeMap<>(VoidDescriber::byString);
    Set<Node> entities = new HashSet<>();
    Set<Node> articles = new HashSet<>();
    Set<String> vocabularies = new TreeSet<>();
    for (Triple t : union) {
      propertyTriples.merge(t.getPredicate(), 1L, Long::sum);
      vocabularies.add(namespace(t.getPredicate().getURI()));
      if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(settings.dataBase())) {
        entities.add(t.getSubject());
      }
      if (t.getPredicate().equals(Rkg.type) && t.getObject().isURI()) {
        classMembers.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject());
        vocabularies.add(namespace(t.getObject().getURI()));
        if (t.getObject().equals(Rkg.NewsArticle)) {
          articles.add(t.getSubject());
        }
      }
    }
    Set<Node> sources = new TreeSet<>(VoidDescriber::byString);
    for (Triple t : union) {
      if (t.getPredicate().equals(Rkg.wasDerivedFrom) && articles.contains(t.getSubject())
          && t.getObject().isURI()) {
        sources.add(t.getObject());
      }
    }

    Model m = ModelFactory.createDefaultModel();
    for (String[] p : Rkg.PREFIXES) {
      m.setNsPrefix(p[0], p[1]);
    }
    Resource ds = m.createResource(settings.datasetIri())
        .addProperty(m.createProperty(Rkg.RDF, "type"), m.createResource(Rkg.VOID + "Dataset"))
        .addProperty(m.createProperty(Rkg.RDF, "type"), m.createResource(Rkg.DCAT + "Dataset"))
        .addProperty(m.createProperty(Rkg.DCTERMS, "title"),
            "radkg: a knowledge graph of the strategy news of radiology", "en")
        .addProperty(m.createProperty(Rkg.DCTERMS, "description"),
            "Societies, organizations, initiatives, events, places, people and topics read from the"
                + " newsletters of radiology societies; each article is a named graph and each relation"
                + " cites the sentence that states it.", "en")
        .addProperty(m.createProperty(Rkg.DCTERMS, "license"), m.createResource(Rkg.CC_BY_4))
        .addProperty(m.createProperty(Rkg.VOID, "sparqlEndpoint"),
            m.createResource(settings.sparqlEndpoint()))
        .addProperty(m.createProperty(Rkg.VOID, "uriSpace"), settings.dataBase())
        .addProperty(m.createProperty(Rkg.VOID, "rootResource"), m.createResource(Rkg.ONTOLOGY))
        .addLiteral(m.createProperty(Rkg.VOID, "triples"), count(m, union.size()))
        .addLiteral(m.createProperty(Rkg.VOID, "entities"), count(m, entities.size()))
        .addLiteral(m.createProperty(Rkg.VOID, "classes"), count(m, classMembers.size()))
        .addLiteral(m.createProperty(Rkg.VOID, "properties"), count(m, propertyTriples.size()));
    if (settings.modified() != null) {
      ds.addProperty(m.createProperty(Rkg.DCTERMS, "modified"),
          m.createTypedLiteral(settings.modified().toString(), XSDDatatype.XSDdate));
    }
    sources.forEach(s -> ds.addProperty(m.createProperty(Rkg.DCTERMS, "source"),
        m.createResource(s.getURI())));
    vocabularies.forEach(v -> ds.addProperty(m.createProperty(Rkg.VOID, "vocabulary"),
        m.createResource(v)));
    classMembers.forEach((c, members) -> ds.addProperty(
        m.createProperty(Rkg.VOID, "classPartition"),
        m.createResource()
            .addProperty(m.createProperty(Rkg.VOID, "class"), m.createResource(c.getURI()))
            .addLiteral(m.createProperty(Rkg.VOID, "entities"), count(m, members.size()))));
    propertyTriples.forEach((p, n) -> ds.addProperty(
        m.createProperty(Rkg.VOID, "propertyPartition"),
        m.createResource()
            .addProperty(m.createProperty(Rkg.VOID, "property"), m.createResource(p.getURI()))
            .addLiteral(m.createProperty(Rkg.VOID, "triples"), count(m, n))));
    for (DumpFormat f : DumpFormat.values()) {
      String url = settings.dumpsBaseUrl() + f.fileName();
      ds.addProperty(m.createProperty(Rkg.VOID, "dataDump"), m.createResource(url));
      ds.addProperty(m.createProperty(Rkg.DCAT, "distribution"),
          m.createResource(settings.datasetIri() + "/distribution/" + f.id())
              .addProperty(m.createProperty(Rkg.RDF, "type"), m.createResource(Rkg.DCAT + "Distribution"))
              .addProperty(m.createProperty(Rkg.DCTERMS, "title"), f.title(), "en")
              .addProperty(m.createProperty(Rkg.DCAT, "downloadURL"), m.createResource(url))
              .addProperty(m.createProperty(Rkg.DCAT, "mediaType"),
                  m.createResource(IANA + f.mediaType()))
              .addProperty(m.createProperty(Rkg.DCAT, "compressFormat"),
                  m.createResource(IANA + "application/gzip"))
              .addProperty(m.createProperty(Rkg.DCTERMS, "license"), m.createResource(Rkg.CC_BY_4)));
    }
    return m;
  }

  /** Number of articles (schema:NewsArticle) in a VoID description made by this class. */
  public static long articleCount(Model description) {
    Graph g = description.getGraph();
    Node partition = NodeFactory.createURI(Rkg.VOID + "class");
    return g.find(Node.ANY, partition, Rkg.NewsArticle).toList().stream()
        .flatMap(t -> g.find(t.getSubject(), NodeFactory.createURI(Rkg.VOID + "entities"), Node.ANY)
            .toList().stream())
        .mapToLong(t -> ((Number) t.getObject().getLiteralValue()).longValue())
        .findFirst().orElse(0);
  }

  /** The description as quads of the default graph, for canonical writing. */
  static DatasetGraph asDataset(Model m) {
    DatasetGraph dsg = DatasetGraphFactory.create();
    m.getGraph().find().forEachRemaining(t -> dsg.add(Quad.create(Quad.defaultGraphIRI, t)));
    return dsg;
  }

  private static Literal count(Model m, long n) {
    return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
  }

  private static String namespace(String iri) {
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return cut < 0 ? iri : iri.substring(0, cut + 1);
  }

  private static int byString(Node a, Node b) {
    return CanonicalQuads.CODE_POINT_ORDER.compare(a.toString(), b.toString());
  }
}
