package org.radkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** IRIs of the namespaces and terms of the vocabulary contract, as strings and as Jena nodes. */
public final class Rkg {
  private Rkg() {}

  public static final String NS = "https://w3id.org/radkg/ontology#";
  public static final String ONTOLOGY = "https://w3id.org/radkg/ontology";

  /**
   * The base every radkg IRI is minted under (entities, the ontology, the dataset); w3id.org
   * redirects it to wherever the site is served (docs/deploy/w3id.htaccess).
   */
  public static final String IRI_BASE = "https://w3id.org/radkg/";

  /** Default base of entity IRIs ({@code …/id/{kind}/{slug}}); configurable by callers. */
  public static final String DATA_BASE = IRI_BASE + "id/";

  public static final String ORG = "http://www.w3.org/ns/org#";
  public static final String SCHEMA = "https://schema.org/";
  public static final String PROV = "http://www.w3.org/ns/prov#";
  public static final String NIF =
      "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
  public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  public static final String DCTERMS = "http://purl.org/dc/terms/";
  public static final String VOID = "http://rdfs.org/ns/void#";
  public static final String DCAT = "http://www.w3.org/ns/dcat#";
  public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  public static final String OWL = "http://www.w3.org/2002/07/owl#";
  public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

  public static final String CC_BY_4 = "https://creativecommons.org/licenses/by/4.0/";

  // rkg: classes and properties
  public static final Node Society = iri(NS + "Society");
  public static final Node Initiative = iri(NS + "Initiative");
  public static final Node Topics = iri(NS + "Topics");
  public static final Node reportedBy = iri(NS + "reportedBy");
  public static final Node participatesIn = iri(NS + "participatesIn");
  public static final Node leads = iri(NS + "leads");
  public static final Node partnersIn = iri(NS + "partnersIn");
  public static final Node funds = iri(NS + "funds");
  public static final Node hosts = iri(NS + "hosts");
  public static final Node collaboratesWith = iri(NS + "collaboratesWith");
  public static final Node partOf = iri(NS + "partOf");
  public static final Node acronym = iri(NS + "acronym");
  public static final Node evidence = iri(NS + "evidence");
  public static final Node confidence = iri(NS + "confidence");

  // org:
  public static final Node Organization = iri(ORG + "Organization");
  public static final Node FormalOrganization = iri(ORG + "FormalOrganization");
  public static final Node OrganizationalCollaboration = iri(ORG + "OrganizationalCollaboration");
  public static final Node memberOf = iri(ORG + "memberOf");

  // schema:
  public static final Node NewsArticle = iri(SCHEMA + "NewsArticle");
  public static final Node Event = iri(SCHEMA + "Event");
  public static final Node Place = iri(SCHEMA + "Place");
  public static final Node Country = iri(SCHEMA + "Country");
  public static final Node City = iri(SCHEMA + "City");
  public static final Node Person = iri(SCHEMA + "Person");
  public static final Node headline = iri(SCHEMA + "headline");
  public static final Node datePublished = iri(SCHEMA + "datePublished");
  public static final Node mentions = iri(SCHEMA + "mentions");
  public static final Node about = iri(SCHEMA + "about");
  public static final Node location = iri(SCHEMA + "location");
  public static final Node containedInPlace = iri(SCHEMA + "containedInPlace");
  public static final Node startDate = iri(SCHEMA + "startDate");

  /** A city's WGS 84 latitude and longitude in degrees, from the gazetteer (GeoNames). */
  public static final Node latitude = iri(SCHEMA + "latitude");

  public static final Node longitude = iri(SCHEMA + "longitude");
  public static final Node affiliation = iri(SCHEMA + "affiliation");
  public static final Node jobTitle = iri(SCHEMA + "jobTitle");

  // prov:, nif:, skos:
  public static final Node wasDerivedFrom = iri(PROV + "wasDerivedFrom");
  public static final Node wasAttributedTo = iri(PROV + "wasAttributedTo");
  public static final Node SoftwareAgent = iri(PROV + "SoftwareAgent");
  public static final Node beginIndex = iri(NIF + "beginIndex");
  public static final Node endIndex = iri(NIF + "endIndex");

  /** On a statement or an article: the nif:Context whose nif:isString its offsets index. */
  public static final Node referenceContext = iri(NIF + "referenceContext");

  public static final Node isString = iri(NIF + "isString");
  public static final Node Context = iri(NIF + "Context");
  public static final Node Concept = iri(SKOS + "Concept");
  public static final Node altLabel = iri(SKOS + "altLabel");
  public static final Node inScheme = iri(SKOS + "inScheme");

  // rdf:, rdfs:, owl:
  public static final Node type = iri(RDF + "type");
  public static final Node Statement = iri(RDF + "Statement");
  public static final Node subject = iri(RDF + "subject");
  public static final Node predicate = iri(RDF + "predicate");
  public static final Node object = iri(RDF + "object");
  public static final Node label = iri(RDFS + "label");
  public static final Node comment = iri(RDFS + "comment");
  public static final Node sameAs = iri(OWL + "sameAs");

  /** The prefixes that serializations of the graph declare, in a fixed order. */
  public static final String[][] PREFIXES = {
    {"rkg", NS},
    {"org", ORG},
    {"schema", SCHEMA},
    {"prov", PROV},
    {"nif", NIF},
    {"skos", SKOS},
    {"dcterms", DCTERMS},
    {"void", VOID},
    {"dcat", DCAT},
    {"rdf", RDF},
    {"rdfs", RDFS},
    {"owl", OWL},
    {"xsd", XSD}
  };

  private static Node iri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
