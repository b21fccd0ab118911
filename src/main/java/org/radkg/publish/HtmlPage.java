package org.radkg.publish;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page built with jsoup's element API, so every piece of data becomes an escaped text node or
 * attribute value, never markup: the shell (title, style, navigation) and a {@code main} to fill.
 */
final class HtmlPage {
  private static final String STYLE = """
      body{font-family:system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:0 1rem;line-height:1.45}
      nav{padding:.6rem 0;border-bottom:1px solid #ccc}nav a{margin-right:1rem}
      table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.25rem .5rem;vertical-align:top;text-align:left}
      .iri{font-family:monospace;color:#555}.evidence{color:#333;font-style:italic}
      textarea{width:100%;font-family:monospace}pre{white-space:pre-wrap}.article p{max-width:50rem}
      """;

  private final Document doc;
  private final Element main;

  HtmlPage(String title, LinkMapper links) {
    doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false);
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(title + " · radkg");
    head.appendElement("style").appendChild(new DataNode(STYLE));
    Element nav = doc.body().appendElement("nav");
    String base = links.siteBase();
    link(nav, base, "radkg");
    link(nav, base + "queries", "Queries");
    link(nav, base + "editor", "SPARQL editor");
    link(nav, base + "dumps/", "Dumps");
    link(nav, base + "void", "VoID");
    link(nav, base + "ontology", "Ontology");
    main = doc.body().appendElement("main");
    main.appendElement("h1").text(title);
  }

  Document document() {
    return doc;
  }

  Element head() {
    return doc.head();
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
   * Embeds JSON(-LD) in a script element; "<" is written as its JSON escape so no text in the
   * data can close the script ("</script>"), and JSON has "<" only inside strings.
   */
  void embedJsonLd(String json) {
    doc.head().appendElement("script").attr("type", "application/ld+json")
        .appendChild(new DataNode(json.replace("<", "\\u003c")));
  }
}
