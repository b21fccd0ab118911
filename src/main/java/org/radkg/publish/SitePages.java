package org.radkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.jsoup.nodes.Element;
import org.radkg.query.PrebuiltQuery;
import org.radkg.query.QueryParameter;
import org.radkg.query.QueryRunner;

/**
 * The query pages: the list of prebuilt queries, each query's page with a form and its results, and
 * the SPARQL editor.
 */
final class SitePages {
  private static final String EXAMPLE = """
      PREFIX rkg: <https://w3id.org/radkg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?organization ?initiative WHERE {
        ?o rkg:leads ?i . ?o rdfs:label ?organization . ?i rdfs:label ?initiative .
      } LIMIT 25
      """;

  private final RadkgServer server;
  private final LinkMapper links;

  SitePages(RadkgServer server, LinkMapper links) {
    this.server = server;
    this.links = links;
  }

  void queries(HttpServletResponse resp, boolean head) throws IOException {
    HtmlPage page = new HtmlPage("Prebuilt queries", links);
    for (PrebuiltQuery q : server.settings().queries().all()) {
      Element s = page.main().appendElement("section");
      HtmlPage.link(s.appendElement("h2"), links.siteBase() + "queries/" + q.name(), q.title());
      s.appendElement("p").text(q.description());
      Element p = s.appendElement("p");
      HtmlPage.link(p, links.siteBase() + "queries/" + q.name(), "Run");
      p.appendText(" · ");
      HtmlPage.link(p, links.siteBase() + "editor?name=" + q.name(), "Open in the editor");
      p.appendText(" · ");
      HtmlPage.link(p, links.siteBase() + "queries/" + q.name() + ".rq", q.name() + ".rq");
    }
    HttpIo.sendHtml(resp, 200, page, head);
  }

  void query(HttpServletRequest req, HttpServletResponse resp, String name, boolean head) throws IOException {
    boolean text = name.endsWith(".rq");
    Optional<PrebuiltQuery> found = server.settings().queries().find(text ? name.substring(0, name.length() - 3) : name);
    if (found.isEmpty()) {
      HtmlPage page = new HtmlPage("No such query", links);
      HtmlPage.link(page.main().appendElement("p"), links.siteBase() + "queries", "The prebuilt queries");
      HttpIo.sendHtml(resp, 404, page, head);
      return;
    }
    PrebuiltQuery q = found.get();
    if (text) {
      HttpIo.send(resp, 200, "application/sparql-query; charset=utf-8", q.text().getBytes(StandardCharsets.UTF_8), head);
      return;
    }
    HtmlPage page = new HtmlPage(q.title(), links);
    page.main().appendElement("p").text(q.description());
    Map<String, String> given = new LinkedHashMap<>();
    Element form = page.main().appendElement("form").attr("method", "get");
    for (QueryParameter p : q.parameters()) {
      String value = req.getParameter(p.name());
      if (value != null) {
        given.put(p.name(), value);
      }
      Element label = form.appendElement("label").text(p.name() + " (" + p.type() + ") ");
      label.appendElement("input").attr("name", p.name()).attr("size", "80")
          .attr("value", value != null ? value : p.defaultValue() == null ? "" : p.defaultValue());
    }
    if (!q.parameters().isEmpty()) {
      form.appendElement("button").attr("type", "submit").text("Run");
    }
    int status;
    try {
      Map<String, Node> bindings = QueryRunner.bindings(q, given);
      status = QueryResultsPage.append(page.main(), server.dataset(), q.text(), bindings,
          server.settings().timeout(), server.settings().maxResults(), links);
    } catch (IllegalArgumentException e) {
      page.main().appendElement("p").text(e.getMessage());
      status = 400;
    }
    page.main().appendElement("h2").text("The query");
    page.main().appendElement("pre").text(q.text());
    HttpIo.sendHtml(resp, status, page, head);
  }

  /** A textarea form that runs here (HTML table) or sends the query to /sparql in a chosen format. */
  void editor(HttpServletRequest req, HttpServletResponse resp, boolean head) throws IOException {
    String text = req.getParameter("query");
    String name = req.getParameter("name");
    if (text == null && name != null) {
      text = server.settings().queries().find(name).map(PrebuiltQuery::text).orElse(null);
    }
    HtmlPage page = new HtmlPage("SPARQL editor", links);
    Element form = page.main().appendElement("form").attr("method", "get").attr("action", links.siteBase() + "editor");
    form.appendElement("textarea").attr("name", "query").attr("rows", "16").text(text != null ? text : EXAMPLE);
    Element p = form.appendElement("p");
    p.appendElement("button").attr("type", "submit").text("Run (results as a table here)");
    p.appendText(" or send it to the endpoint as ");
    Element select = p.appendElement("select").attr("name", "output").attr("form", "to-endpoint");
    for (String f : new String[] {"json", "xml", "csv", "tsv"}) {
      select.appendElement("option").attr("value", f).text(f);
    }
    page.main().appendElement("form").attr("id", "to-endpoint").attr("method", "post")
        .attr("action", links.siteBase() + "sparql").attr("onsubmit",
            "this.query.value=document.querySelector('textarea[name=query]').value")
        .appendChild(new Element("input").attr("type", "hidden").attr("name", "query"))
        .appendElement("button").attr("type", "submit").text("Send to /sparql");
    int status = 200;
    if (req.getParameter("query") != null) {
      status = QueryResultsPage.append(page.main(), server.dataset(), text, Map.of(),
          server.settings().timeout(), server.settings().maxResults(), links);
    }
    HttpIo.sendHtml(resp, status, page, head);
  }
}
