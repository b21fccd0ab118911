package org.radkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A build after an edit writes and canonicalizes only the edited article's graph, taking every
 * other from the graph cache, and gives what a clean full build of the edited corpus gives: the
 * same canonical hash, the same dumps (SHA256SUMS) and isomorphic graphs, whether the graphs stay
 * on the heap or go to the spill file.
 */
class GraphCacheTest {
  private static final Path SEED = Path.of("data/corpus/is3r-global-scan.txt");

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(longs = {Long.MAX_VALUE, 0})
  void anEditRewritesOnlyItsGraphAndEqualsACleanFullBuild(long keptQuads) throws Exception {
    Path store = tmp.resolve("store");
    Build.run(BuildRequest.of(List.of(corpus("base", t -> t)), store), s -> {}, keptQuads);
    Path edited =
        corpus("edited", t -> t.replace("will use its magazine", "must use its magazine"));
    List<String> steps = new ArrayList<>();
    BuildResult incremental =
        Build.run(BuildRequest.of(List.of(edited), store), steps::add, keptQuads);
    String canonicalized =
        steps.stream().filter(s -> s.startsWith("canonicalized: ")).findFirst().orElseThrow();
    assertTrue(
        canonicalized.matches(
            "canonicalized: 1 article graph\\(s\\) written, \\d{2,} from the cache"),
        canonicalized);
    assertTrue(incremental.store().how().startsWith("updated"), incremental.store().how());

    Path cleanStore = tmp.resolve("clean");
    BuildResult clean =
        Build.run(BuildRequest.of(List.of(edited), cleanStore).withFull(true), s -> {}, keptQuads);
    assertEquals(clean.store().sha256(), incremental.store().sha256(), "the canonical hash");
    assertEquals(clean.store().unionTriples(), incremental.store().unionTriples());
    assertEquals(sums(cleanStore), sums(store), "the dumps");
    assertIsomorphicGraphs(read(cleanStore), read(store));
  }

  private static void assertIsomorphicGraphs(DatasetGraph expected, DatasetGraph actual) {
    Map<String, Node> names = new TreeMap<>();
    for (Iterator<Node> it = expected.listGraphNodes(); it.hasNext(); ) {
      Node g = it.next();
      names.put(g.toString(), g);
    }
    List<String> actualNames = new ArrayList<>();
    actual.listGraphNodes().forEachRemaining(g -> actualNames.add(g.toString()));
    assertEquals(List.copyOf(names.keySet()), actualNames.stream().sorted().toList());
    for (Node g : names.values()) {
      assertTrue(
          expected.getGraph(g).isIsomorphicWith(actual.getGraph(g)), "graph " + g + " isomorphic");
    }
    assertTrue(expected.getDefaultGraph().isIsomorphicWith(actual.getDefaultGraph()));
  }

  /** SHA256SUMS but VoID's line: the VoID description says on which day it was written. */
  private static List<String> sums(Path store) throws Exception {
    List<String> lines = Files.readAllLines(dumps(store).resolve("SHA256SUMS"));
    assertTrue(lines.size() >= 6, lines.toString());
    return lines.stream().filter(l -> !l.contains("void")).toList();
  }

  /** The N-Quads dump of {@code store}, read back. */
  private static DatasetGraph read(Path store) throws Exception {
    DatasetGraph dsg = DatasetGraphFactory.create();
    RDFDataMgr.read(dsg, dumps(store).resolve("radkg.nq.gz").toString());
    return dsg;
  }

  private static Path dumps(Path store) throws Exception {
    return org.radkg.store.StoreLayout.of(store).dumps().toRealPath();
  }

  private Path corpus(String name, UnaryOperator<String> edit) throws Exception {
    return EditedSeed.write(
        tmp.resolve(name), name.equals("base") ? UnaryOperator.identity() : edit);
  }
}
