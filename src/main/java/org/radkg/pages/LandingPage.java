package org.radkg.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The start page: what the dataset is and where it comes from, questions to start from by clicking,
 * counts of what it holds, charts of activity by society, topic and year, the most connected
 * organizations, and the ways in (search, queries, SPARQL, dumps). Its figures are computed once
 * per served generation.
 */
final class LandingPage {
  private final LinkMapper links;
  private final PerGeneration<PreparedLanding> landing;

  LandingPage(PageSettings settings, LinkMapper links) {
    this.links = links;
    this.landing = new PerGeneration<>(served -> PreparedPages.landing(served, settings.timeout()));
  }

  /** Computes {@code served}'s figures and description now, so its first request needs none. */
  void warm(ServedDataset served) {
    landing.get(served);
  }

  void handle(ServedDataset served, String siteUrl, HttpServletResponse resp, boolean head)
      throws IOException {
    PreparedLanding prepared = landing.get(served);
    LandingFigures f = prepared.figures();
    String base = links.siteBase();
    HtmlPage page = new HtmlPage("radkg: the strategy news of radiology as linked data", links);
    Element main = page.main().addClass("landing");
    Element intro = main.appendElement("section").addClass("intro").attr("aria-label", "About");
    intro
        .appendElement("p")
        .addClass("lead")
        .text(
            "Which organizations work together in radiology, on which"
                + " initiatives and topics, where, and since when: a knowledge graph of organizations, initiatives, events,"
                + " places, people and topics read from the IS3R Global Scan newsletter, in the sections reported by ACR,"
                + " RSNA, ESR, AOSR, ISR, WFUMB and WMIS.");
    intro
        .appendElement("p")
        .text(
            "Every fact is traceable: each relation links to the sentence that states it and"
                + " the article it comes from. Search by name or acronym in the box above, or start from a question below.");

    Element start = section(main, "start-here", "Start here");
    Element ul = start.appendElement("ul").addClass("questions");
    String rsna = links.iriOf("organization/radiological-society-of-north-america");
    question(
        ul,
        base
            + "queries/partners-on-topic?organization="
            + enc(rsna)
            + "&topic="
            + enc(links.iriOf("topic/artificial-intelligence")),
        "Which organizations work on artificial intelligence with RSNA?");
    question(
        ul,
        base + "queries/rsna-global-learning-centers",
        "Where are the RSNA Global Learning Centers?");
    question(
        ul,
        base + "queries/partners-of-organization?organization=" + enc(rsna),
        "Who are RSNA's partners, and through what?");
    question(ul, base + "queries/initiatives-by-topic", "Which initiatives address which topics?");
    question(ul, base + "network", "How are the organizations connected? (network explorer)");
    question(ul, base + "places", "Where does the activity take place? (places)");

    Element counts =
        section(main, "in-numbers", "In numbers")
            .appendElement("ul")
            .attr("id", "counts")
            .addClass("counts");
    for (Map.Entry<String, Long> c : f.counts().entrySet()) {
      Element li = counts.appendElement("li").attr("data-kind", c.getKey());
      li.appendElement("strong").addClass("number").text(String.format("%,d", c.getValue()));
      li.appendElement("span").text(" " + c.getKey());
    }

    Element charts = section(main, "activity", "Activity").addClass("charts");
    BarChart.append(
        charts,
        "chart-societies",
        "Articles by reporting society",
        "articles",
        f.bySociety(),
        links);
    BarChart.append(
        charts,
        "chart-topics",
        "Articles by topic (top " + LandingFigures.TOP_TOPICS + ")",
        "articles",
        f.byTopic(),
        links);
    BarChart.append(
        charts,
        "chart-years",
        "Articles by year of the launches and events they report",
        "articles",
        yearPages(f.byYear()),
        links);
    BarChart.append(
        charts,
        "chart-published",
        "Articles by year published",
        "articles",
        yearPages(f.byPublished()),
        links);

    Element connected = section(main, "most-connected", "Most connected organizations");
    connected
        .appendElement("p")
        .text(
            "By number of distinct partners: stated collaborations, shared initiatives and"
                + " events, and shared memberships.");
    Element ol = connected.appendElement("ol").addClass("ranking");
    for (LandingFigures.Bar b : f.mostConnected()) {
      Element li = ol.appendElement("li");
      HtmlPage.link(li, links.href(b.iri()), b.label());
      li.appendText(" ");
      li.appendElement("span")
          .addClass("count")
          .text(b.value() + (b.value() == 1 ? " partner" : " partners"));
    }
    HtmlPage.link(connected.appendElement("p"), base + "network", "Explore the whole network");

    Element data =
        section(main, "data", "Data and services").appendElement("ul").addClass("services");
    service(
        data,
        base + "queries",
        "Prebuilt queries",
        "questions with a form, results as tables, CSV and JSON");
    service(data, base + "editor", "SPARQL editor", "write your own query");
    service(
        data,
        base + "sparql",
        "SPARQL endpoint",
        "SPARQL 1.1 protocol, GET or POST; the default graph is the union of the articles");
    service(
        data,
        base + "dumps/",
        "Dumps",
        "N-Quads, TriG, Turtle, JSON-LD, RDF/XML, HDT, with SHA256SUMS");
    service(
        data,
        base + "void",
        "VoID and DCAT description",
        "what the dataset is, its licence and its parts");
    service(data, base + "ontology", "Ontology", "the terms the graph uses");
    page.embedJsonLd(prepared.description().jsonLd(links.iriOf("dataset/radkg"), siteUrl, f));
    HttpIo.sendHtml(resp, 200, page, head);
  }

  private static Element section(Element main, String id, String title) {
    Element s = main.appendElement("section").attr("id", id).attr("aria-labelledby", id + "-h");
    s.appendElement("h2").attr("id", id + "-h").text(title);
    return s;
  }

  private static void question(Element ul, String href, String text) {
    HtmlPage.link(ul.appendElement("li"), href, text);
  }

  private static void service(Element ul, String href, String name, String what) {
    Element li = ul.appendElement("li");
    HtmlPage.link(li, href, name);
    li.appendText(": " + what);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  // Each year's bar links to the page of that year.
  private List<LandingFigures.Bar> yearPages(List<LandingFigures.Bar> years) {
    return years.stream()
        .map(
            b ->
                new LandingFigures.Bar(
                    b.label(), links.siteBase() + "year/" + b.label(), b.value()))
        .toList();
  }
}
