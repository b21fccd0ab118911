package org.radkg.reconcile;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.radkg.search.SearchIndex;

/**
 * The small HTML page a client shows in a frame beside a candidate: its name, kind and acronym, its
 * country, identifiers elsewhere and how many articles mention it. Every text is escaped by jsoup.
 */
final class Preview {
  private Preview() {}

  static String html(
      SearchIndex.Hit hit,
      Map<String, List<EntityFacts.Value>> facts,
      String href,
      String siteUrl) {
    Document doc = Document.createShell("");
    doc.title(hit.label());
    // The site's stylesheet: its Content-Security-Policy allows no inline style.
    doc.head()
        .appendElement("link")
        .attr("rel", "stylesheet")
        .attr("href", siteUrl + "assets/reconcile.css");
    Element body = doc.body();
    body.appendElement("h1")
        .appendElement("a")
        .attr("href", href)
        .attr("target", "_blank")
        .attr("rel", "noopener")
        .text(hit.label());
    body.appendElement("p").addClass("kind").text(EntityDescription.of(hit));
    line(body, "Country", facts.get("country"));
    line(body, "Location", facts.get("location"));
    line(body, "Wikidata", facts.get("wikidata"));
    line(body, "ROR", facts.get("ror"));
    line(body, "Articles mentioning it", facts.get("articles"));
    return doc.outerHtml();
  }

  private static void line(Element body, String name, List<EntityFacts.Value> values) {
    if (values == null || values.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (EntityFacts.Value v : values) {
      if (!text.isEmpty()) {
        text.append(", ");
      }
      text.append(v.str() != null ? v.str() : v.name());
    }
    body.appendElement("p").text(name + ": " + text);
  }
}
