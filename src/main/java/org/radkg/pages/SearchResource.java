package org.radkg.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.jsoup.nodes.Element;
import org.radkg.search.SearchIndex;

/**
 * {@code /search?q=TEXT[&limit=N]}: the entities whose names match, as an HTML page for people or
 * as JSON ({@code Accept: application/json} or {@code format=json}) for scripts and the search box.
 * A missing query is a hint (HTML) or 400 (JSON); a query over {@value #MAX_LENGTH} characters or a
 * limit that is not a number is 400; the limit is kept within 1..{@value #MAX_LIMIT}.
 */
final class SearchResource {
  static final int MAX_LENGTH = 200;
  static final int MAX_LIMIT = 50;
  static final int DEFAULT_LIMIT = 10;

  private final LinkMapper links;
  private final PerGeneration<SearchIndex> index = new PerGeneration<>(PreparedPages::searchIndex);

  SearchResource(LinkMapper links) {
    this.links = links;
  }

  /** The name index of {@code served}'s generation, built on first use. */
  SearchIndex index(ServedDataset served) {
    return index.get(served);
  }

  void handle(ServedDataset served, HttpServletRequest req, HttpServletResponse resp, boolean head)
      throws IOException {
    resp.setHeader("Vary", "Accept");
    if (req.getParameter("format") == null && !acceptsEither(req)) {
      HttpIo.sendText(
          resp,
          HttpServletResponse.SC_NOT_ACCEPTABLE,
          "Available: text/html, application/json (or format=json)");
      return;
    }
    boolean json = wantsJson(req);
    String q = req.getParameter("q");
    q = q == null ? "" : q.strip();
    String problem = null;
    int limit = DEFAULT_LIMIT;
    String limitText = req.getParameter("limit");
    if (q.length() > MAX_LENGTH) {
      problem =
          "The search text has "
              + q.length()
              + " characters; at most "
              + MAX_LENGTH
              + " are allowed.";
    } else if (limitText != null) {
      try {
        limit = Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(limitText.strip())));
      } catch (NumberFormatException e) {
        problem = "limit must be a whole number from 1 to " + MAX_LIMIT + ".";
      }
    }
    if (problem == null && q.isEmpty() && json) {
      problem = "Give the text to search for as q, e.g. /search?q=GLC.";
    }
    if (problem != null) {
      if (json) {
        JsonObject error = new JsonObject();
        error.put("error", problem);
        sendJson(resp, 400, error, head);
      } else {
        HtmlPage page = page(q.length() > MAX_LENGTH ? "" : q);
        page.main().appendElement("p").addClass("problem").attr("role", "alert").text(problem);
        HttpIo.sendHtml(resp, 400, page, head);
      }
      return;
    }
    List<SearchIndex.Hit> hits = q.isEmpty() ? List.of() : index(served).search(q, limit);
    if (json) {
      sendJson(resp, 200, toJson(q, hits), head);
    } else {
      HttpIo.sendHtml(resp, 200, html(q, hits), head);
    }
  }

  private JsonObject toJson(String q, List<SearchIndex.Hit> hits) {
    JsonObject out = new JsonObject();
    out.put("query", q);
    JsonArray results = new JsonArray();
    for (SearchIndex.Hit h : hits) {
      JsonObject r = new JsonObject();
      r.put("iri", h.iri());
      r.put("href", links.href(h.iri()));
      r.put("label", h.label());
      r.put("acronym", h.acronym() != null ? new JsonString(h.acronym()) : JsonNull.instance);
      r.put("type", h.type());
      r.put("score", JsonNumber.value(h.score()));
      results.add(r);
    }
    out.put("results", results);
    return out;
  }

  private HtmlPage html(String q, List<SearchIndex.Hit> hits) {
    HtmlPage page = page(q);
    Element main = page.main();
    if (q.isEmpty()) {
      main.appendElement("p")
          .addClass("hint")
          .text(
              "Type part of a name, an acronym or another name an"
                  + " organization, initiative, event, place, person or topic goes by: for example GLC, Stellenbosch or health equity.");
      return page;
    }
    main.appendElement("p")
        .attr("role", "status")
        .text(
            hits.isEmpty()
                ? "Nothing found for “"
                    + q
                    + "”. Check the spelling, or try fewer or shorter words."
                : hits.size() + (hits.size() == 1 ? " match" : " matches") + " for “" + q + "”.");
    Element ol = main.appendElement("ol").attr("id", "search-results").addClass("search-results");
    for (SearchIndex.Hit h : hits) {
      Element li = ol.appendElement("li");
      HtmlPage.link(li, links.href(h.iri()), h.label());
      if (h.acronym() != null) {
        li.appendText(" ");
        li.appendElement("abbr").addClass("acronym").text(h.acronym());
      }
      li.appendText(" ");
      li.appendElement("span")
          .addClass("type")
          .addClass("type-" + h.type().toLowerCase(Locale.ROOT))
          .text(h.type());
    }
    return page;
  }

  private HtmlPage page(String q) {
    HtmlPage page = new HtmlPage(q.isEmpty() ? "Search" : "Search: " + q, links);
    Element box = page.document().getElementById("site-search-q");
    if (box != null) {
      box.attr("value", q);
    }
    return page;
  }

  /** The one 406 policy: HTML or JSON must be acceptable (a quality above 0). */
  private static boolean acceptsEither(HttpServletRequest req) {
    AcceptHeader accept = AcceptHeader.of(req.getHeader("Accept"));
    return accept.accepts("text/html") || accept.accepts("application/json");
  }

  private static boolean wantsJson(HttpServletRequest req) {
    String format = req.getParameter("format");
    if (format != null) {
      return format.equalsIgnoreCase("json");
    }
    // JSON when HTML is refused, or when the client names JSON and prefers it (a higher quality, or
    // first at the same quality); "*/*" alone is a browser's, which gets HTML.
    AcceptHeader accept = AcceptHeader.of(req.getHeader("Accept"));
    AcceptHeader.Match json = accept.match("application/json");
    AcceptHeader.Match html = accept.match("text/html");
    if (!html.acceptable()) {
      return json.acceptable();
    }
    return json.specificity() == 3 && json.betterThan(html);
  }

  private static void sendJson(HttpServletResponse resp, int status, JsonObject body, boolean head)
      throws IOException {
    HttpIo.send(
        resp,
        status,
        "application/json; charset=utf-8",
        JSON.toString(body).getBytes(StandardCharsets.UTF_8),
        head);
  }
}
