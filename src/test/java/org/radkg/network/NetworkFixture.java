package org.radkg.network;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.radkg.vocab.Rkg;

/**
 * Four organizations, a coalition, two dated initiatives, an undated event and three articles,
 * shaped like the extractor's output (one named graph per article, every relation with its
 * statement).
 *
 * <pre>
 * ART1 (AAA, topic ai):      AAA leads I1 (2020), BBB partnersIn I1, Gamma funds I1
 * ART2 (BBB, topic equity):  AAA participatesIn I2 (2022-05), BBB hosts I2, Delta leads E1, Gamma partnersIn E1
 * ART3 (AAA):                Gamma, Delta memberOf K; AAA collaboratesWith Delta (both ways, "in 2021")
 * </pre>
 */
final class NetworkFixture {
  static final String ID = Rkg.DATA_BASE;
  static final Node AAA = iri(ID + "organization/alpha-society");
  static final Node BBB = iri(ID + "organization/beta-society");
  static final Node GAMMA = iri(ID + "organization/gamma-institute");
  static final Node DELTA = iri(ID + "organization/delta-hospital");
  static final Node K = iri(ID + "organization/kappa-coalition");
  static final Node I1 = iri(ID + "initiative/imaging-one");
  static final Node I2 = iri(ID + "initiative/imaging-two");
  static final Node E1 = iri(ID + "event/congress-e1");
  static final Node ART1 = iri(ID + "article/art1");
  static final Node ART2 = iri(ID + "article/art2");
  static final Node ART3 = iri(ID + "article/art3");
  static final Node AI = iri(ID + "topic/artificial-intelligence");
  static final Node EQUITY = iri(ID + "topic/health-equity");
  static final Node BERLIN = iri(ID + "place/berlin-de");
  static final Node GERMANY = iri(ID + "place/germany");

  private final Dataset ds = TDB2Factory.createDataset();

  static Dataset dataset() {
    NetworkFixture f = new NetworkFixture();
    Txn.executeWrite(f.ds, f::build);
    return f.ds;
  }

  private void build() {
    article(ART1, AAA);
    org(ART1, AAA, "Alpha Society", "AAA", true);
    org(ART1, BBB, "Beta Society", "BBB", true);
    org(ART1, GAMMA, "Gamma \"Institute\" & <Partners>", null, false);
    entity(ART1, I1, "Imaging One", Rkg.Initiative);
    topic(ART1, AI, "artificial intelligence");
    relation(
        ART1,
        I1,
        Rkg.startDate,
        NodeFactory.createLiteralDT("2020", XSDDatatype.XSDgYear),
        "Since 2020.");
    relation(ART1, AAA, Rkg.leads, I1, "AAA launched Imaging One.");
    relation(ART1, BBB, Rkg.partnersIn, I1, "BBB partners in it.");
    relation(ART1, GAMMA, Rkg.funds, I1, "Gamma funds it.");

    article(ART2, BBB);
    org(ART2, AAA, "Alpha Society", "AAA", true);
    org(ART2, BBB, "Beta Society", "BBB", true);
    org(ART2, DELTA, "Delta Hospital", null, false);
    org(ART2, GAMMA, "Gamma \"Institute\" & <Partners>", null, false);
    entity(ART2, I2, "Imaging Two", Rkg.Initiative);
    entity(ART2, E1, "Congress E1", Rkg.Event);
    topic(ART2, EQUITY, "health equity");
    relation(
        ART2,
        I2,
        Rkg.startDate,
        NodeFactory.createLiteralDT("2022-05", XSDDatatype.XSDgYearMonth),
        "May 2022.");
    relation(ART2, AAA, Rkg.participatesIn, I2, "AAA takes part in Imaging Two.");
    relation(ART2, BBB, Rkg.hosts, I2, "BBB hosts Imaging Two.");
    relation(ART2, DELTA, Rkg.leads, E1, "Delta organizes Congress E1.");
    relation(ART2, GAMMA, Rkg.partnersIn, E1, "Gamma co-organizes it.");

    article(ART3, AAA);
    org(ART3, GAMMA, "Gamma \"Institute\" & <Partners>", null, false);
    org(ART3, DELTA, "Delta Hospital", null, false);
    org(ART3, K, "Kappa Coalition", null, false);
    add(ART3, K, Rkg.type, Rkg.OrganizationalCollaboration);
    entity(ART3, BERLIN, "Berlin", Rkg.Place, Rkg.City);
    entity(ART3, GERMANY, "Germany", Rkg.Place, Rkg.Country);
    add(ART3, BERLIN, Rkg.containedInPlace, GERMANY);
    relation(ART3, DELTA, Rkg.location, BERLIN, "Delta, in Berlin.");
    relation(ART3, GAMMA, Rkg.memberOf, K, "Members include Gamma and Delta.");
    relation(ART3, DELTA, Rkg.memberOf, K, "Members include Gamma and Delta.");
    relation(ART3, AAA, Rkg.collaboratesWith, DELTA, "In 2021 AAA and Delta signed an agreement.");
    relation(ART3, DELTA, Rkg.collaboratesWith, AAA, "In 2021 AAA and Delta signed an agreement.");
  }

  private void article(Node article, Node society) {
    add(article, article, Rkg.type, Rkg.NewsArticle);
    add(article, article, Rkg.reportedBy, society);
  }

  private void org(Node g, Node org, String label, String acronym, boolean society) {
    entity(g, org, label, Rkg.Organization);
    if (society) {
      add(g, org, Rkg.type, Rkg.Society);
    }
    if (acronym != null) {
      add(g, org, Rkg.acronym, NodeFactory.createLiteralString(acronym));
    }
    add(g, g, Rkg.mentions, org);
  }

  private void entity(Node g, Node e, String label, Node... types) {
    add(g, e, Rkg.label, NodeFactory.createLiteralLang(label, "en"));
    for (Node t : types) {
      add(g, e, Rkg.type, t);
    }
  }

  private void topic(Node g, Node topic, String label) {
    entity(g, topic, label, Rkg.Concept);
    add(g, g, Rkg.about, topic);
  }

  private void relation(Node g, Node s, Node p, Node o, String sentence) {
    add(g, s, p, o);
    Node st = NodeFactory.createBlankNode();
    add(g, st, Rkg.type, Rkg.Statement);
    add(g, st, Rkg.subject, s);
    add(g, st, Rkg.predicate, p);
    add(g, st, Rkg.object, o);
    add(g, st, Rkg.evidence, NodeFactory.createLiteralString(sentence));
    add(g, st, Rkg.wasDerivedFrom, g);
  }

  private void add(Node g, Node s, Node p, Node o) {
    ds.asDatasetGraph().add(Quad.create(g, s, p, o));
  }

  private static Node iri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
