package org.radkg.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.radkg.query.PrebuiltQuery;

/**
 * The SPARQL editor at {@code /editor}: YASGUI over this site's {@code /sparql} (its script and the
 * completion lists of {@link EditorTerms} are served by this site), the prebuilt queries as
 * examples, and under them the plain form that runs a query without any script.
 */
final class EditorPage {
  static final String EXAMPLE =
      """
      PREFIX rkg: <https://w3id.org/radkg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?organization ?initiative WHERE {
        ?o rkg:leads ?i . ?o rdfs:label ?organization . ?i rdfs:label ?initiative .
      } LIMIT 25
      """;

  private final PageSettings settings;
  private final LinkMapper links;

  EditorPage(PageSettings settings, LinkMapper links) {
    this.settings = settings;
    this.links = links;
  }

  /**
   * The page; {@code ?query=} fills both editors and runs the query in the plain form's results,
   * {@code ?name=} opens a prebuilt query.
   */
  void page(ServedDataset served, HttpServletRequest req, HttpServletResponse resp, boolean head)
      throws IOException {
    String text = req.getParameter("query");
    String name = req.getParameter("name");
    PrebuiltQuery named =
        text == null && name != null ? settings.queries().find(name).orElse(null) : null;
    if (named != null) {
      text = named.text();
    }
    HtmlPage page = new HtmlPage("SPARQL editor", links);
    page.stylesheet("vendor/yasgui.min.css");
    page.stylesheet("editor.css");
    page.script("vendor/yasgui.min.js");
    page.script("editor.js");
    Element main = page.main().addClass("editor-page");
    main.appendElement("p")
        .addClass("editor-intro")
        .text(
            "Queries run on this site's SPARQL endpoint. Ctrl-Space completes the vocabulary's"
                + " prefixes and the ontology's classes and properties; results show as a table,"
                + " a chart or the raw response; the share button gives a link to the query.");
    String base = links.siteBase();
    main.appendElement("div")
        .attr("id", "yasgui")
        .attr("data-endpoint", base + "sparql")
        .attr("data-terms", base + "editor/terms.json")
        .attr("data-example", EXAMPLE)
        .attr("data-open-name", named != null ? named.name() : "")
        .attr("data-open-title", named != null ? named.title() : "");
    examples(main);
    int status = plainForm(served, req, main, text);
    HttpIo.sendHtml(resp, status, page, head);
  }

  /** Answers {@code /editor/terms.json}, the completion lists. */
  void terms(HttpServletResponse resp, boolean head) throws IOException {
    resp.setHeader("Cache-Control", "public, max-age=3600");
    HttpIo.send(resp, 200, "application/json", EditorTerms.json(), head);
  }

  /**
   * The prebuilt queries as links: without scripts each opens the query in the plain form; with
   * them, editor.js opens its text ({@code data-query}) in a new tab of the editor.
   */
  private void examples(Element main) {
    Element section =
        main.appendElement("section")
            .attr("id", "editor-examples")
            .attr("aria-labelledby", "editor-examples-title");
    section.appendElement("h2").attr("id", "editor-examples-title").text("Example queries");
    Element list = section.appendElement("ul");
    for (PrebuiltQuery q : settings.queries().all()) {
      Element li = list.appendElement("li");
      HtmlPage.link(li, links.siteBase() + "editor?name=" + q.name(), q.title())
          .attr("data-query", links.siteBase() + "queries/" + q.name() + ".rq")
          .attr("data-title", q.title())
          .attr("title", q.description());
    }
  }

  /**
   * A textarea form that runs the query here (HTML table) or, with the second button, posts the
   * same form to /sparql in a chosen format: no script needed, so nothing for the CSP to forbid.
   * editor.js hides it once YASGUI is drawn. Returns the page's status (a bad query's is 400).
   */
  private int plainForm(ServedDataset served, HttpServletRequest req, Element main, String text) {
    Element section =
        main.appendElement("section")
            .attr("id", "editor-plain")
            .attr("aria-labelledby", "editor-plain-title");
    section.appendElement("h2").attr("id", "editor-plain-title").text("Plain form");
    Element form =
        section
            .appendElement("form")
            .attr("method", "get")
            .attr("action", links.siteBase() + "editor")
            .addClass("editor");
    form.appendElement("label").attr("for", "editor-query").text("SPARQL query");
    form.appendElement("textarea")
        .attr("id", "editor-query")
        .attr("name", "query")
        .attr("rows", "16")
        .attr("spellcheck", "false")
        .text(text != null ? text : EXAMPLE);
    Element p = form.appendElement("p").addClass("actions");
    p.appendElement("button")
        .attr("type", "submit")
        .attr("id", "editor-run")
        .text("Run (results as a table here)");
    p.appendText(" or ");
    p.appendElement("label").attr("for", "editor-output").text("send it to the endpoint as");
    p.appendText(" ");
    Element select = p.appendElement("select").attr("name", "output").attr("id", "editor-output");
    for (String f : new String[] {"json", "xml", "csv", "tsv"}) {
      select.appendElement("option").attr("value", f).text(f);
    }
    p.appendText(" ");
    p.appendElement("button")
        .attr("type", "submit")
        .attr("id", "editor-send")
        .attr("formaction", links.siteBase() + "sparql")
        .attr("formmethod", "post")
        .text("Send to /sparql");
    if (req.getParameter("query") == null) {
      return 200;
    }
    return QueryResultsPage.append(
        section.appendElement("section").addClass("results"),
        served.dataset(),
        text,
        Map.of(),
        settings.timeout(),
        settings.maxResults(),
        links);
  }
}
