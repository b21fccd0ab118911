package org.radkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.corpus.CorpusException;
import org.radkg.store.StoreLayout;
import org.radkg.vocab.Ontology;
import org.radkg.vocab.Rkg;

/**
 * The build on its own, without the command line: what it writes, what it reuses, when it counts as
 * stale.
 */
class BuildTest {
  static final String NEWS =
      """
      Imaging Society of Testland (IST)

      A registry opens

      The Imaging Society of Testland (IST) launched the Testland Dose Registry in 2021. The registry is funded by the Bureau of Dose Studies.

      A course in Oslo

      The IST Ultrasound Course will take place in Oslo, Norway, in 2022.
      """;

  @TempDir Path tmp;

  @Test
  void aBuildWritesTheStoreAndDumpsAndAnotherThresholdTakesEveryArticleFromTheCache()
      throws Exception {
    Path input = Files.writeString(tmp.resolve("news.txt"), NEWS);
    BuildRequest request = BuildRequest.of(List.of(input), tmp.resolve("store"));
    List<String> steps = new ArrayList<>();

    BuildResult first = Build.run(request, steps::add);
    StoreLayout layout = StoreLayout.of(request.store());
    assertTrue(layout.exists());
    assertTrue(Files.isRegularFile(layout.dumps().resolve("radkg.nq.gz")));
    assertTrue(first.store().changed());
    assertEquals(2, first.extracted());
    assertEquals(0, first.cached());
    assertTrue(first.store().quads() > 0);
    assertEquals(
        List.of(
            "comparing the inputs with the last build's",
            "reading " + List.of(input),
            "2 articles",
            "loading reference data",
            "extracting"),
        steps.subList(0, 5));
    assertTrue(
        steps.containsAll(List.of("canonicalizing", "loading the store", "writing dumps")),
        steps.toString());
    assertFalse(Build.stale(request));

    // The findings do not depend on the threshold: every article comes from the cache.
    BuildRequest lower = request.withMinConfidence(0.5);
    BuildResult second = Build.run(lower, BuildListener.SILENT);
    assertEquals(0, second.extracted());
    assertEquals(2, second.cached());

    BuildResult full = Build.run(lower.withFull(true), BuildListener.SILENT);
    assertEquals(2, full.extracted(), "--full extracts everything again");
    assertFalse(full.store().changed());
  }

  @Test
  void aStoreIsStaleWhenMissingWhenAnInputIsNewerOrWhenBuiltWithAnotherThreshold()
      throws Exception {
    Path input = Files.writeString(tmp.resolve("news.txt"), NEWS);
    BuildRequest request =
        BuildRequest.of(List.of(input), tmp.resolve("store")).withMinConfidence(0.0);
    assertTrue(Build.stale(request), "no store yet");
    Build.run(request, BuildListener.SILENT);
    assertFalse(Build.stale(request));
    assertTrue(Build.stale(request.withMinConfidence(0.5)));
    Files.setLastModifiedTime(input, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    assertTrue(Build.stale(request), "an input newer than the store");
  }

  /**
   * A store whose generation lacks the summary graph this version derives (as one an older radkg
   * built) is stale, and building it again writes the graph, so the queries that read it answer.
   */
  @Test
  void aStoreWithoutThisVersionsSummaryGraphIsStaleUntilBuiltAgain() throws Exception {
    Path input = Files.writeString(tmp.resolve("news.txt"), NEWS);
    BuildRequest request =
        BuildRequest.of(List.of(input), tmp.resolve("store")).withMinConfidence(0.0);
    Build.run(request, BuildListener.SILENT);
    assertFalse(Build.stale(request));
    Path generation = request.store().resolve(StoreLayout.TDB2).toRealPath();
    Files.delete(generation.resolve("summary-graph"));
    assertTrue(Build.stale(request), "no summary graph marked in the served generation");
    BuildResult again = Build.run(request, BuildListener.SILENT);
    assertTrue(again.store().changed(), "a new generation, not 'unchanged'");
    assertFalse(Build.stale(request));
  }

  @Test
  void unreadableInputThrowsAndLeavesNoStore() throws Exception {
    Path missing = tmp.resolve("missing.txt");
    BuildRequest request = BuildRequest.of(List.of(missing), tmp.resolve("store"));
    assertThrows(CorpusException.class, () -> Build.run(request, BuildListener.SILENT));
    assertFalse(StoreLayout.of(request.store()).exists());
  }

  @Test
  void theInMemoryGraphIsTheGraphTheStoreHolds() throws Exception {
    Path input = Files.writeString(tmp.resolve("news.txt"), NEWS);
    var graph =
        GraphPipeline.graph(
            GraphPipeline.read(List.of(input), null, BuildListener.SILENT), BuildListener.SILENT);
    BuildResult built =
        Build.run(BuildRequest.of(List.of(input), tmp.resolve("store")), BuildListener.SILENT);
    Ontology.addTo(graph); // the build adds the ontology's graph beside the articles'
    assertEquals(graph.stream().count(), built.store().quads());
  }

  @Test
  void theStoreAndTheDumpsHoldTheOntologyAsItsOwnGraphBesideTheMaterializedFacts()
      throws Exception {
    Path input = Files.writeString(tmp.resolve("news.txt"), NEWS);
    BuildRequest request = BuildRequest.of(List.of(input), tmp.resolve("store"));
    Build.run(request, BuildListener.SILENT);
    StoreLayout layout = StoreLayout.of(request.store());
    Graph ontology = Ontology.graph();
    Dataset store = TDB2Factory.connectDataset(layout.tdb2().toString());
    try {
      Txn.executeRead(
          store,
          () -> {
            DatasetGraph d = store.asDatasetGraph();
            assertTrue(d.getGraph(Ontology.GRAPH).isIsomorphicWith(ontology), "in the store");
            List<Quad> funds = Iter.toList(d.findNG(Node.ANY, Node.ANY, Rkg.funds, Node.ANY));
            assertEquals(1, funds.size(), "the Bureau funds the registry");
            Quad q = funds.get(0);
            assertTrue(
                d.contains(q.getGraph(), q.getSubject(), Rkg.participatesIn, q.getObject()),
                "materialized in the fact's own article graph");
          });
    } finally {
      TDBInternal.expel(store.asDatasetGraph());
    }
    for (String dump : List.of("radkg.nq.gz", "radkg.trig.gz", "radkg.jsonld.gz")) {
      DatasetGraph read = DatasetGraphFactory.create();
      try (InputStream in =
          new GZIPInputStream(Files.newInputStream(layout.dumps().resolve(dump)))) {
        RDFParser.source(in).lang(RDFLanguages.filenameToLang(dump.replace(".gz", ""))).parse(read);
      }
      assertTrue(read.containsGraph(Ontology.GRAPH), dump);
      assertTrue(read.getGraph(Ontology.GRAPH).isIsomorphicWith(ontology), dump);
    }
    // VoID counts the data: no class of the ontology (owl:Class ...) among its class partitions.
    Graph voidGraph =
        RDFParser.source(layout.dumps().resolve("void.ttl")).lang(Lang.TURTLE).toGraph();
    assertFalse(
        voidGraph.contains(
            Node.ANY,
            NodeFactory.createURI(Rkg.VOID + "class"),
            NodeFactory.createURI(Rkg.OWL + "ObjectProperty")),
        "the ontology's terms are not counted as data");
  }

  @Test
  void aStoreRecordsItsInputsAndIsStaleForOthers() throws Exception {
    Path a = Files.writeString(tmp.resolve("a.txt"), NEWS);
    Path b = Files.writeString(tmp.resolve("b.txt"), NEWS);
    Path store = tmp.resolve("recorded");
    Build.run(BuildRequest.of(List.of(a), store), BuildListener.SILENT);
    BuildInputs recorded = BuildInputs.read(store).orElseThrow();
    assertEquals(List.of(a.toAbsolutePath().normalize().toString()), recorded.inputs());
    assertEquals(1, recorded.documents());
    assertTrue(recorded.describe().contains(": 1 document, "), recorded.describe());
    assertFalse(Build.stale(BuildRequest.of(List.of(a), store)));
    assertTrue(Build.stale(BuildRequest.of(List.of(b), store)), "built from other inputs");
    assertFalse(Build.builtFrom(BuildRequest.of(List.of(b), store)));
  }
}
