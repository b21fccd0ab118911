package org.radkg.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Golden projections of the fixture: weights, edge and node attributes, and every filter. */
class NetworkProjectorTest {
  static CollaborationNetwork material;

  @BeforeAll
  static void extract() {
    material = NetworkExtractor.extract(NetworkFixture.dataset(), Duration.ofSeconds(30));
  }

  /** "source-target:weight" per link, the compact golden form. */
  static String edges(ProjectedNetwork net) {
    return net.links().stream()
        .map(l -> l.source().substring(2) + "-" + l.target().substring(2) + ":" + l.weight())
        .collect(Collectors.joining(" "));
  }

  static ProjectedNetwork project(
      Integer from, Integer to, String topic, String society, int minWeight) {
    return NetworkProjector.project(
        material,
        new NetworkFilter(
            EnumSet.allOf(LinkKind.class), false, from, to, topic, society, minWeight));
  }

  @Test
  void allLinksWithWeightsAndAttributes() {
    ProjectedNetwork net = NetworkProjector.project(material, NetworkFilter.all());
    assertEquals(
        "alpha_society-beta_society:2 alpha_society-delta_hospital:1 alpha_society-gamma_institute:1 "
            + "beta_society-gamma_institute:1 delta_hospital-gamma_institute:2",
        edges(net));
    Map<String, Link> byPair =
        net.links().stream().collect(Collectors.toMap(l -> l.source() + " " + l.target(), l -> l));
    Link ab = byPair.get("n_alpha_society n_beta_society");
    assertEquals(List.of("Imaging One", "Imaging Two"), ab.shared());
    assertEquals(2020, ab.firstYear());
    assertEquals(2022, ab.lastYear());
    assertEquals(List.of("initiative"), ab.kinds());
    assertEquals(
        List.of(NetworkFixture.ART1.getURI(), NetworkFixture.ART2.getURI()), ab.articles());
    Link ad = byPair.get("n_alpha_society n_delta_hospital");
    assertEquals(List.of("stated"), ad.kinds());
    assertEquals(
        2021, ad.firstYear(), "a stated collaboration is dated by the years in its evidence");
    Link dg = byPair.get("n_delta_hospital n_gamma_institute");
    assertEquals(List.of("Congress E1", "Kappa Coalition"), dg.shared());
    assertEquals(List.of("initiative", "membership"), dg.kinds());
    assertEquals(null, dg.firstYear());

    NetworkNode alpha = net.nodes().get("n_alpha_society");
    assertEquals("AAA", alpha.organization().acronym());
    assertEquals("society", alpha.organization().type());
    assertEquals(2, alpha.organization().articles());
    assertEquals(3, alpha.degree());
    assertEquals(4.0, alpha.weightedDegree());
    NetworkNode delta = net.nodes().get("n_delta_hospital");
    assertEquals("Germany", delta.organization().country());
    assertEquals("organization", delta.organization().type());
    assertEquals(3, net.nodes().get("n_gamma_institute").organization().articles());
    // Alpha and Gamma sit on every shortest path between their neighbours; Beta and Delta on none.
    assertTrue(alpha.betweenness() > 0 && net.nodes().get("n_gamma_institute").betweenness() > 0);
    assertEquals(0.0, net.nodes().get("n_beta_society").betweenness());
    double pageRankSum = net.nodes().values().stream().mapToDouble(NetworkNode::pageRank).sum();
    assertEquals(1.0, pageRankSum, 1e-4);
  }

  @Test
  void filtersApplyToEachSupportingArticle() {
    assertEquals(
        "alpha_society-beta_society:2 delta_hospital-gamma_institute:2",
        edges(project(null, null, null, null, 2)));
    // From 2021: Imaging One (2020) no longer counts, the undated congress and coalition drop out.
    assertEquals(
        "alpha_society-beta_society:1 alpha_society-delta_hospital:1",
        edges(project(2021, null, null, null, 1)));
    assertEquals(
        "alpha_society-beta_society:1 alpha_society-gamma_institute:1 beta_society-gamma_institute:1",
        edges(project(null, 2020, null, null, 1)));
    assertEquals(
        "alpha_society-beta_society:1 alpha_society-gamma_institute:1 beta_society-gamma_institute:1",
        edges(project(null, null, "artificial intelligence", null, 1)));
    assertEquals(
        edges(project(null, null, "artificial-intelligence", null, 1)),
        edges(project(null, null, NetworkFixture.AI.getURI(), null, 1)));
    assertEquals(
        "alpha_society-beta_society:1 delta_hospital-gamma_institute:1",
        edges(project(null, null, null, "bbb", 1)));
    assertTrue(project(2030, null, null, null, 1).isEmpty());
  }

  @Test
  void projectionsAndNodeKinds() {
    assertEquals(
        "alpha_society-delta_hospital:1",
        edges(
            NetworkProjector.project(
                material,
                new NetworkFilter(
                    LinkKind.parseProjection("stated"), false, null, null, null, null, 1))));
    assertEquals(
        "delta_hospital-gamma_institute:1",
        edges(
            NetworkProjector.project(
                material,
                new NetworkFilter(
                    LinkKind.parseProjection("membership"), false, null, null, null, null, 1))));
    assertEquals(
        "alpha_society-beta_society:2",
        edges(
            NetworkProjector.project(
                material,
                new NetworkFilter(
                    LinkKind.parseProjection("all"), true, null, null, null, null, 1))));
  }

  @Test
  void sameInputSameNetwork() {
    ProjectedNetwork a = NetworkProjector.project(material, NetworkFilter.all());
    ProjectedNetwork b =
        NetworkProjector.project(
            NetworkExtractor.extract(NetworkFixture.dataset(), Duration.ofSeconds(30)),
            NetworkFilter.all());
    assertEquals(a.links(), b.links());
    assertEquals(a.nodes(), b.nodes());
  }

  @Test
  void louvainSeparatesTwoWeightedCliquesJoinedByOneLightEdge() {
    var g =
        org.jgrapht.graph.builder.GraphTypeBuilder
            .<String, org.jgrapht.graph.DefaultWeightedEdge>undirected()
            .weighted(true)
            .edgeClass(org.jgrapht.graph.DefaultWeightedEdge.class)
            .buildGraph();
    for (String[] e :
        new String[][] {
          {"a", "b"}, {"a", "c"}, {"b", "c"}, {"x", "y"}, {"x", "z"}, {"y", "z"}, {"c", "x"}
        }) {
      g.addVertex(e[0]);
      g.addVertex(e[1]);
      g.setEdgeWeight(g.addEdge(e[0], e[1]), e[0].equals("c") ? 1 : 5);
    }
    WeightedLouvain.Result r = WeightedLouvain.detect(g);
    assertEquals(2, r.count());
    assertEquals(r.community().get("a"), r.community().get("c"));
    assertTrue(!r.community().get("a").equals(r.community().get("z")));
  }
}
