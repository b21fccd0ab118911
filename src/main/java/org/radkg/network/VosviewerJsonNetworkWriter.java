package org.radkg.network;

import java.io.OutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Writes the JSON that VOSviewer Online opens ({@code {"network": {"items": [...], "links":
 * [...]}}}): each organization an item with its cluster (from 1), weights (links, total link
 * strength, articles) and score (betweenness), each collaboration a link with its strength, and the
 * terminology that names them.
 */
public final class VosviewerJsonNetworkWriter {
  private VosviewerJsonNetworkWriter() {}

  public static void write(ProjectedNetwork net, OutputStream out) {
    JsonArray items = new JsonArray();
    java.util.Map<String, Integer> number = new java.util.HashMap<>();
    for (NetworkNode n : net.nodes().values()) {
      int id = number.size() + 1;
      number.put(n.id(), id);
      JsonObject item = new JsonObject();
      item.put("id", id);
      item.put("label", n.label());
      item.put("url", n.organization().iri());
      item.put("cluster", n.community() + 1);
      JsonObject weights = new JsonObject();
      weights.put("Links", n.degree());
      weights.put("Total link strength", JsonNumber.value(n.weightedDegree()));
      weights.put("Articles", n.organization().articles());
      item.put("weights", weights);
      JsonObject scores = new JsonObject();
      scores.put("Betweenness", JsonNumber.value(n.betweenness()));
      item.put("scores", scores);
      items.add(item);
    }
    JsonArray links = new JsonArray();
    for (Link l : net.links()) {
      JsonObject link = new JsonObject();
      link.put("source_id", number.get(l.source()));
      link.put("target_id", number.get(l.target()));
      link.put("strength", l.weight());
      links.add(link);
    }
    JsonObject network = new JsonObject();
    network.put("items", items);
    network.put("links", links);
    JsonObject terminology = new JsonObject();
    terminology.put("item", "organization");
    terminology.put("items", "organizations");
    terminology.put("link", "collaboration");
    terminology.put("links", "collaborations");
    terminology.put("link_strength", "shared articles");
    terminology.put("total_link_strength", "total shared articles");
    JsonObject config = new JsonObject();
    config.put("terminology", terminology);
    JsonObject root = new JsonObject();
    root.put("network", network);
    root.put("config", config);
    JSON.write(out, root);
  }
}
