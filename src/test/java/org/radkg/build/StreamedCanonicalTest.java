package org.radkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.corpus.Article;
import org.radkg.corpus.DocumentNote;
import org.radkg.vocab.Ontology;

/**
 * The build's streamed path (each article's graph canonicalized as it is written, no in-memory
 * dataset) gives the same canonical quads, graph by graph and byte for byte, as canonicalizing the
 * whole in-memory dataset at once, as builds did before.
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
        GraphPipeline.canonical(articles, new FindingsCache(tmp.resolve("cache")), min, s -> {});
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

  private static List<String> keys(CanonicalQuads canon) {
    return canon.graphs().stream().map(g -> g.key() + " " + g.sha256()).toList();
  }
}
