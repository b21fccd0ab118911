package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.radkg.vocab.Rkg;

/**
 * An organization's or a topic's dated initiatives and events, one row each on an axis of years.
 */
class TimelineTest {
  private static final String ID = "https://w3id.org/radkg/id/";

  @Test
  void eachDatedItemIsARowAtItsDateLinkingToItsPage() {
    Element main = Jsoup.parse("<main></main>").selectFirst("main");
    new Timeline(new LinkMapper(ID, "/"))
        .append(
            main,
            List.of(
                new Timeline.Item(ID + "initiative/a", "Fjord Imaging Academy", "2021-07", "leads"),
                new Timeline.Item(
                    ID + "event/b",
                    "Harbour Congress on the Long and Winding Names of Radiology Meetings 2023",
                    "2023-01-17",
                    "partnersIn"),
                new Timeline.Item(ID + "initiative/c", "Undated <Programme>", "", "funds")));
    Element svg = main.selectFirst("#timeline svg.timeline");
    assertEquals(2, svg.select("a circle.event").size(), "the undated item is left out");
    assertEquals(List.of("2021", "2022", "2023"), svg.select("text.year").eachText());
    Element a = svg.selectFirst("a[href=/id/initiative/a]");
    assertEquals("Fjord Imaging Academy (2021-07, leads)", a.selectFirst("text").text());
    Element b = svg.selectFirst("a[href=/id/event/b]");
    assertTrue(
        b.selectFirst("title").text().endsWith("Meetings 2023 (2023-01-17, partners in)"),
        b.selectFirst("title").text());
    assertTrue(b.selectFirst("circle").hasClass("role-partnersin"));
  }

  @Test
  void aTopicsItemsAreTheDatedInitiativesAndEventsItsArticlesMention() {
    DatasetGraph ds = DatasetGraphFactory.createTxnMem();
    Node ai = iri("topic/ai");
    Node art1 = iri("article/one");
    Node art2 = iri("article/two");
    add(ds, art1, art1, Rkg.about, ai);
    add(ds, art1, art1, Rkg.mentions, iri("initiative/fjord"));
    add(ds, art1, art1, Rkg.mentions, iri("event/harbour"));
    add(ds, art1, art1, Rkg.mentions, iri("organization/fjord-society"));
    add(ds, art2, art2, Rkg.mentions, iri("initiative/other-topic"));
    dated(ds, art1, iri("initiative/fjord"), Rkg.Initiative, "Fjord Academy", "2021-07");
    dated(ds, art1, iri("event/harbour"), Rkg.Event, "Harbour Congress", "2019");
    dated(ds, art1, iri("organization/fjord-society"), Rkg.Organization, "Fjord Society", "2001");
    dated(ds, art2, iri("initiative/other-topic"), Rkg.Initiative, "Elsewhere", "2020");
    List<Timeline.Item> items = Timeline.topicItems(DatasetFactory.wrap(ds), ai);
    assertEquals(
        List.of(
            new Timeline.Item(ID + "event/harbour", "Harbour Congress", "2019", "Event"),
            new Timeline.Item(ID + "initiative/fjord", "Fjord Academy", "2021-07", "Initiative")),
        items);
    Element main = Jsoup.parse("<main></main>").selectFirst("main");
    new Timeline(new LinkMapper(ID, "/")).append(main, items);
    assertEquals(
        "Harbour Congress (2019, event)",
        main.selectFirst("a[href=/id/event/harbour] title").text());
  }

  private static Node iri(String path) {
    return NodeFactory.createURI(ID + path);
  }

  // In the default graph: the served store's default graph is the union of the article graphs.
  private static void add(DatasetGraph ds, Node g, Node s, Node p, Node o) {
    ds.getDefaultGraph().add(s, p, o);
  }

  private static void dated(DatasetGraph ds, Node g, Node x, Node type, String label, String date) {
    add(ds, g, x, Rkg.type, type);
    add(ds, g, x, Rkg.label, NodeFactory.createLiteralLang(label, "en"));
    add(ds, g, x, Rkg.startDate, NodeFactory.createLiteralString(date));
  }

  @Test
  void nothingIsDrawnWithoutADate() {
    Element main = Jsoup.parse("<main></main>").selectFirst("main");
    new Timeline(new LinkMapper(ID, "/"))
        .append(main, List.of(new Timeline.Item(ID + "initiative/c", "Undated", "", "funds")));
    assertTrue(main.select("#timeline").isEmpty());
  }
}
