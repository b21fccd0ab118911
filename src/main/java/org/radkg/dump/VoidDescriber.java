package org.radkg.dump;

import java.util.HashSet;
import java.util.Set;
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
import org.radkg.vocab.Ontology;
import org.radkg.vocab.Rights;
import org.radkg.vocab.Rkg;

/**
 * Builds the VoID and DCAT description of a dataset (counts, partitions, sources, dumps, endpoint);
 * the same data and settings always give the same description, with no clock time in it.
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
    // The data only: the ontology's graph is served beside it but not counted (see DumpWriter).
    dataset
        .find()
        .forEachRemaining(
            q -> {
              if (!q.getGraph().equals(Ontology.GRAPH)) {
                union.add(q.asTriple());
              }
            });
    VoidStatistics stats = new VoidStatistics(settings.dataBase());
    union.forEach(stats::add);
    return describe(stats);
  }

  /** Describes the union graph whose distinct triples {@code stats} counted. */
  Model describe(VoidStatistics stats) {
    Model m = ModelFactory.createDefaultModel();
    for (String[] p : Rkg.PREFIXES) {
      m.setNsPrefix(p[0], p[1]);
    }
    Resource ds =
        m.createResource(settings.datasetIri())
            .addProperty(m.createProperty(Rkg.RDF, "type"), m.createResource(Rkg.VOID + "Dataset"))
            .addProperty(m.createProperty(Rkg.RDF, "type"), m.createResource(Rkg.DCAT + "Dataset"))
            .addProperty(
                m.createProperty(Rkg.DCTERMS, "title"),
                "radkg: a knowledge graph of the strategy news of radiology",
                "en")
            .addProperty(
                m.createProperty(Rkg.DCTERMS, "description"),
                "Societies, organizations, initiatives, events, places, people and topics read from the"
                    + " newsletters of radiology societies; each article is a named graph and each relation"
                    + " cites the sentence that states it.",
                "en")
            .addProperty(m.createProperty(Rkg.DCTERMS, "license"), m.createResource(Rkg.CC_BY_4))
            .addProperty(m.createProperty(Rkg.DCTERMS, "rights"), rights(m))
            .addProperty(
                m.createProperty(Rkg.DCTERMS, "source"), m.createResource(Rights.GEONAMES_SITE))
            .addProperty(
                m.createProperty(Rkg.VOID, "sparqlEndpoint"),
                m.createResource(settings.sparqlEndpoint()))
            .addProperty(m.createProperty(Rkg.VOID, "uriSpace"), settings.dataBase())
            .addProperty(m.createProperty(Rkg.VOID, "rootResource"), m.createResource(Rkg.ONTOLOGY))
            .addLiteral(m.createProperty(Rkg.VOID, "triples"), count(m, stats.triples()))
            .addLiteral(m.createProperty(Rkg.VOID, "entities"), count(m, stats.entities()))
            .addLiteral(m.createProperty(Rkg.VOID, "classes"), count(m, stats.classes().size()))
            .addLiteral(
                m.createProperty(Rkg.VOID, "properties"), count(m, stats.properties().size()));
    if (settings.modified() != null) {
      ds.addProperty(
          m.createProperty(Rkg.DCTERMS, "modified"),
          m.createTypedLiteral(settings.modified().toString(), XSDDatatype.XSDdate));
    }
    stats
        .sources()
        .forEach(
            s ->
                ds.addProperty(
                    m.createProperty(Rkg.DCTERMS, "source"), m.createResource(s.getURI())));
    stats
        .vocabularies()
        .forEach(
            v -> ds.addProperty(m.createProperty(Rkg.VOID, "vocabulary"), m.createResource(v)));
    stats
        .classes()
        .forEach(
            (c, members) ->
                ds.addProperty(
                    m.createProperty(Rkg.VOID, "classPartition"),
                    m.createResource()
                        .addProperty(
                            m.createProperty(Rkg.VOID, "class"), m.createResource(c.getURI()))
                        .addLiteral(m.createProperty(Rkg.VOID, "entities"), count(m, members))));
    stats
        .properties()
        .forEach(
            (p, n) ->
                ds.addProperty(
                    m.createProperty(Rkg.VOID, "propertyPartition"),
                    m.createResource()
                        .addProperty(
                            m.createProperty(Rkg.VOID, "property"), m.createResource(p.getURI()))
                        .addLiteral(m.createProperty(Rkg.VOID, "triples"), count(m, n))));
    for (DumpFile f : DumpFile.all()) {
      String url = settings.dumpsBaseUrl() + f.fileName();
      ds.addProperty(m.createProperty(Rkg.VOID, "dataDump"), m.createResource(url));
      Resource d =
          m.createResource(settings.datasetIri() + "/distribution/" + f.id())
              .addProperty(
                  m.createProperty(Rkg.RDF, "type"), m.createResource(Rkg.DCAT + "Distribution"))
              .addProperty(m.createProperty(Rkg.DCTERMS, "title"), f.title(), "en")
              .addProperty(m.createProperty(Rkg.DCAT, "downloadURL"), m.createResource(url))
              // DCAT-AP requires an access URL: where the file can be had, here the file itself.
              .addProperty(m.createProperty(Rkg.DCAT, "accessURL"), m.createResource(url))
              .addProperty(
                  m.createProperty(Rkg.DCAT, "mediaType"), m.createResource(IANA + f.mediaType()))
              .addProperty(m.createProperty(Rkg.DCTERMS, "license"), m.createResource(Rkg.CC_BY_4))
              .addProperty(m.createProperty(Rkg.DCTERMS, "rights"), rights(m));
      if (f.gzipped()) {
        d.addProperty(
            m.createProperty(Rkg.DCAT, "compressFormat"),
            m.createResource(IANA + "application/gzip"));
      }
      ds.addProperty(m.createProperty(Rkg.DCAT, "distribution"), d);
    }
    return m;
  }

  /**
   * The rights statement, a resource as DCAT-AP wants ({@code dcterms:RightsStatement}) with the
   * text as its label.
   */
  private Resource rights(Model m) {
    return m.createResource(settings.datasetIri() + "/rights")
        .addProperty(
            m.createProperty(Rkg.RDF, "type"), m.createResource(Rkg.DCTERMS + "RightsStatement"))
        .addProperty(m.createProperty(Rkg.RDFS, "label"), Rights.STATEMENT, "en");
  }

  /** Number of articles (schema:NewsArticle) in a VoID description made by this class. */
  public static long articleCount(Model description) {
    Graph g = description.getGraph();
    Node partition = NodeFactory.createURI(Rkg.VOID + "class");
    return g.find(Node.ANY, partition, Rkg.NewsArticle).toList().stream()
        .flatMap(
            t ->
                g
                    .find(t.getSubject(), NodeFactory.createURI(Rkg.VOID + "entities"), Node.ANY)
                    .toList()
                    .stream())
        .mapToLong(t -> ((Number) t.getObject().getLiteralValue()).longValue())
        .findFirst()
        .orElse(0);
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
}
