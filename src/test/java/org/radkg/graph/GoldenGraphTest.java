package org.radkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radkg.corpus.Article;
import org.radkg.corpus.CorpusLoader;
import org.radkg.extract.MethodConfidences;
import org.radkg.extract.ReferenceData;
import org.radkg.vocab.Rkg;

/**
 * Article -> graph golden files: each {@code src/test/resources/golden/NAME.txt}, one article cut
 * out of the seed or an eval newsletter under its society header, extracts to a graph isomorphic to
 * {@code NAME.trig}, the graph that {@code ./radkg extract --input NAME.txt --format trig} wrote.
 * Graphs are compared as graphs (Jena's {@link IsoMatcher}), never as text; a difference is shown
 * as the quads found on one side only. After a change meant to alter what is extracted, rewrite the
 * expected files with {@code mvn -B -o test -Dtest=GoldenGraphTest -Dradkg.recordGolden=true} and
 * review the change to the {@code .trig} files in git before committing it.
 */
class GoldenGraphTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final int SHOWN = 40;

  static Stream<String> articles() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - ".txt".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void aHandfulOfArticlesFromTheSeedAndTheEvalSets() throws IOException {
    List<String> names = articles().toList();
    assertTrue(names.size() >= 6, "golden articles: " + names);
    assertTrue(names.stream().anyMatch(n -> n.startsWith("seed-")), names.toString());
    assertTrue(names.stream().anyMatch(n -> n.startsWith("unseen")), names.toString());
  }

  @ParameterizedTest
  @MethodSource("articles")
  void extractsTheRecordedGraph(String name) throws Exception {
    List<Article> articles = new CorpusLoader().load(List.of(GOLDEN.resolve(name + ".txt")));
    assertEquals(1, articles.size(), name + ".txt should hold one article");
    // As `radkg extract` does: the packaged reference data, the default confidence threshold.
    DatasetGraph actual =
        new KnowledgeGraphBuilder(ReferenceData.fromClasspath(), Rkg.DATA_BASE)
            .withMinConfidence(MethodConfidences.fromClasspath().defaultMinConfidence())
            .build(articles);
    Path expectedFile = GOLDEN.resolve(name + ".trig");
    if (Boolean.getBoolean("radkg.recordGolden")) {
      try (OutputStream out = Files.newOutputStream(expectedFile)) {
        RDFDataMgr.write(out, actual, RDFFormat.TRIG_BLOCKS);
      }
    }
    assertTrue(
        Files.exists(expectedFile),
        expectedFile + " is missing; record it with -Dradkg.recordGolden=true");
    DatasetGraph expected = RDFParser.source(expectedFile).lang(Lang.TRIG).toDatasetGraph();
    assertTrue(
        IsoMatcher.isomorphic(expected, actual),
        () -> name + " extracts a different graph\n" + difference(expected, actual));
  }

  /**
   * The quads in one dataset and not the other, as N-Quads lines (blank nodes compared by label, so
   * only a hint).
   */
  static String difference(DatasetGraph expected, DatasetGraph actual) {
    Set<String> was = quads(expected);
    Set<String> now = quads(actual);
    StringBuilder b = new StringBuilder();
    side(b, "only expected", was, now);
    side(b, "only extracted", now, was);
    return b.toString();
  }

  private static void side(StringBuilder b, String label, Set<String> these, Set<String> others) {
    List<String> only = new ArrayList<>(these);
    only.removeAll(others);
    b.append(label).append(" (").append(only.size()).append("):\n");
    only.stream().limit(SHOWN).forEach(q -> b.append("  ").append(q).append('\n'));
    if (only.size() > SHOWN) {
      b.append("  ... and ").append(only.size() - SHOWN).append(" more\n");
    }
  }

  private static Set<String> quads(DatasetGraph dsg) {
    Set<String> lines = new TreeSet<>();
    dsg.find().forEachRemaining(q -> lines.add(NodeFmtLib.strNQ(q)));
    return lines;
  }
}
