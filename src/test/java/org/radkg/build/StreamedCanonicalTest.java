package org.radkg.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.canonical.CanonicalCollector;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.canonical.SpillFile;
import org.radkg.corpus.Article;
import org.radkg.corpus.DocumentNote;
import org.radkg.store.MaterializedUnion;
import org.radkg.store.StoreBuilder;
import org.radkg.vocab.Ontology;

/**
 * The build's streamed path (each article's graph canonicalized as it is written, no in-memory
 * dataset) gives the same canonical quads, graph by graph and byte for byte, as canonicalizing the
 * whole in-memory dataset at once, as builds did before; graphs spilled to a file read back the
 * same, and a build that spills writes the same store and dumps.
 */
class StreamedCanonicalTest {
  @TempDir Path tmp;

  @Test
  void theSeedCorpusCanonicalizedArticleByArticleEqualsTheWholeDatasetCanonicalized()
      throws Exception {
    List<Article> articles =
        GraphPipeline.read(List.of(Path.of("data/corpus")), DocumentNote.NONE, s -> {});
    double min = 0.0; // every fact, so reifications and their blank nodes are many

    CanonicalQuads streamed =
        GraphPipeline.canonical(
            articles,
            new FindingsCache(tmp.resolve("cache")),
            min,
            s -> {},
            new CanonicalCollector());
    DatasetGraph dsg = GraphPipeline.graph(articles, min, s -> {});
    Ontology.addTo(dsg);
    CanonicalQuads whole = CanonicalQuads.of(dsg);

    assertTrue(whole.graphs().size() > 10, "graphs: " + whole.graphs().size());
    assertTrue(
        whole.quads().stream().anyMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank()),
        "some blank nodes");
    assertEquals(keys(whole), keys(streamed));
    assertEquals(whole.lines(), streamed.lines());
    assertEquals(whole.sha256(), streamed.sha256());
  }

  @Test
  void graphsSpilledToAFileReadBackAsTheSameQuadsLinesAndHash() throws Exception {
    List<Article> articles =
        GraphPipeline.read(List.of(Path.of("data/corpus")), DocumentNote.NONE, s -> {});
    FindingsCache cache = new FindingsCache(tmp.resolve("cache"));
    CanonicalQuads kept =
        GraphPipeline.canonical(articles, cache, 0.0, s -> {}, new CanonicalCollector());
    try (SpillFile spill = SpillFile.create(tmp)) {
      CanonicalQuads spilled =
          GraphPipeline.canonical(articles, cache, 0.0, s -> {}, new CanonicalCollector(spill, 0));

      assertEquals(keys(kept), keys(spilled));
      assertEquals(new ArrayList<>(kept.quads()), new ArrayList<>(spilled.quads()));
      assertEquals(kept.lines(), spilled.lines());
      assertEquals(kept.sha256(), spilled.sha256());
      for (int i = 0; i < kept.graphs().size(); i++) {
        assertArrayEquals(kept.graphs().get(i).nquads(), spilled.graphs().get(i).nquads());
      }
    }
  }

  @Test
  void aBuildThatSpillsEveryGraphWritesTheSameStoreAndDumps() throws Exception {
    List<Path> input = List.of(Path.of("data/corpus"));
    BuildResult kept =
        Build.run(BuildRequest.of(input, tmp.resolve("kept")), s -> {}, Long.MAX_VALUE);
    BuildResult spilled = Build.run(BuildRequest.of(input, tmp.resolve("spilled")), s -> {}, 0);

    assertEquals(kept.store().sha256(), spilled.store().sha256());
    assertEquals(kept.store().quads(), spilled.store().quads());
    assertEquals(kept.store().unionTriples(), spilled.store().unionTriples());
    assertEquals(stored(tmp.resolve("kept")), stored(tmp.resolve("spilled")));
    assertEquals(dumps(kept), dumps(spilled));
  }

  /** The hash of the data a store serves, its default graph's size, read back from TDB2. */
  private static String stored(Path store) throws Exception {
    Dataset ds = StoreBuilder.open(store);
    try {
      return Txn.calculateRead(
          ds,
          () ->
              CanonicalQuads.of(MaterializedUnion.dataOf(ds.asDatasetGraph())).sha256()
                  + " "
                  + ds.asDatasetGraph().getDefaultGraph().size());
    } finally {
      TDBInternal.expel(ds.asDatasetGraph());
    }
  }

  /** Each dump's checksum; the VoID description says when it was written, so it is left out. */
  private static Map<String, String> dumps(BuildResult r) {
    Map<String, String> out = new TreeMap<>(r.dumps().sha256());
    out.keySet().removeIf(name -> name.startsWith("void"));
    assertTrue(out.size() >= 5, "dumps: " + out.keySet());
    return out;
  }

  private static List<String> keys(CanonicalQuads canon) {
    return canon.graphs().stream().map(g -> g.key() + " " + g.sha256()).toList();
  }
}
