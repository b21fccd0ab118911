package org.radkg.network;

import java.util.SortedSet;

/**
 * A node of the organization network: its safe id, the organization, the years of its links (and
 * whether some link is undated), and its measures (degree, weighted degree, betweenness on inverted
 * weights, weighted PageRank, community).
 */
public record NetworkNode(
    String id,
    Organization organization,
    SortedSet<Integer> years,
    boolean undatedLinks,
    int degree,
    double weightedDegree,
    double betweenness,
    double pageRank,
    int community) {

  public String label() {
    return organization.label();
  }
}
