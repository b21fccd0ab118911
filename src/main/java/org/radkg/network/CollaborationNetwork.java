package org.radkg.network;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bipartite material of the collaboration network as read from the graph: organizations, the
 * initiatives, events and collaborations they share, their links (one per supporting article) and
 * the topics of each article; {@link NetworkProjector} turns it into an organization network.
 */
public record CollaborationNetwork(
    Map<String, Organization> organizations,
    Map<String, Target> targets,
    List<Affiliation> affiliations,
    Map<String, Set<String>> articleTopics) {

  public CollaborationNetwork {
    organizations = Map.copyOf(organizations);
    targets = Map.copyOf(targets);
    affiliations = List.copyOf(affiliations);
    articleTopics = Map.copyOf(articleTopics);
  }

  /**
   * True when {@code other} holds the same organizations, targets, topics and affiliations, these
   * in any order: the store returns them in an order of its own, which the projection ignores.
   */
  public boolean sameAs(CollaborationNetwork other) {
    return organizations.equals(other.organizations)
        && targets.equals(other.targets)
        && articleTopics.equals(other.articleTopics)
        && affiliations.size() == other.affiliations.size()
        && new HashSet<>(affiliations).equals(new HashSet<>(other.affiliations));
  }
}
