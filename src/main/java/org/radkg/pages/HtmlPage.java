package org.radkg.pages;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.radkg.vocab.Rights;

/**
 * A page built with jsoup's element API, so every piece of data becomes an escaped text node or
 * attribute value, never markup: the shell (title, style, navigation) and a {@code main} to fill.
 */
final class HtmlPage {
  private final Document doc;
  private final Element main;
  private final String base;

  HtmlPage(String title, LinkMapper links) {
    doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false);
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(title + " · radkg");
    base = links.siteBase();
    head.appendElement("link").attr("rel", "stylesheet").attr("href", asset("site.css"));
    head.appendElement("link")
        .attr("rel", "alternate")
        .attr("type", "application/atom+xml")
        .attr("title", "radkg articles")
        .attr("href", base + "feed.atom");
    Element nav = doc.body().appendElement("nav");
    nav.attr("aria-label", "Site");
    link(nav, base, "radkg");
    link(nav, base + "network", "Network");
    link(nav, base + "places", "Places");
    link(nav, base + "queries", "Queries");
    link(nav, base + "editor", "SPARQL editor");
    link(nav, base + "dumps/", "Dumps");
    link(nav, base + "void", "VoID");
    link(nav, base + "ontology", "Ontology");
    // A plain GET form, so search works without scripts; search.js adds suggestions as you type.
    Element search =
        nav.appendElement("form")
            .attr("role", "search")
            .attr("method", "get")
            .attr("action", base + "search")
            .addClass("site-search");
    search
        .appendElement("label")
        .attr("for", "site-search-q")
        .addClass("visually-hidden")
        .text("Search entities");
    search
        .appendElement("input")
        .attr("type", "search")
        .attr("id", "site-search-q")
        .attr("name", "q")
        .attr("placeholder", "Search: name, acronym, alias")
        .attr("autocomplete", "off");
    search.appendElement("button").attr("type", "submit").text("Search");
    script("search.js");
    main = doc.body().appendElement("main");
    main.appendElement("h1").text(title);
    // Every page credits the article texts' publishers and GeoNames, as their terms ask.
    Element footer = doc.body().appendElement("footer").addClass("rights");
    footer
        .appendElement("span")
        .text("Graph: CC BY 4.0. " + Rights.SOURCES + ". " + Rights.GEONAMES + ".");
  }

  Document document() {
    return doc;
  }

  Element head() {
    return doc.head();
  }

  /**
   * Loads a script from {@code /assets/} (deferred). Pages have no inline scripts or event
   * handlers, so the Content-Security-Policy can allow scripts from this site only.
   */
  void script(String asset) {
    doc.head().appendElement("script").attr("src", asset(asset)).attr("defer", "");
  }

  /** Loads a stylesheet from {@code /assets/}, after the site's own. */
  void stylesheet(String asset) {
    doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", asset(asset));
  }

  /** An asset's address, e.g. {@code /assets/site.css}. */
  private String asset(String name) {
    return base + PageRoutes.ASSETS_PREFIX.substring(1) + name;
  }

  Element main() {
    return main;
  }

  String html() {
    return "<!DOCTYPE html>\n" + doc.outerHtml();
  }

  static Element link(Element parent, String href, String text) {
    return parent.appendElement("a").attr("href", href).text(text);
  }

  /**
   * Embeds JSON(-LD) in a script element; "<" is written as its JSON escape so no text in the data
   * can close the script ("</script>"), and JSON has "<" only inside strings.
   */
  void embedJsonLd(String json) {
    doc.head()
        .appendElement("script")
        .attr("type", "application/ld+json")
        .appendChild(new DataNode(json.replace("<", "\\u003c")));
  }
}
