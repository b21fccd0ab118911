package org.radkg.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radkg.canonical.CanonicalGraph;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.corpus.CorpusLoader;
import org.radkg.extract.ReferenceData;
import org.radkg.graph.KnowledgeGraphBuilder;
import org.radkg.vocab.Ontology;
import org.radkg.vocab.Rkg;

/**
 * The summary graph updated for one changed graph ({@link SummaryGraph#update}) equals the one
 * derived in full from the same data, whatever graph of the seed corpus is removed, added back or
 * has its organizations and initiatives renamed (so that rows keyed by a name move to another).
 */
class SummaryGraphUpdateTest {
  private static final Node RENAMED = NodeFactory.createLiteralLang("Renamed body", "en");
  private static CanonicalQuads seed;

  @BeforeAll
  static void seed() throws Exception {
    DatasetGraph built =
        new KnowledgeGraphBuilder(ReferenceData.fromClasspath(), Rkg.DATA_BASE)
            .build(new CorpusLoader().load(List.of(Path.of("data/corpus"))));
    Ontology.addTo(built);
    seed = CanonicalQuads.of(built);
  }

  @Test
  void removingEachGraphAndAddingItBackUpdatesTheRowsAsAFullDerivation() {
    DatasetGraph dsg = materialized();
    int compared = 0;
    for (CanonicalGraph g : articleGraphs()) {
      List<Triple> before = triples(g);
      dsg.deleteAny(graphOf(g), Node.ANY, Node.ANY, Node.ANY);
      update(dsg, before, List.of());
      assertAsFullDerivation(dsg, "without " + g.key());
      for (Quad q : g.quads()) {
        dsg.add(q);
      }
      update(dsg, List.of(), List.of(g));
      assertAsFullDerivation(dsg, "with " + g.key() + " back");
      compared++;
    }
    assertTrue(compared >= 10, compared + " article graphs");
  }

  @Test
  void renamingTheLabelledEntitiesOfAGraphMovesTheirRowsAsAFullDerivation() {
    DatasetGraph dsg = materialized();
    int compared = 0;
    for (CanonicalGraph g : articleGraphs()) {
      List<Quad> renamed = new ArrayList<>();
      for (Quad q : g.quads()) {
        renamed.add(
            q.getPredicate().equals(RDFS.Nodes.label)
                ? Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), RENAMED)
                : q);
      }
      CanonicalGraph edited = CanonicalQuads.of(renamed).graphs().get(0);
      List<Triple> before = triples(g);
      dsg.deleteAny(graphOf(g), Node.ANY, Node.ANY, Node.ANY);
      edited.quads().forEach(dsg::add);
      update(dsg, before, List.of(edited));
      assertAsFullDerivation(dsg, "renamed in " + g.key());
      compared++;
    }
    assertTrue(compared >= 10, compared + " article graphs");
  }

  /** The seed as a build writes it: named graphs, their union as default graph, the summary. */
  private static DatasetGraph materialized() {
    DatasetGraph dsg = DatasetGraphFactory.create();
    for (Quad q : seed.quads()) {
      dsg.add(q);
      dsg.getDefaultGraph().add(q.asTriple());
    }
    SummaryGraph.write(dsg);
    return dsg;
  }

  /** The graphs of the seed's articles (not the ontology's nor a source document's). */
  private static List<CanonicalGraph> articleGraphs() {
    return seed.graphs().stream().filter(g -> g.key().contains("/article/")).toList();
  }

  /** Keeps the default graph the union and updates the summary as an update in place does. */
  private static void update(DatasetGraph dsg, List<Triple> before, List<CanonicalGraph> added) {
    UnionChange change = MaterializedUnion.update(dsg, before, added);
    List<Triple> after = new ArrayList<>();
    added.forEach(g -> after.addAll(triples(g)));
    SummaryGraph.update(dsg, before, after, change);
  }

  private static void assertAsFullDerivation(DatasetGraph dsg, String what) {
    DatasetGraph full = DatasetGraphFactory.create();
    dsg.find().forEachRemaining(full::add);
    SummaryGraph.write(full);
    Graph expected = full.getGraph(SummaryGraph.GRAPH);
    Graph actual = dsg.getGraph(SummaryGraph.GRAPH);
    assertTrue(expected.size() > 0, what);
    assertTrue(
        expected.isIsomorphicWith(actual),
        what + ": " + actual.size() + " summary triples, a full derivation " + expected.size());
  }

  private static List<Triple> triples(CanonicalGraph g) {
    return g.quads().stream().map(Quad::asTriple).toList();
  }

  private static Node graphOf(CanonicalGraph g) {
    return g.quads().get(0).getGraph();
  }
}
