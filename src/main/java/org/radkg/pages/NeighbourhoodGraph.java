package org.radkg.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.radkg.vocab.Rkg;

/**
 * The small graph drawn on an entity page by neighbourhood.js: the entity and the local entities
 * directly related to it (edges named by their relation), taken from the page's own description
 * graph so it costs no query; written as Cytoscape.js elements in a JSON data block.
 */
final class NeighbourhoodGraph {
  /** Enough to read at a glance; the relation tables below list everything. */
  static final int MAX_NEIGHBOURS = 40;

  private static final Set<Node> SKIPPED = Set.of(Rkg.type, Rkg.sameAs, Rkg.wasDerivedFrom);

  private final Graph g;
  private final Node e;
  private final LinkMapper links;
  private final Set<Triple> materialized;

  /** The drawing of {@code entity}'s relations in {@code graph}, less the {@code materialized}. */
  NeighbourhoodGraph(Graph graph, Node entity, LinkMapper links, Set<Triple> materialized) {
    this.g = graph;
    this.e = entity;
    this.links = links;
    this.materialized = materialized;
  }

  /**
   * Appends the section with {@code #neighbourhood} and its data block; nothing when the entity has
   * no neighbours.
   */
  boolean append(Element parent) {
    JsonObject elements = elements();
    if (elements.get("edges").getAsArray().isEmpty()) {
      return false;
    }
    Element section = parent.appendElement("section").addClass("neighbourhood");
    section.appendElement("h2").attr("id", "neighbourhood-title").text("Neighbourhood");
    section
        .appendElement("div")
        .attr("id", "neighbourhood")
        .addClass("graph")
        .attr("tabindex", "0")
        .attr("role", "application")
        .attr("aria-labelledby", "neighbourhood-title")
        .attr(
            "aria-label",
            "Graph of "
                + name(e)
                + " and the entities directly related to it: arrow keys select one,"
                + " Enter opens its page. The same relations are listed in the tables below.");
    legend(section, elements);
    section
        .appendElement("p")
        .attr("id", "neighbourhood-status")
        .addClass("visually-hidden")
        .attr("aria-live", "polite");
    // A data block is not executed, so the CSP allows it; "<" is escaped so no text can close it.
    section
        .appendElement("script")
        .attr("type", "application/json")
        .attr("id", "neighbourhood-data")
        .appendChild(new DataNode(elements.toString().replace("<", "\\u003c")));
    return true;
  }

  /**
   * The colour of each kind drawn (neighbourhood.js uses the colours of the article highlights).
   */
  private static void legend(Element section, JsonObject elements) {
    java.util.SortedSet<String> kinds = new java.util.TreeSet<>();
    elements
        .get("nodes")
        .getAsArray()
        .forEach(n -> kinds.add(n.getAsObject().getObj("data").getString("kind")));
    Element p = section.appendElement("p").addClass("entity-legend").appendText("Kinds: ");
    for (String kind : kinds) {
      p.appendElement("span")
          .addClass("entity")
          .addClass(ArticleTextLinker.kindClass(kind))
          .text(kind);
    }
  }

  JsonObject elements() {
    Map<String, JsonObject> nodes = new LinkedHashMap<>();
    JsonArray edges = new JsonArray();
    nodes.put(e.getURI(), node(e, true));
    boolean article = "article".equals(links.kindOf(e.getURI()));
    for (Triple t : g.find(e, Node.ANY, Node.ANY).toList()) {
      edge(nodes, edges, t, t.getObject(), article);
    }
    for (Triple t : g.find(Node.ANY, Node.ANY, e).toList()) {
      if (!t.getPredicate().equals(Rkg.mentions)
          && !g.contains(t.getSubject(), Rkg.type, Rkg.Statement)) {
        edge(nodes, edges, t, t.getSubject(), article);
      }
    }
    JsonArray nodeArray = new JsonArray();
    nodes.values().forEach(nodeArray::add);
    JsonObject out = new JsonObject();
    out.put("nodes", nodeArray);
    out.put("edges", edges);
    return out;
  }

  private void edge(
      Map<String, JsonObject> nodes,
      JsonArray edges,
      Triple t,
      Node other,
      boolean centreIsArticle) {
    if (SKIPPED.contains(t.getPredicate())
        || materialized.contains(t)
        || !other.isURI()
        || other.equals(e)) {
      return;
    }
    String kind = links.kindOf(other.getURI());
    // Articles reporting an organization can be many; "Mentioned in" lists them, the drawing shows
    // the entities.
    if (kind == null || (!centreIsArticle && kind.equals("article"))) {
      return;
    }
    if (!nodes.containsKey(other.getURI())) {
      if (nodes.size() > MAX_NEIGHBOURS) {
        return;
      }
      nodes.put(other.getURI(), node(other, false));
    }
    JsonObject data = new JsonObject();
    data.put("id", "e" + edges.size());
    data.put("source", t.getSubject().getURI());
    data.put("target", t.getObject().getURI());
    data.put("label", TermWords.of(t.getPredicate()));
    edges.add(wrap(data));
  }

  private JsonObject node(Node n, boolean centre) {
    JsonObject data = new JsonObject();
    data.put("id", n.getURI());
    data.put("label", name(n));
    data.put("href", links.href(n.getURI()));
    String kind = links.kindOf(n.getURI());
    data.put("kind", kind == null ? "other" : kind);
    if (centre) {
      data.put("centre", true);
    }
    return wrap(data);
  }

  private static JsonObject wrap(JsonObject data) {
    JsonObject o = new JsonObject();
    o.put("data", data);
    return o;
  }

  private String name(Node n) {
    for (Node p : List.of(Rkg.label, Rkg.headline)) {
      for (Triple t : g.find(n, p, Node.ANY).toList()) {
        if (t.getObject().isLiteral()) {
          return t.getObject().getLiteralLexicalForm();
        }
      }
    }
    return LinkMapper.compact(n);
  }
}
