package org.radkg.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.jsoup.nodes.Element;
import org.radkg.query.PrebuiltQuery;
import org.radkg.query.QueryParameter;
import org.radkg.query.QueryRunner;

/**
 * The query pages: the list of prebuilt queries and each query's page with a form and its results
 * (the SPARQL editor is {@link EditorPage}).
 */
final class SitePages {
  private final PageSettings settings;
  private final LinkMapper links;

  SitePages(PageSettings settings, LinkMapper links) {
    this.settings = settings;
    this.links = links;
  }

  void queries(HttpServletResponse resp, boolean head) throws IOException {
    HtmlPage page = new HtmlPage("Prebuilt queries", links);
    for (PrebuiltQuery q : settings.queries().all()) {
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

  void query(
      ServedDataset served,
      HttpServletRequest req,
      HttpServletResponse resp,
      String name,
      boolean head)
      throws IOException {
    int dot = name.lastIndexOf('.');
    String suffix = dot < 0 ? "" : name.substring(dot + 1);
    Optional<PrebuiltQuery> found =
        settings.queries().find(dot < 0 ? name : name.substring(0, dot));
    if (found.isEmpty()
        || !(suffix.isEmpty()
            || suffix.equals("rq")
            || QueryDownload.FORMATS.containsKey(suffix))) {
      HtmlPage page = new HtmlPage("No such query", links);
      HtmlPage.link(
          page.main().appendElement("p"), links.siteBase() + "queries", "The prebuilt queries");
      HttpIo.sendHtml(resp, 404, page, head);
      return;
    }
    PrebuiltQuery q = found.get();
    if (suffix.equals("rq")) {
      HttpIo.send(
          resp,
          200,
          "application/sparql-query; charset=utf-8",
          q.text().getBytes(StandardCharsets.UTF_8),
          head);
      return;
    }
    Map<String, String> given = new LinkedHashMap<>();
    q.parameters()
        .forEach(
            p -> {
              String value = req.getParameter(p.name());
              if (value != null) {
                given.put(p.name(), value);
              }
            });
    Map<String, Node> bindings;
    String problem = null;
    try {
      bindings = QueryRunner.bindings(q, given);
    } catch (IllegalArgumentException e) {
      bindings = null;
      problem = e.getMessage();
    }
    if (!suffix.isEmpty()) {
      if (problem != null) {
        HttpIo.sendText(resp, 400, "Bad parameter for " + q.name() + ": " + problem);
      } else {
        QueryDownload.send(
            resp,
            served.dataset(),
            q,
            bindings,
            suffix,
            settings.timeout(),
            settings.maxResults(),
            head);
      }
      return;
    }
    HtmlPage page = new HtmlPage(q.title(), links);
    Element main = page.main().addClass("query-page");
    main.appendElement("p").addClass("description").text(q.description());
    form(main, q, given);
    int status;
    if (problem != null) {
      main.appendElement("p").addClass("problem").attr("role", "alert").text(problem);
      status = 400;
    } else {
      Element results =
          main.appendElement("section").addClass("results").attr("aria-label", "Results");
      status =
          QueryResultsPage.append(
              results,
              served.dataset(),
              q.text(),
              bindings,
              settings.timeout(),
              settings.maxResults(),
              links);
      if (status == 200 && QueryFactory.create(q.text()).isSelectType()) {
        Element downloads = results.appendElement("p").addClass("downloads");
        String params = queryString(given);
        HtmlPage.link(
                downloads,
                links.siteBase() + "queries/" + q.name() + ".csv" + params,
                "Download CSV")
            .addClass("download-csv")
            .attr("download", q.name() + ".csv");
        downloads.appendText(" ");
        HtmlPage.link(
                downloads,
                links.siteBase() + "queries/" + q.name() + ".json" + params,
                "Download JSON")
            .addClass("download-json")
            .attr("download", q.name() + ".json");
        downloads.appendText(" ");
        HtmlPage.link(
            downloads, links.siteBase() + "editor?name=" + q.name(), "Open in the editor");
      }
    }
    Element details = main.appendElement("details").addClass("query-text");
    details.appendElement("summary").text("The SPARQL query");
    details.appendElement("pre").appendElement("code").text(q.text());
    HttpIo.sendHtml(resp, status, page, head);
  }

  /**
   * The parameter form: a labelled input per parameter with a hint for its type; IRI fields suggest
   * entities as you type.
   */
  private void form(Element main, PrebuiltQuery q, Map<String, String> given) {
    if (q.parameters().isEmpty()) {
      return;
    }
    Element form =
        main.appendElement("form")
            .attr("method", "get")
            .addClass("query-form")
            .attr("action", links.siteBase() + "queries/" + q.name());
    for (QueryParameter p : q.parameters()) {
      String id = "param-" + p.name();
      Element field = form.appendElement("div").addClass("field");
      field.appendElement("label").attr("for", id).text(p.name());
      String value = given.getOrDefault(p.name(), p.defaultValue() == null ? "" : p.defaultValue());
      Element input =
          field
              .appendElement("input")
              .attr("id", id)
              .attr("name", p.name())
              .attr("value", value)
              .attr("aria-describedby", id + "-hint")
              .attr("autocomplete", "off");
      switch (p.type()) {
        case IRI ->
            input
                .attr("type", "url")
                .addClass("iri-suggest")
                .attr("data-search", links.siteBase() + "search");
        case INTEGER -> input.attr("type", "number").attr("step", "1");
        case YEAR -> input.attr("inputmode", "numeric").attr("pattern", "[0-9]{4}");
        default -> input.attr("type", "text");
      }
      if (p.defaultValue() == null) {
        input.attr("required", "");
      }
      field
          .appendElement("small")
          .attr("id", id + "-hint")
          .addClass("hint")
          .text(HINTS.get(p.type()));
    }
    form.appendElement("button").attr("type", "submit").text("Run");
  }

  private static final Map<QueryParameter.Type, String> HINTS =
      Map.of(
          QueryParameter.Type.IRI,
              "An entity's IRI: type a name to pick one, or paste https://w3id.org/radkg/id/…",
          QueryParameter.Type.STRING, "Any text.",
          QueryParameter.Type.INTEGER, "A whole number.",
          QueryParameter.Type.YEAR, "A four-digit year, e.g. 2021.");

  private static String queryString(Map<String, String> given) {
    StringBuilder s = new StringBuilder();
    given.forEach(
        (k, v) ->
            s.append(s.length() == 0 ? "?" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return s.toString();
  }
}
