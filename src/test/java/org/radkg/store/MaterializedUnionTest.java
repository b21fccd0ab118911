package org.radkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.vocab.Rkg;

/**
 * The store's default graph is the union of its named graphs, each triple once, after a bulk load
 * and after every update in place (a graph changed, added or removed), equal to a clean build's;
 * the data read back (named graphs) and the build record are those of the input alone.
 */
class MaterializedUnionTest {
  private static final int ARTICLES = 12;
  private static final String ID = Rkg.DATA_BASE;
  private static final Node LABEL = iri("http://www.w3.org/2000/01/rdf-schema#label");
  private static final Node MENTIONS = iri("https://schema.org/mentions");
  private static final Node ACR = iri(ID + "organization/acr");
  private static final Node RSNA = iri(ID + "organization/rsna");
  private static final Node STATEMENT_SUBJECT =
      iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject");

  @TempDir Path tmp;

  @Test
  void aBulkLoadGivenRepeatsTheRecentTriplesMissedStillHoldsEachTripleOnce() {
    DatasetGraph data = corpus();
    List<Triple> given = new ArrayList<>();
    // One triple remembered: nearly every repeat across the graphs reaches the loader.
    MaterializedUnion.triples(CanonicalQuads.of(data), 1, given::add);
    assertTrue(given.size() > unionOf(data).size(), "repeats reach the loader");
    DatasetGraph dsg =
        TDB2Factory.connectDataset(Location.create(tmp.resolve("tdb"))).asDatasetGraph();
    try {
      DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> {});
      loader.startBulk();
      StreamRDF stream = loader.stream();
      stream.start();
      given.forEach(stream::triple);
      stream.finish();
      loader.finishBulk();
      Txn.executeRead(
          dsg,
          () -> {
            assertEquals(unionOf(data).size(), dsg.getDefaultGraph().size());
            assertTrue(dsg.getDefaultGraph().isIsomorphicWith(unionOf(data)));
          });
    } finally {
      TDBInternal.expel(dsg);
    }
  }

  @Test
  void aBulkLoadWritesTheUnionIntoTheDefaultGraphAndQueriesReadItPlain() throws IOException {
    DatasetGraph data = corpus();
    Path store = tmp.resolve("store");
    BuildOutcome out = new StoreBuilder().build(data, store);
    assertTrue(out.how().startsWith("bulk-loaded"), out.how());
    assertTrue(Files.isRegularFile(store.resolve("tdb2").resolve(MaterializedUnion.FILE)));
    assertEquals(ARTICLES, out.namedGraphs());
    assertEquals(data.stream().count(), out.quads(), "the record counts the data's quads only");
    assertEquals(unionOf(data).size(), out.unionTriples(), "counted in the loaded default graph");
    assertDefaultIsUnion(store, data);
    Dataset ds = StoreBuilder.open(store);
    try {
      assertFalse(ds.getContext().isTrue(TDB2.symUnionDefaultGraph), "plain default graph");
      assertTrue(MaterializedUnion.isOn(ds.asDatasetGraph()));
      long triples =
          Txn.calculateRead(
              ds,
              () -> {
                try (QueryExecution qe =
                    QueryExecution.dataset(ds)
                        .query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
                        .build()) {
                  return qe.execSelect().next().getLiteral("n").getLong();
                }
              });
      assertEquals(unionOf(data).size(), triples, "each triple of the union once");
      Txn.executeRead(
          ds,
          () ->
              assertTrue(
                  IsoMatcher.isomorphic(data, MaterializedUnion.dataOf(ds.asDatasetGraph())),
                  "the data read back: the named graphs, no default graph"));
    } finally {
      TDBInternal.expel(ds.asDatasetGraph());
    }
  }

  @Test
  void aChangedGraphKeepsTheDefaultGraphTheUnion() throws IOException {
    updateAndCompare(
        "changed",
        d -> {
          Node g = article(3);
          // A triple only this graph states goes, a shared one it stops stating stays (others
          // state it), a new one comes.
          d.delete(g, g, LABEL, lit("Article 3"));
          d.delete(g, ACR, LABEL, lit("American College of Radiology"));
          d.add(g, g, LABEL, lit("Article three"));
        });
  }

  @Test
  void anAddedGraphKeepsTheDefaultGraphTheUnion() throws IOException {
    updateAndCompare(
        "added",
        d -> {
          Node g = article(ARTICLES);
          d.add(g, g, LABEL, lit("A new article"));
          d.add(g, g, MENTIONS, RSNA);
          d.add(g, RSNA, LABEL, lit("Radiological Society of North America"));
        });
  }

  @Test
  void aRemovedGraphTakesOnlyTheTriplesNoOtherGraphStates() throws IOException {
    updateAndCompare(
        "removed",
        d -> {
          // Article 0 alone states RSNA's label and a statement of its own; ACR's label stays.
          d.deleteAny(article(0), Node.ANY, Node.ANY, Node.ANY);
        });
  }

  @Test
  void aDatasetWithItsOwnDefaultGraphIsServedThroughTheUnionViewAsBefore() throws IOException {
    DatasetGraph data = corpus();
    data.add(Quad.defaultGraphIRI, ACR, LABEL, lit("ACR, in the default graph"));
    Path store = tmp.resolve("own-default");
    new StoreBuilder().build(data, store);
    assertFalse(Files.exists(store.resolve("tdb2").resolve(MaterializedUnion.FILE)));
    Dataset ds = StoreBuilder.open(store);
    try {
      assertTrue(ds.getContext().isTrue(TDB2.symUnionDefaultGraph));
      assertFalse(MaterializedUnion.isOn(ds.asDatasetGraph()));
      Txn.executeRead(ds, () -> assertTrue(IsoMatcher.isomorphic(data, ds.asDatasetGraph())));
    } finally {
      TDBInternal.expel(ds.asDatasetGraph());
    }
    // The same data without it: written afresh with the union materialized, not updated in place.
    BuildOutcome again = new StoreBuilder().build(corpus(), store);
    assertTrue(again.how().startsWith("bulk-loaded"), again.how());
    assertDefaultIsUnion(store, corpus());
  }

  /**
   * Builds the corpus, then the corpus edited by {@code edit}, which must be written in place; the
   * store's default graph is then the edited data's union and the whole store isomorphic to a clean
   * build of the edited data.
   */
  private void updateAndCompare(String name, Consumer<DatasetGraph> edit) throws IOException {
    Path store = tmp.resolve(name);
    new StoreBuilder().build(corpus(), store);
    DatasetGraph next = corpus();
    edit.accept(next);
    BuildOutcome out = new StoreBuilder().build(next, store);
    assertTrue(out.how().startsWith("updated:"), out.how());
    assertDefaultIsUnion(store, next);
    Path clean = tmp.resolve(name + "-clean");
    assertTrue(new StoreBuilder().build(next, clean).how().startsWith("bulk-loaded"));
    Dataset a = StoreBuilder.open(store);
    Dataset b = StoreBuilder.open(clean);
    try {
      Txn.executeRead(
          a,
          () ->
              Txn.executeRead(
                  b,
                  () ->
                      assertTrue(
                          IsoMatcher.isomorphic(a.asDatasetGraph(), b.asDatasetGraph()),
                          "the updated store, default graph included, is the clean build's")));
    } finally {
      TDBInternal.expel(a.asDatasetGraph());
      TDBInternal.expel(b.asDatasetGraph());
    }
  }

  private static void assertDefaultIsUnion(Path store, DatasetGraph data) throws IOException {
    Dataset ds = StoreBuilder.open(store);
    try {
      Txn.executeRead(
          ds,
          () -> {
            Graph def = ds.asDatasetGraph().getDefaultGraph();
            Graph expected = unionOf(data);
            assertEquals(expected.size(), def.size(), "each triple once");
            assertTrue(
                IsoMatcher.isomorphic(expected, def),
                "the default graph is the union of the named graphs");
          });
    } finally {
      TDBInternal.expel(ds.asDatasetGraph());
    }
  }

  private static Graph unionOf(DatasetGraph data) {
    Graph g = GraphFactory.createDefaultGraph();
    data.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
    return g;
  }

  /**
   * {@link #ARTICLES} article graphs: each states its own label, a reified statement (a blank node)
   * and ACR's label; article 0 alone also states RSNA's label.
   */
  private static DatasetGraph corpus() {
    DatasetGraph d = DatasetGraphFactory.createTxnMem();
    for (int i = 0; i < ARTICLES; i++) {
      Node g = article(i);
      d.add(g, g, LABEL, lit("Article " + i));
      d.add(g, g, MENTIONS, ACR);
      d.add(g, ACR, LABEL, lit("American College of Radiology"));
      Node st = NodeFactory.createBlankNode();
      d.add(g, st, STATEMENT_SUBJECT, g);
      d.add(g, st, LABEL, lit("statement " + i));
    }
    d.add(article(0), RSNA, LABEL, lit("Radiological Society of North America"));
    return d;
  }

  private static Node article(int i) {
    return iri(ID + "article/a" + i);
  }

  private static Node iri(String s) {
    return NodeFactory.createURI(s);
  }

  private static Node lit(String s) {
    return NodeFactory.createLiteralString(s);
  }
}
