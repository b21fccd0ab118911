package org.radkg.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.radkg.vocab.Rkg;

/**
 * A small dataset shaped like the extractor's output: two article graphs with reified, evidenced
 * relations, and the source document's graph.
 */
public final class Fixture {
  public static final String ID = Rkg.DATA_BASE;
  public static final Node ARTICLE_1 = iri(ID + "article/is3r-2023-acr-eucaim");
  public static final Node ARTICLE_2 = iri(ID + "article/is3r-2023-rsna-ecr");
  public static final Node SOURCE = iri("https://w3id.org/radkg/source/is3r-global-scan.txt");
  public static final Node ACR = iri(ID + "organization/american-college-of-radiology");
  public static final Node RSNA = iri(ID + "organization/radiological-society-of-north-america");
  public static final Node EUCAIM = iri(ID + "initiative/eucaim");
  public static final Node ECR = iri(ID + "event/ecr-2022");
  public static final Node CHICAGO = iri(ID + "place/chicago");
  public static final Node USA = iri(ID + "place/united-states");
  public static final Node AI = iri(ID + "topic/artificial-intelligence");
  public static final Node METHOD = iri(ID + "method/rule-test");

  private final List<Quad> quads = new ArrayList<>();

  /**
   * The fixture, with fresh blank nodes each call; {@code reversed} inserts the quads backwards.
   */
  public static DatasetGraph dataset(boolean reversed) {
    return new Fixture().build().toDataset(reversed);
  }

  private Fixture build() {
    article(ARTICLE_1, "ACR joins the EUCAIM consortium", ACR);
    entity(ARTICLE_1, ACR, "American College of Radiology", Rkg.Organization, Rkg.Society);
    add(ARTICLE_1, ACR, Rkg.altLabel, NodeFactory.createLiteralLang("ACR", "en"));
    add(ARTICLE_1, ACR, Rkg.acronym, NodeFactory.createLiteralString("ACR"));
    entity(ARTICLE_1, EUCAIM, "EUCAIM", Rkg.Initiative);
    add(ARTICLE_1, ARTICLE_1, Rkg.mentions, EUCAIM);
    relation(ARTICLE_1, ACR, Rkg.partnersIn, EUCAIM, "The ACR is a partner in EUCAIM.", 120, 152);

    article(ARTICLE_2, "RSNA and ACR at ECR 2022 — “Imaging 2030”", RSNA);
    entity(ARTICLE_2, RSNA, "Radiological Society of North America", Rkg.Organization, Rkg.Society);
    entity(ARTICLE_2, ACR, "American College of Radiology", Rkg.Organization, Rkg.Society);
    entity(ARTICLE_2, ECR, "ECR 2022", Rkg.Event);
    entity(ARTICLE_2, CHICAGO, "Chicago", Rkg.Place, Rkg.City);
    entity(ARTICLE_2, USA, "United States", Rkg.Place, Rkg.Country);
    entity(ARTICLE_2, AI, "artificial intelligence", Rkg.Concept);
    add(ARTICLE_2, AI, Rkg.inScheme, Rkg.Topics);
    add(ARTICLE_2, ARTICLE_2, Rkg.about, AI);
    add(ARTICLE_2, CHICAGO, Rkg.containedInPlace, USA);
    relation(ARTICLE_2, RSNA, Rkg.location, CHICAGO, "RSNA, based in Chicago, ...", 300, 327);
    relation(ARTICLE_2, RSNA, Rkg.leads, ECR, "RSNA organized a session at ECR 2022.", 400, 437);
    relation(
        ARTICLE_2,
        ECR,
        Rkg.startDate,
        NodeFactory.createLiteralDT("2022-07", XSDDatatype.XSDgYearMonth),
        "ECR 2022 took place in July 2022.",
        440,
        473);
    relation(
        ARTICLE_2, RSNA, Rkg.collaboratesWith, ACR, "RSNA collaborates with the ACR.", 500, 531);
    relation(
        ARTICLE_2, ACR, Rkg.collaboratesWith, RSNA, "RSNA collaborates with the ACR.", 500, 531);
    // The source document, the context of the offsets, in a graph of its own as a build writes it.
    add(SOURCE, SOURCE, Rkg.type, Rkg.Context);
    add(
        SOURCE,
        SOURCE,
        NodeFactory.createURI(Rkg.SCHEMA + "encodingFormat"),
        NodeFactory.createLiteralString("text/plain"));
    add(
        SOURCE,
        SOURCE,
        Rkg.isString,
        NodeFactory.createLiteralString("IS3R Global Scan (the fixture's text is not kept)"));
    add(
        SOURCE,
        SOURCE,
        NodeFactory.createURI(Rkg.DCTERMS + "rights"),
        NodeFactory.createLiteralString("The fixture's own text, under CC BY 4.0."));
    return this;
  }

  private DatasetGraph toDataset(boolean reversed) {
    List<Quad> order = new ArrayList<>(quads);
    if (reversed) {
      Collections.reverse(order);
    }
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    order.forEach(dsg::add);
    return dsg;
  }

  private void article(Node article, String headline, Node society) {
    add(article, article, Rkg.type, Rkg.NewsArticle);
    add(article, article, Rkg.headline, NodeFactory.createLiteralString(headline));
    add(article, article, Rkg.reportedBy, society);
    add(article, article, Rkg.wasDerivedFrom, SOURCE);
    add(article, article, Rkg.mentions, society);
  }

  private void entity(Node graph, Node entity, String label, Node... types) {
    add(graph, entity, Rkg.label, NodeFactory.createLiteralLang(label, "en"));
    for (Node t : types) {
      add(graph, entity, Rkg.type, t);
    }
  }

  /**
   * The relation and its supporting statement (with the method that read it), exactly as the
   * vocabulary's Provenance section says.
   */
  void relation(Node graph, Node s, Node p, Node o, String sentence, int begin, int end) {
    add(graph, s, p, o);
    Node st = NodeFactory.createBlankNode();
    add(graph, st, Rkg.type, Rkg.Statement);
    add(graph, st, Rkg.subject, s);
    add(graph, st, Rkg.predicate, p);
    add(graph, st, Rkg.object, o);
    add(graph, st, Rkg.evidence, NodeFactory.createLiteralString(sentence));
    add(
        graph,
        st,
        Rkg.beginIndex,
        NodeFactory.createLiteralDT(Integer.toString(begin), XSDDatatype.XSDnonNegativeInteger));
    add(
        graph,
        st,
        Rkg.endIndex,
        NodeFactory.createLiteralDT(Integer.toString(end), XSDDatatype.XSDnonNegativeInteger));
    add(graph, st, Rkg.referenceContext, SOURCE);
    add(graph, st, Rkg.wasDerivedFrom, graph);
    add(graph, st, Rkg.wasAttributedTo, METHOD);
    add(graph, st, Rkg.confidence, NodeFactory.createLiteralDT("0.9", XSDDatatype.XSDdecimal));
    add(graph, METHOD, Rkg.type, Rkg.SoftwareAgent);
    add(graph, METHOD, Rkg.label, NodeFactory.createLiteralLang("Rule test", "en"));
    add(
        graph,
        METHOD,
        Rkg.comment,
        NodeFactory.createLiteralLang("A relation rule of the fixture.", "en"));
  }

  private void add(Node g, Node s, Node p, Node o) {
    quads.add(Quad.create(g, s, p, o));
  }

  private static Node iri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
