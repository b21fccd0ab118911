package org.radkg.network;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Node measures of the projected network: degree, weighted degree, betweenness, PageRank and
 * community.
 */
final class NetworkMetrics {
  private NetworkMetrics() {}

  static ProjectedNetwork measure(
      Graph<String, Link> graph,
      Map<String, Organization> orgs,
      Map<String, SortedSet<Integer>> years,
      java.util.Set<String> undated,
      List<Link> links) {
    Map<String, Double> betweenness = betweenness(graph);
    Map<String, Double> pageRank =
        graph.vertexSet().isEmpty() ? Map.of() : new PageRank<>(graph).getScores();
    WeightedLouvain.Result communities = WeightedLouvain.detect(graph);
    Map<String, NetworkNode> nodes = new TreeMap<>();
    for (String id : new TreeSet<>(graph.vertexSet())) {
      double weighted = graph.edgesOf(id).stream().mapToDouble(graph::getEdgeWeight).sum();
      nodes.put(
          id,
          new NetworkNode(
              id,
              orgs.get(id),
              years.getOrDefault(id, new TreeSet<>()),
              undated.contains(id),
              graph.degreeOf(id),
              weighted,
              round(betweenness.getOrDefault(id, 0.0)),
              round(pageRank.getOrDefault(id, 0.0)),
              communities.community().getOrDefault(id, 0)));
    }
    return new ProjectedNetwork(graph, nodes, links, communities.count());
  }

  /**
   * Normalized betweenness on a copy whose edge weights are 1/weight: JGraphT reads weights as
   * distances, and a stronger collaboration must make a shorter path, not a longer one.
   */
  private static Map<String, Double> betweenness(Graph<String, Link> graph) {
    SimpleWeightedGraph<String, DefaultWeightedEdge> distances =
        new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    graph.vertexSet().forEach(distances::addVertex);
    for (Link l : graph.edgeSet()) {
      DefaultWeightedEdge e = distances.addEdge(l.source(), l.target());
      distances.setEdgeWeight(e, 1.0 / graph.getEdgeWeight(l));
    }
    // Normalized by the number of pairs of other nodes, (n-1)(n-2)/2, as networkx and Gephi do for
    // an
    // undirected graph; JGraphT's own normalization divides by (n-1)(n-2), half those figures.
    int n = distances.vertexSet().size();
    double pairs = n > 2 ? (n - 1) * (n - 2) / 2.0 : 1;
    Map<String, Double> raw = new BetweennessCentrality<>(distances, false).getScores();
    Map<String, Double> out = new TreeMap<>();
    raw.forEach((v, s) -> out.put(v, s / pairs));
    return out;
  }

  /** Six decimals: enough to rank, and no floating-point noise in the files from run to run. */
  private static double round(double x) {
    return Math.round(x * 1e6) / 1e6;
  }
}
