package org.radkg.reconcile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.radkg.pages.ServedDataset;
import org.radkg.search.SearchIndex;

/**
 * {@code /reconcile}: the W3C Reconciliation Service API 0.2 over the served graph, so that
 * OpenRefine and other clients match their own lists of names against its entities: the manifest
 * ({@code GET} without parameters), query batches ({@code queries}, GET or POST form), data
 * extension ({@code extend}), property proposals ({@code /reconcile/properties}), suggest services
 * for entities, types and properties ({@code /reconcile/suggest/...}), HTML previews ({@code
 * /reconcile/preview?id=}) and the view of an entity ({@code /reconcile/view?id=}, a redirect to
 * its page). A request that cannot be read is 400 with a JSON {@code error}; a batch over {@value
 * #BATCH_SIZE} queries is 413.
 */
public final class ReconciliationService {
  /** The path of the service. */
  public static final String PATH = "/reconcile";

  /** The most queries or extended entities one request may carry. */
  static final int BATCH_SIZE = 50;

  /** Suggestions returned per request. */
  static final int SUGGESTIONS = 10;

  private final String dataBase;
  private final Function<String, String> entityHref;
  private final Function<ServedDataset, SearchIndex> names;

  /**
   * @param dataBase the IRI prefix of the graph's entities (the identifier space)
   * @param entityHref the site path or URL of an entity's page, by its IRI
   * @param names the name index of a served generation, the one the site's search box uses (built
   *     once per generation, not once per service)
   */
  public ReconciliationService(
      String dataBase,
      Function<String, String> entityHref,
      Function<ServedDataset, SearchIndex> names) {
    this.dataBase = dataBase;
    this.entityHref = entityHref;
    this.names = names;
  }

  /**
   * Answers {@code req} (GET, HEAD or POST) for {@code path}, a path under {@link #PATH}; {@code
   * siteUrl} is the site's absolute address as the client sees it.
   */
  public void handle(
      ServedDataset served,
      HttpServletRequest req,
      HttpServletResponse resp,
      String path,
      String siteUrl)
      throws IOException {
    boolean head = "HEAD".equals(req.getMethod());
    try {
      String sub = path.substring(PATH.length());
      switch (sub) {
        case "", "/" -> root(served, req, resp, siteUrl, head);
        case "/suggest/entity" -> suggestEntities(served, req, resp, head);
        case "/suggest/type" -> sendJson(resp, 200, Suggestions.types(prefix(req)), head);
        case "/suggest/property" -> sendJson(resp, 200, Suggestions.properties(prefix(req)), head);
        case "/properties" -> sendJson(resp, 200, proposeProperties(req), head);
        case "/preview" -> preview(served, req, resp, siteUrl, head);
        case "/view" -> view(served, req, resp);
        case "/help" -> sendHtml(resp, HelpPage.html(siteUrl), head);
        default -> error(resp, 404, path + ": no such part of the reconciliation service", head);
      }
    } catch (ReconciliationQuery.BatchTooLargeException e) {
      error(resp, 413, e.getMessage(), head);
    } catch (IllegalArgumentException | JsonException e) {
      error(resp, 400, e.getMessage(), head);
    }
  }

  private void root(
      ServedDataset served,
      HttpServletRequest req,
      HttpServletResponse resp,
      String siteUrl,
      boolean head)
      throws IOException {
    String queries = req.getParameter("queries");
    String extend = req.getParameter("extend");
    if (queries != null) {
      sendJson(resp, 200, reconcile(served, object(queries, "queries")), head);
    } else if (extend != null) {
      sendJson(resp, 200, extend(served, object(extend, "extend")), head);
    } else if ("POST".equals(req.getMethod())) {
      throw new IllegalArgumentException(
          "POST /reconcile needs a form parameter queries (a batch of queries) or extend");
    } else {
      sendJson(resp, 200, Manifest.of(dataBase, siteUrl, BATCH_SIZE), head);
    }
  }

  private JsonObject reconcile(ServedDataset served, JsonObject batch) {
    Map<String, ReconciliationQuery> queries = ReconciliationQuery.parseBatch(batch, BATCH_SIZE);
    Reconciler reconciler =
        new Reconciler(
            names.apply(served),
            iri -> EntityFacts.of(served.dataset(), iri, SearchIndex.shownTypes()));
    JsonObject out = new JsonObject();
    queries.forEach(
        (key, q) -> {
          JsonArray result = new JsonArray();
          for (Reconciler.Candidate c : reconciler.candidates(q)) {
            result.add(candidate(c));
          }
          JsonObject r = new JsonObject();
          r.put("result", result);
          out.put(key, r);
        });
    return out;
  }

  private static JsonObject candidate(Reconciler.Candidate c) {
    JsonObject o = new JsonObject();
    o.put("id", c.hit().iri());
    o.put("name", c.hit().label());
    o.put("description", EntityDescription.of(c.hit()));
    JsonArray types = new JsonArray();
    for (String t : c.hit().typeIris()) {
      String kind = SearchIndex.shownTypes().get(t);
      if (kind != null) {
        JsonObject type = new JsonObject();
        type.put("id", t);
        type.put("name", kind);
        types.add(type);
      }
    }
    o.put("type", types);
    o.put("score", JsonNumber.value(c.score()));
    o.put("match", c.match());
    JsonArray features = new JsonArray();
    c.features()
        .forEach(
            (id, value) -> {
              JsonObject f = new JsonObject();
              f.put("id", id);
              if (value instanceof Boolean b) {
                f.put("value", b);
              } else {
                f.put("value", JsonNumber.value(((Number) value).doubleValue()));
              }
              features.add(f);
            });
    o.put("features", features);
    return o;
  }

  private JsonObject extend(ServedDataset served, JsonObject query) {
    DataExtension ext = DataExtension.parse(query, BATCH_SIZE);
    return ext.answer(iri -> EntityFacts.of(served.dataset(), iri, SearchIndex.shownTypes()));
  }

  private void suggestEntities(
      ServedDataset served, HttpServletRequest req, HttpServletResponse resp, boolean head)
      throws IOException {
    int cursor = cursor(req);
    String prefix = prefix(req);
    List<SearchIndex.Hit> hits =
        prefix.isBlank() ? List.of() : names.apply(served).search(prefix, cursor + SUGGESTIONS);
    sendJson(
        resp,
        200,
        Suggestions.entities(hits.subList(Math.min(cursor, hits.size()), hits.size())),
        head);
  }

  private static JsonObject proposeProperties(HttpServletRequest req) {
    String type = req.getParameter("type");
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException(
          "/reconcile/properties needs a type parameter (a type id of the manifest)");
    }
    ReconciliationType.of(type)
        .orElseThrow(
            () -> new IllegalArgumentException("type " + type + " is not one this service knows"));
    int limit = EntityProperty.ALL.size();
    String limitText = req.getParameter("limit");
    if (limitText != null) {
      limit = positive(limitText, "limit");
    }
    JsonObject out = new JsonObject();
    out.put("type", type);
    JsonArray props = new JsonArray();
    EntityProperty.ALL.stream()
        .limit(limit)
        .forEach(
            p -> {
              JsonObject o = new JsonObject();
              o.put("id", p.id());
              o.put("name", p.name());
              props.add(o);
            });
    out.put("properties", props);
    if (limitText != null) {
      out.put("limit", limit);
    }
    return out;
  }

  private void preview(
      ServedDataset served,
      HttpServletRequest req,
      HttpServletResponse resp,
      String siteUrl,
      boolean head)
      throws IOException {
    SearchIndex.Hit hit = entity(served, req);
    if (hit == null) {
      error(resp, 404, "no entity of this graph has the id " + req.getParameter("id"), head);
      return;
    }
    sendHtml(
        resp,
        Preview.html(
            hit,
            EntityFacts.of(served.dataset(), hit.iri(), SearchIndex.shownTypes()),
            entityHref.apply(hit.iri()),
            siteUrl),
        head);
  }

  private static void sendHtml(HttpServletResponse resp, String html, boolean head)
      throws IOException {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    resp.setStatus(200);
    resp.setContentType("text/html; charset=utf-8");
    resp.setContentLength(bytes.length);
    if (!head) {
      resp.getOutputStream().write(bytes);
    }
  }

  private void view(ServedDataset served, HttpServletRequest req, HttpServletResponse resp)
      throws IOException {
    SearchIndex.Hit hit = entity(served, req);
    if (hit == null) {
      error(resp, 404, "no entity of this graph has the id " + req.getParameter("id"), false);
      return;
    }
    resp.setStatus(303);
    resp.setHeader("Location", entityHref.apply(hit.iri()));
  }

  private SearchIndex.Hit entity(ServedDataset served, HttpServletRequest req) {
    String id = req.getParameter("id");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("give the entity's id (its IRI) as the id parameter");
    }
    return names.apply(served).byIri(id.strip()).orElse(null);
  }

  private static String prefix(HttpServletRequest req) {
    String p = req.getParameter("prefix");
    if (p == null) {
      throw new IllegalArgumentException("a suggest query needs a prefix parameter");
    }
    if (p.length() > ReconciliationQuery.MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException(
          "the prefix has "
              + p.length()
              + " characters; at most "
              + ReconciliationQuery.MAX_QUERY_LENGTH);
    }
    return p;
  }

  private static int cursor(HttpServletRequest req) {
    String c = req.getParameter("cursor");
    if (c == null) {
      return 0;
    }
    int cursor;
    try {
      cursor = Integer.parseInt(c.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("cursor must be a whole number");
    }
    if (cursor < 0 || cursor > 1000) {
      throw new IllegalArgumentException("cursor must be from 0 to 1000");
    }
    return cursor;
  }

  private static int positive(String text, String name) {
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException(name + " must be a positive whole number");
  }

  private static JsonObject object(String json, String name) {
    JsonValue v;
    try {
      v = JSON.parseAny(json);
    } catch (JsonException e) {
      throw new IllegalArgumentException(name + " is not valid JSON: " + e.getMessage());
    }
    if (!v.isObject()) {
      throw new IllegalArgumentException(name + " must be a JSON object");
    }
    return v.getAsObject();
  }

  private static void error(HttpServletResponse resp, int status, String message, boolean head)
      throws IOException {
    JsonObject o = new JsonObject();
    o.put("error", message);
    sendJson(resp, status, o, head);
  }

  static void sendJson(HttpServletResponse resp, int status, JsonObject body, boolean head)
      throws IOException {
    byte[] bytes = JSON.toString(body).getBytes(StandardCharsets.UTF_8);
    resp.setStatus(status);
    resp.setContentType("application/json; charset=utf-8");
    resp.setContentLength(bytes.length);
    if (!head) {
      resp.getOutputStream().write(bytes);
    }
  }
}
