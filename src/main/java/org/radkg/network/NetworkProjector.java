package org.radkg.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * Projects the bipartite organization-initiative material onto organizations (pure, deterministic):
 * two organizations are linked when they share an initiative or event, a collaboration they are
 * both members of, or a stated collaboration; filters apply to each supporting article before
 * projecting.
 */
public final class NetworkProjector {
  private NetworkProjector() {}

  /** The filtered organization network with its measures; empty (not null) when nothing matches. */
  public static ProjectedNetwork project(CollaborationNetwork net, NetworkFilter filter) {
    // target IRI -> organization IRI -> the surviving affiliations of that organization with it
    Map<String, Map<String, List<Affiliation>>> byTarget = new TreeMap<>();
    Map<List<String>, Pair> pairs = new TreeMap<>(NetworkProjector::comparePairs);
    for (Affiliation a : net.affiliations()) {
      if (!keep(net, filter, a)) {
        continue;
      }
      if (a.kind() == LinkKind.STATED) {
        Pair p = pair(pairs, a.org(), a.target());
        if (p != null) {
          p.stated = true;
          p.add(a, years(net, a));
        }
      } else {
        byTarget
            .computeIfAbsent(a.target(), k -> new TreeMap<>())
            .computeIfAbsent(a.org(), k -> new ArrayList<>())
            .add(a);
      }
    }
    byTarget.forEach(
        (target, members) -> {
          List<String> orgs = new ArrayList<>(members.keySet());
          for (int i = 0; i < orgs.size(); i++) {
            for (int j = i + 1; j < orgs.size(); j++) {
              Pair p = pair(pairs, orgs.get(i), orgs.get(j));
              if (p == null) {
                continue;
              }
              Target t = net.targets().get(target);
              p.shared.put(target, t != null ? t.label() : Slugs.lastSegment(target));
              for (Affiliation a : members.get(orgs.get(i))) {
                p.add(a, years(net, a));
              }
              for (Affiliation a : members.get(orgs.get(j))) {
                p.add(a, years(net, a));
              }
            }
          }
        });
    Graph<String, Link> graph = linkGraph();
    Map<String, Organization> byId = new TreeMap<>();
    Map<String, SortedSet<Integer>> nodeYears = new HashMap<>();
    Set<String> undated = new TreeSet<>();
    List<Link> links = new ArrayList<>();
    for (Pair p : pairs.values()) {
      int weight = p.shared.size() + (p.stated ? 1 : 0);
      if (weight < filter.minWeight()) {
        continue;
      }
      String s = Slugs.nodeId(p.a);
      String t = Slugs.nodeId(p.b);
      byId.put(s, net.organizations().get(p.a));
      byId.put(t, net.organizations().get(p.b));
      List<String> shared = new ArrayList<>(new TreeSet<>(p.shared.values()));
      List<String> kinds = p.kinds.stream().map(LinkKind::label).toList();
      Link link =
          new Link(
              "e" + links.size(),
              s,
              t,
              weight,
              shared,
              p.years,
              kinds,
              new ArrayList<>(p.articles));
      links.add(link);
      addLink(graph, link);
      nodeYears.computeIfAbsent(s, k -> new TreeSet<>()).addAll(p.years);
      nodeYears.computeIfAbsent(t, k -> new TreeSet<>()).addAll(p.years);
      if (p.years.isEmpty()) {
        undated.add(s);
        undated.add(t);
      }
    }
    return NetworkMetrics.measure(graph, byId, nodeYears, undated, links);
  }

  private static boolean keep(CollaborationNetwork net, NetworkFilter f, Affiliation a) {
    Organization org = net.organizations().get(a.org());
    if (!f.kinds().contains(a.kind()) || org == null || (f.societiesOnly() && !org.society())) {
      return false;
    }
    if (a.kind() == LinkKind.STATED) {
      Organization other = net.organizations().get(a.target());
      if (other == null || (f.societiesOnly() && !other.society())) {
        return false;
      }
    }
    if (f.topic() != null) {
      Set<String> topics = net.articleTopics().getOrDefault(a.article(), Set.of());
      if (!topics.contains(f.topic()) && !topics.contains(f.topic().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    if (f.society() != null) {
      Organization society = a.society() == null ? null : net.organizations().get(a.society());
      if (society == null
          || !(f.society().equalsIgnoreCase(society.acronym())
              || f.society().equalsIgnoreCase(society.label())
              || f.society().equals(society.iri()))) {
        return false;
      }
    }
    if (f.restrictsYears()) {
      // An undated link cannot be placed in a year range, so a range leaves it out.
      return years(net, a).stream().anyMatch(f::yearInRange);
    }
    return true;
  }

  /**
   * The start years of the shared target; the years written in the evidence only when it has none.
   */
  static SortedSet<Integer> years(CollaborationNetwork net, Affiliation a) {
    Target t = a.kind() == LinkKind.STATED ? null : net.targets().get(a.target());
    return t != null && !t.years().isEmpty() ? t.years() : a.evidenceYears();
  }

  private static Pair pair(Map<List<String>, Pair> pairs, String x, String y) {
    if (x.equals(y)) {
      return null;
    }
    String a = Slugs.nodeId(x).compareTo(Slugs.nodeId(y)) <= 0 ? x : y;
    String b = a.equals(x) ? y : x;
    return pairs.computeIfAbsent(List.of(a, b), k -> new Pair(a, b));
  }

  private static int comparePairs(List<String> p, List<String> q) {
    int c = Slugs.nodeId(p.get(0)).compareTo(Slugs.nodeId(q.get(0)));
    return c != 0 ? c : Slugs.nodeId(p.get(1)).compareTo(Slugs.nodeId(q.get(1)));
  }

  /** What two organizations share, accumulated before the weight is known. */
  private static final class Pair {
    final String a;
    final String b;
    final Map<String, String> shared = new TreeMap<>();
    final Set<LinkKind> kinds = new TreeSet<>();
    final SortedSet<String> articles = new TreeSet<>();
    final SortedSet<Integer> years = new TreeSet<>();
    boolean stated;

    Pair(String a, String b) {
      this.a = a;
      this.b = b;
    }

    void add(Affiliation af, Set<Integer> y) {
      kinds.add(af.kind());
      articles.add(af.article());
      years.addAll(y);
    }
  }

  /** An empty graph of the projection's shape: undirected, weighted, one link per pair. */
  static Graph<String, Link> linkGraph() {
    return GraphTypeBuilder.<String, Link>undirected()
        .weighted(true)
        .allowingMultipleEdges(false)
        .allowingSelfLoops(false)
        .buildGraph();
  }

  /** Adds {@code link} with its two ends to {@code graph}, weighted by the link's weight. */
  static void addLink(Graph<String, Link> graph, Link link) {
    graph.addVertex(link.source());
    graph.addVertex(link.target());
    graph.addEdge(link.source(), link.target(), link);
    graph.setEdgeWeight(link, link.weight());
  }
}
