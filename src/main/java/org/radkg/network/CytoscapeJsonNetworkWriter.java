package org.radkg.network;

import java.io.OutputStream;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Writes Cytoscape.js JSON: {@code {"elements": {"nodes": [{"data": {...}}], "edges": [{"data":
 * {...}}]}}}.
 */
public final class CytoscapeJsonNetworkWriter {
  private CytoscapeJsonNetworkWriter() {}

  public static void write(ProjectedNetwork net, OutputStream out) {
    JsonArray nodes = new JsonArray();
    for (NetworkNode n : net.nodes().values()) {
      JsonObject data = new JsonObject();
      data.put("id", n.id());
      fill(data, Columns.NODE, n);
      nodes.add(wrap(data));
    }
    JsonArray edges = new JsonArray();
    for (Link l : net.links()) {
      JsonObject data = new JsonObject();
      data.put("id", l.id());
      data.put("source", l.source());
      data.put("target", l.target());
      data.put("weight", l.weight());
      fill(data, Columns.EDGE, l);
      JsonArray articles = new JsonArray();
      l.articles().forEach(articles::add);
      data.put("evidenceArticles", articles); // a list here, where JSON can hold one
      edges.add(wrap(data));
    }
    JsonObject elements = new JsonObject();
    elements.put("nodes", nodes);
    elements.put("edges", edges);
    JsonObject root = new JsonObject();
    root.put("elements", elements);
    JSON.write(out, root);
  }

  private static <T> void fill(JsonObject data, List<Columns.Column<T>> columns, T item) {
    for (Columns.Column<T> c : columns) {
      Object v = c.value().apply(item);
      if (v instanceof Integer i) {
        data.put(c.name(), i);
      } else if (v instanceof Double d) {
        data.put(c.name(), org.apache.jena.atlas.json.JsonNumber.value(d));
      } else if (v != null) {
        data.put(c.name(), v.toString());
      }
    }
  }

  private static JsonObject wrap(JsonObject data) {
    JsonObject o = new JsonObject();
    o.put("data", data);
    return o;
  }
}
