package org.radkg.dump;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
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
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.vocab.Ontology;
import org.radkg.vocab.Rights;
import org.radkg.vocab.Rkg;

/**
 * Builds the VoID and DCAT-AP description of a dataset (counts, partitions, sources, linksets,
 * publisher, dates, version, provenance, dumps with their sizes and checksums, endpoint); the same
 * data and settings always give the same description, with no clock time in it.
 */
public final class VoidDescriber {
  private static final String IANA = "https://www.iana.org/assignments/media-types/";
  private static final String FOAF = "http://xmlns.com/foaf/0.1/";
  private static final String SPDX = "http://spdx.org/rdf/terms#";

  /** The radkg software's version, as {@code radkg --version} prints it. */
  public static final String SOFTWARE_VERSION = "0.1.0";

  /** The prefixes of the description: the graph's and those of FOAF and SPDX. */
  public static final String[][] PREFIXES = prefixes();

  /** The size and SHA-256 of one written dump file. */
  public record WrittenFile(long bytes, String sha256) {}

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
    return describe(stats, CanonicalQuads.of(dataset).sha256(), Map.of());
  }

  /**
   * Describes the union graph whose distinct triples {@code stats} counted, of the dataset whose
   * canonical N-Quads have SHA-256 {@code dataSha256}; {@code files} (by file name) gives the
   * dumps' sizes and checksums, left out for a file it does not name.
   */
  Model describe(VoidStatistics stats, String dataSha256, Map<String, WrittenFile> files) {
    Model m = ModelFactory.createDefaultModel();
    for (String[] p : PREFIXES) {
      m.setNsPrefix(p[0], p[1]);
    }
    LocalDate date =
        settings.modified() != null ? settings.modified() : stats.latestDate().orElse(null);
    // The version names the data exactly: its date (when known) and its canonical hash.
    String version =
        (date != null ? date + "-" : "")
            + dataSha256.substring(0, Math.min(12, dataSha256.length()));
    Resource project = project(m);
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
            .addProperty(m.createProperty(Rkg.DCTERMS, "publisher"), project)
            .addProperty(m.createProperty(Rkg.DCTERMS, "creator"), project)
            .addProperty(
                m.createProperty(Rkg.DCAT, "landingPage"),
                m.createResource(settings.landingPage())
                    .addProperty(
                        m.createProperty(Rkg.RDF, "type"), m.createResource(FOAF + "Document")))
            .addProperty(m.createProperty(Rkg.OWL, "versionInfo"), version)
            .addProperty(m.createProperty(Rkg.DCAT, "version"), version)
            .addProperty(m.createProperty(Rkg.PROV, "wasGeneratedBy"), generation(m))
            .addLiteral(m.createProperty(Rkg.VOID, "triples"), count(m, stats.triples()))
            .addLiteral(m.createProperty(Rkg.VOID, "entities"), count(m, stats.entities()))
            .addLiteral(m.createProperty(Rkg.VOID, "classes"), count(m, stats.classes().size()))
            .addLiteral(
                m.createProperty(Rkg.VOID, "properties"), count(m, stats.properties().size()));
    if (date != null) {
      // Each build is a release: issued and modified are both the data's date, so that the same
      // data gives the same bytes.
      for (String p : new String[] {"issued", "modified"}) {
        ds.addProperty(
            m.createProperty(Rkg.DCTERMS, p),
            m.createTypedLiteral(date.toString(), XSDDatatype.XSDdate));
      }
    }
    for (Node example : stats.examples()) {
      ds.addProperty(
          m.createProperty(Rkg.VOID, "exampleResource"), m.createResource(example.getURI()));
    }
    stats
        .links()
        .forEach(
            (target, n) ->
                ds.addProperty(
                    m.createProperty(Rkg.VOID, "subset"),
                    m.createResource(settings.datasetIri() + "/links/" + target.id())
                        .addProperty(
                            m.createProperty(Rkg.RDF, "type"),
                            m.createResource(Rkg.VOID + "Linkset"))
                        .addProperty(
                            m.createProperty(Rkg.DCTERMS, "title"),
                            "owl:sameAs links to " + target.title(),
                            "en")
                        .addProperty(m.createProperty(Rkg.VOID, "target"), ds)
                        .addProperty(m.createProperty(Rkg.VOID, "target"), target(m, target))
                        .addProperty(m.createProperty(Rkg.VOID, "subjectsTarget"), ds)
                        .addProperty(m.createProperty(Rkg.VOID, "objectsTarget"), target(m, target))
                        .addProperty(
                            m.createProperty(Rkg.VOID, "linkPredicate"),
                            m.createResource(Rkg.OWL + "sameAs"))
                        .addLiteral(m.createProperty(Rkg.VOID, "triples"), count(m, n))));
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
      WrittenFile written = files.get(f.fileName());
      if (written != null) {
        d.addLiteral(
                m.createProperty(Rkg.DCAT, "byteSize"),
                m.createTypedLiteral(
                    Long.toString(written.bytes()), XSDDatatype.XSDnonNegativeInteger))
            .addProperty(
                m.createProperty(SPDX, "checksum"),
                m.createResource()
                    .addProperty(
                        m.createProperty(Rkg.RDF, "type"), m.createResource(SPDX + "Checksum"))
                    .addProperty(
                        m.createProperty(SPDX, "algorithm"),
                        m.createResource(SPDX + "checksumAlgorithm_sha256"))
                    .addProperty(
                        m.createProperty(SPDX, "checksumValue"),
                        m.createTypedLiteral(written.sha256(), XSDDatatype.XSDhexBinary)));
      }
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

  /**
   * The description {@code written} for the addresses of {@code from}, moved to those of {@code
   * to}: the landing page, the SPARQL endpoint and every IRI under the dumps' base are replaced,
   * nothing else (the dataset, its parts and the data's IRIs keep their names).
   */
  public static Graph relocate(Graph written, PublicationSettings from, PublicationSettings to) {
    Graph out = GraphFactory.createDefaultGraph();
    out.getPrefixMapping().setNsPrefixes(written.getPrefixMapping());
    written
        .find()
        .forEachRemaining(
            t ->
                out.add(
                    Triple.create(
                        move(t.getSubject(), from, to),
                        t.getPredicate(),
                        move(t.getObject(), from, to))));
    return out;
  }

  private static Node move(Node n, PublicationSettings from, PublicationSettings to) {
    if (!n.isURI()) {
      return n;
    }
    String iri = n.getURI();
    if (iri.equals(from.landingPage())) {
      return NodeFactory.createURI(to.landingPage());
    }
    if (iri.equals(from.sparqlEndpoint())) {
      return NodeFactory.createURI(to.sparqlEndpoint());
    }
    if (iri.startsWith(from.dumpsBaseUrl())) {
      return NodeFactory.createURI(to.dumpsBaseUrl() + iri.substring(from.dumpsBaseUrl().length()));
    }
    return n;
  }

  /** The radkg project, the dataset's publisher and creator (a {@code foaf:Agent}). */
  private Resource project(Model m) {
    return m.createResource(settings.datasetIri() + "/publisher")
        .addProperty(m.createProperty(Rkg.RDF, "type"), m.createResource(FOAF + "Agent"))
        .addProperty(m.createProperty(FOAF, "name"), "the radkg project", "en")
        .addProperty(m.createProperty(FOAF, "homepage"), m.createResource(settings.landingPage()));
  }

  /** The build that generated the dataset: an activity of the radkg software, at its version. */
  private Resource generation(Model m) {
    Resource software =
        m.createResource(settings.datasetIri() + "/software")
            .addProperty(
                m.createProperty(Rkg.RDF, "type"), m.createResource(Rkg.PROV + "SoftwareAgent"))
            .addProperty(m.createProperty(Rkg.RDFS, "label"), "radkg " + SOFTWARE_VERSION, "en")
            .addProperty(m.createProperty(Rkg.OWL, "versionInfo"), SOFTWARE_VERSION);
    return m.createResource(settings.datasetIri() + "/build")
        .addProperty(m.createProperty(Rkg.RDF, "type"), m.createResource(Rkg.PROV + "Activity"))
        .addProperty(
            m.createProperty(Rkg.RDFS, "label"),
            "radkg build (the pipeline that wrote the graph)",
            "en")
        .addProperty(m.createProperty(Rkg.PROV, "wasAssociatedWith"), software);
  }

  /** A linked dataset, named by its home page. */
  private static Resource target(Model m, LinkTarget target) {
    return m.createResource(target.homepage())
        .addProperty(m.createProperty(Rkg.RDF, "type"), m.createResource(Rkg.VOID + "Dataset"))
        .addProperty(m.createProperty(Rkg.DCTERMS, "title"), target.title(), "en")
        .addProperty(m.createProperty(Rkg.VOID, "uriSpace"), target.namespace());
  }

  private static String[][] prefixes() {
    String[][] out = Arrays.copyOf(Rkg.PREFIXES, Rkg.PREFIXES.length + 2);
    out[Rkg.PREFIXES.length] = new String[] {"foaf", FOAF};
    out[Rkg.PREFIXES.length + 1] = new String[] {"spdx", SPDX};
    return out;
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
