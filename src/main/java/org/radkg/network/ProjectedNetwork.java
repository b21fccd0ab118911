package org.radkg.network;

import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * The organization network every writer reads: a JGraphT graph over node ids, the nodes with their
 * attributes (sorted by id) and the links (sorted by source, target), so every output is
 * reproducible.
 */
public record ProjectedNetwork(
    Graph<String, Link> graph, Map<String, NetworkNode> nodes, List<Link> links, int communities) {

  public boolean isEmpty() {
    return nodes.isEmpty();
  }
}
