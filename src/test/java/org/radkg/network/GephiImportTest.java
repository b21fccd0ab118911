package org.radkg.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;

/**
 * Our GEXF read by Gephi's own importer (the Gephi toolkit), because Gephi is known to drop parts
 * of dynamic GEXF without an error (gephi issues #964, #666): the import must report no issue of
 * level WARNING or worse, keep every node and edge, and keep the year spells as time intervals.
 */
class GephiImportTest {
  static ProjectedNetwork net;
  @TempDir Path dir;

  @BeforeAll
  static void project() {
    net =
        NetworkProjector.project(
            NetworkExtractor.extract(NetworkFixture.dataset(), Duration.ofSeconds(30)),
            NetworkFilter.all());
  }

  @Test
  void gephiImportsEveryNodeEdgeAndSpell() throws Exception {
    Path f = dir.resolve("n.gexf");
    try (OutputStream out = Files.newOutputStream(f)) {
      GexfNetworkWriter.write(net, out);
    }
    ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
    projects.newProject();
    Workspace workspace = projects.getCurrentWorkspace();
    ImportController importer = Lookup.getDefault().lookup(ImportController.class);
    Container container = importer.importFile(f.toFile());
    assertNotNull(container, "Gephi found no importer for the file");
    List<String> issues =
        container.getReport().getIssuesList(100).stream()
            .filter(i -> i.getLevel().toInteger() >= Issue.Level.WARNING.toInteger())
            .map(Issue::getMessage)
            .collect(Collectors.toList());
    assertTrue(issues.isEmpty(), "import issues: " + issues);
    importer.process(container, new DefaultProcessor(), workspace);
    GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
    Graph g = model.getGraph();

    assertEquals(net.nodes().size(), g.getNodeCount());
    assertEquals(net.links().size(), g.getEdgeCount());
    Node alpha = g.getNode("n_alpha_society");
    assertNotNull(alpha);
    assertEquals("Alpha Society", alpha.getLabel());
    Node gamma = g.getNode("n_gamma_institute");
    assertEquals("Gamma \"Institute\" & <Partners>", gamma.getLabel(), "markup in a label");
    assertEquals(3, ((Number) gamma.getAttribute("articles")).intValue(), "a declared attribute");
    assertEquals(0, gamma.getIntervals().length, "an undated link keeps its node always present");

    // Alpha and Beta share I1 (2020) and I2 (2022): two intervals, one per run of years.
    Node beta = g.getNode("n_beta_society");
    Edge ab = g.getEdge(alpha, beta);
    if (ab == null) {
      ab = g.getEdge(beta, alpha);
    }
    assertNotNull(ab, "the Alpha-Beta edge");
    Interval[] spells = ab.getIntervals();
    assertEquals(2, spells.length, Arrays.toString(spells));
    assertEquals(millis(LocalDate.of(2020, 1, 1)), spells[0].getLow());
    assertEquals(millis(LocalDate.of(2020, 12, 31)), spells[0].getHigh());
    assertEquals(millis(LocalDate.of(2022, 1, 1)), spells[1].getLow());
    assertEquals(millis(LocalDate.of(2022, 12, 31)), spells[1].getHigh());
    assertTrue(model.isDynamic(), "a dynamic graph for Gephi's timeline");
  }

  private static double millis(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }
}
