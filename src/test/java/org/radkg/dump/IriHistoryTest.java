package org.radkg.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.vocab.Rkg;

/**
 * Entities that a build renames or merges are followed by their shared names or links, ambiguity
 * and disappearance make an IRI gone, fates follow later renames, and an IRI live again leaves the
 * history.
 */
class IriHistoryTest {
  @TempDir Path store;

  private static final Node G = NodeFactory.createURI(Rkg.DATA_BASE + "article/a");

  private static Node org(String slug) {
    return NodeFactory.createURI(Rkg.DATA_BASE + "organization/" + slug);
  }

  private static DatasetGraph graph(String[]... entities) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    for (String[] e : entities) {
      Node n = org(e[0]);
      dsg.add(G, n, Rkg.label, NodeFactory.createLiteralLang(e[1], "en"));
      if (e.length > 2) {
        dsg.add(G, n, Rkg.acronym, NodeFactory.createLiteralString(e[2]));
      }
    }
    return dsg;
  }

  private IriHistory.Fate fate(Node n) throws Exception {
    return IriHistory.lookup(store, n.getURI()).orElse(null);
  }

  @Test
  void renamedMergedGoneAndBack() throws Exception {
    IriHistory.update(
        store,
        graph(
            new String[] {"society-of-testland", "Society of Testland", "SOT"},
            new String[] {"gone-group", "Gone Group"},
            new String[] {"twin-a", "Twin A", "TW"}),
        "2026-01-01");
    IriHistory.update(
        store,
        graph(
            new String[] {"testland-society", "Testland Society", "SOT"},
            new String[] {"twin-b", "Twin B", "TW"},
            new String[] {"twin-c", "Twin C", "TW"}),
        "2026-01-02");
    assertEquals(org("testland-society").getURI(), fate(org("society-of-testland")).now());
    assertTrue(fate(org("gone-group")).gone(), "no name shared: gone");
    assertTrue(fate(org("twin-a")).gone(), "two candidates: gone rather than a guess");
    // A later rename carries the earlier fate along.
    IriHistory.update(
        store,
        graph(
            new String[] {"testland-imaging-society", "Testland Imaging Society", "SOT"},
            new String[] {"gone-group", "Gone Group"}),
        "2026-01-03");
    assertEquals(org("testland-imaging-society").getURI(), fate(org("society-of-testland")).now());
    assertEquals(org("testland-imaging-society").getURI(), fate(org("testland-society")).now());
    assertEquals("2026-01-03", fate(org("society-of-testland")).since());
    assertEquals(null, fate(org("gone-group")), "live again: no fate");
    assertEquals(null, fate(org("never-was")));
  }

  @Test
  void namesMatchDespiteCaseAccentsAndPunctuation() {
    assertEquals(
        IriHistory.normalize("Société Française de Radiologie"),
        IriHistory.normalize("societe francaise de radiologie."));
  }
}
