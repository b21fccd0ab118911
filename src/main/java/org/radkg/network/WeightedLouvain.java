package org.radkg.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;

/**
 * Louvain community detection on edge weights (Blondel et al. 2008), deterministic: nodes are
 * visited in id order and ties keep the current community. Written here because JGraphT 1.5.3's
 * label propagation ignores weights and is randomized, and it has no Louvain.
 */
final class WeightedLouvain {
  /** Community number of each node (0 = the largest community) and the number of communities. */
  record Result(Map<String, Integer> community, int count) {}

  private WeightedLouvain() {}

  static <E> Result detect(Graph<String, E> graph) {
    List<String> ids = new ArrayList<>(new TreeSet<>(graph.vertexSet()));
    Map<String, Integer> index = new HashMap<>();
    ids.forEach(id -> index.put(id, index.size()));
    List<Map<Integer, Double>> start = new ArrayList<>();
    ids.forEach(id -> start.add(new TreeMap<>()));
    for (E e : graph.edgeSet()) {
      int s = index.get(graph.getEdgeSource(e));
      int t = index.get(graph.getEdgeTarget(e));
      start.get(s).merge(t, graph.getEdgeWeight(e), Double::sum);
      start.get(t).merge(s, graph.getEdgeWeight(e), Double::sum);
    }
    List<Map<Integer, Double>> adj = start;
    int[] membership = new int[ids.size()];
    for (int i = 0; i < membership.length; i++) {
      membership[i] = i;
    }
    while (true) {
      int[] level = moveNodes(adj);
      int levelCount = 1 + java.util.Arrays.stream(level).max().orElse(-1);
      if (levelCount == adj.size()) {
        break; // no node moved: the partition is final
      }
      for (int i = 0; i < membership.length; i++) {
        membership[i] = level[membership[i]];
      }
      adj = aggregate(adj, level, levelCount);
    }
    return number(ids, membership);
  }

  /**
   * One local-moving phase; returns each node's community, renumbered 0..k-1 by first appearance.
   */
  private static int[] moveNodes(List<Map<Integer, Double>> adj) {
    int n = adj.size();
    double[] k = new double[n];
    double m2 = 0;
    for (int i = 0; i < n; i++) {
      k[i] = adj.get(i).values().stream().mapToDouble(Double::doubleValue).sum();
      m2 += k[i];
    }
    int[] comm = new int[n];
    double[] tot = new double[n];
    for (int i = 0; i < n; i++) {
      comm[i] = i;
      tot[i] = k[i];
    }
    boolean moved = m2 > 0;
    while (moved) {
      moved = false;
      for (int node = 0; node < n; node++) {
        final int i = node;
        int own = comm[i];
        tot[own] -= k[i];
        Map<Integer, Double> toComm = new TreeMap<>();
        adj.get(i)
            .forEach(
                (j, w) -> {
                  if (j != i) {
                    toComm.merge(comm[j], w, Double::sum);
                  }
                });
        int best = own;
        double bestGain = toComm.getOrDefault(own, 0.0) - tot[own] * k[i] / m2;
        for (Map.Entry<Integer, Double> c : toComm.entrySet()) {
          double gain = c.getValue() - tot[c.getKey()] * k[i] / m2;
          if (gain > bestGain + 1e-12) {
            best = c.getKey();
            bestGain = gain;
          }
        }
        comm[i] = best;
        tot[best] += k[i];
        moved |= best != own;
      }
    }
    Map<Integer, Integer> renumber = new HashMap<>();
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = renumber.computeIfAbsent(comm[i], c -> renumber.size());
    }
    return out;
  }

  /** The graph of communities: internal weight becomes a self-loop, so degrees are kept. */
  private static List<Map<Integer, Double>> aggregate(
      List<Map<Integer, Double>> adj, int[] level, int count) {
    List<Map<Integer, Double>> out = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      out.add(new TreeMap<>());
    }
    for (int i = 0; i < adj.size(); i++) {
      int ci = level[i];
      adj.get(i).forEach((j, w) -> out.get(ci).merge(level[j], w, Double::sum));
    }
    return out;
  }

  /** Communities numbered by size (largest first), ties by their smallest node id. */
  private static Result number(List<String> ids, int[] membership) {
    Map<Integer, List<String>> groups = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      groups.computeIfAbsent(membership[i], c -> new ArrayList<>()).add(ids.get(i));
    }
    List<List<String>> ordered = new ArrayList<>(groups.values());
    ordered.sort(
        Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(g -> g.get(0)));
    Map<String, Integer> community = new TreeMap<>();
    for (int c = 0; c < ordered.size(); c++) {
      for (String id : ordered.get(c)) {
        community.put(id, c);
      }
    }
    return new Result(community, ordered.size());
  }
}
