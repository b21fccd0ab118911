package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.bench.SyntheticCorpus;
import org.radkg.corpus.CorpusLoader;
import org.radkg.extract.ReferenceData;
import org.radkg.graph.QueryAnswers;
import org.radkg.query.PrebuiltQuery;
import org.radkg.query.QueryCatalog;
import org.radkg.store.StoreBuilder;
import org.radkg.store.SummaryGraph;

/**
 * A build after one article changed takes the other articles' findings from the cache and still
 * gives exactly what a clean {@code --full} build of the changed corpus gives: the same dump bytes
 * (every file of SHA256SUMS) and an isomorphic store, also when the change alters an acronym the
 * whole corpus uses; the queries that read the store's summary graph answer as on the clean build.
 */
class IncrementalBuildTest {
  /** How a build reports a summary graph derived again for some entities, no part in full. */
  private static final Pattern PARTIAL_SUMMARY =
      Pattern.compile("summary graph: [1-9][0-9]* row\\(s\\) derived again[;,)]");

  private static final Pattern COUNTS =
      Pattern.compile("(\\d+) article\\(s\\) extracted, (\\d+) from the cache");
  private static final String USE_SITE = "helps women with cancer";

  /**
   * The generated corpus is published openly, so its text is in the graph and an edit that changes
   * no fact still changes the article's and the source document's graphs.
   */
  private static final String OPEN = org.radkg.vocab.Rkg.CC_BY_4;

  @TempDir static Path tmp;
  static Path base;

  @BeforeAll
  static void corpus() throws Exception {
    SyntheticCorpus gen =
        new SyntheticCorpus(
            ReferenceData.fromClasspath().known(), SyntheticCorpus.citiesFromClasspath(200_000));
    base = tmp.resolve("base");
    gen.write(CorpusLoader.files(List.of(Path.of("data/corpus"))), 2, 1, base);
    // The second copy uses an acronym no article defines yet: the acronym test defines it in the
    // first copy.
    Path second = base.resolve(fileNames(base).get(1));
    String text = Files.readString(second, StandardCharsets.UTF_8);
    assertTrue(text.contains(USE_SITE));
    Files.writeString(
        second,
        text.replaceFirst(Pattern.quote(USE_SITE), USE_SITE + " and QIAC"),
        StandardCharsets.UTF_8);
  }

  @Test
  void oneChangedArticleIsExtractedAgainAndTheResultEqualsACleanBuild() throws Exception {
    Path store = editedInPlace("one", "will use its magazine", "must use its magazine");
    Set<Node> changedGraphs = changedGraphs(tmp.resolve("one-before"), store);
    assertEquals(
        2,
        changedGraphs.size(),
        "only the edited article's graph and its source document's (the text) differ: "
            + changedGraphs);
  }

  @Test
  void aLongerArticleShiftsTheLaterOnesWhoseCachedOffsetsAreRebased() throws Exception {
    // Longer: the source offsets (rkg:beginIndex, evidence offsets) of every later article of the
    // document change, so their graphs change, but their findings still come from the cache.
    Path changed =
        edit(
            "longer",
            "00001-",
            "will use its magazine",
            "will from now on use its quarterly magazine");
    Path store = buildTwice(changed, "longer");
    assertOnlyNearbyArticlesExtracted();
    assertSameAsCleanBuild(changed, store, "longer");
    assertTrue(
        changedGraphs(tmp.resolve("longer-before"), store).size() > 1, "later articles moved");
  }

  @Test
  void anAddedArticleIsExtractedAloneAndEqualsACleanBuild() throws Exception {
    Path changed =
        editText(
            "added",
            "00001-",
            text -> {
              int at = text.indexOf('\n', text.indexOf("will use its magazine"));
              return text.substring(0, at)
                  + "\n\n\nRadiology Fellowship Launched in Vienna\n\n"
                  + "The European Society of Radiology launched a new research fellowship in Vienna in 2025."
                  + " The fellowship supports young radiologists from Africa.\n"
                  + text.substring(at);
            });
    Path store = buildTwice(changed, "added");
    // Every later article of its document moves, which here is more than GraphDelta.MAX_SHARE of
    // the
    // small test corpus: either way of writing the store must give the clean build's.
    assertOnlyNearbyArticlesExtracted();
    assertSameAsCleanBuild(changed, store, "added");
  }

  @Test
  void aRemovedArticleLeavesTheStoreAsACleanBuildOfTheRest() throws Exception {
    Path changed =
        editText(
            "removed",
            "00001-",
            text -> {
              int body = text.lastIndexOf('\n', text.indexOf("will use its magazine")) + 1;
              int titleEnd = text.lastIndexOf('\n', body - 1);
              while (text.charAt(titleEnd - 1) == '\n') {
                titleEnd--;
              }
              int title = text.lastIndexOf('\n', titleEnd - 1) + 1;
              int bodyEnd = text.indexOf('\n', body);
              return text.substring(0, title) + text.substring(bodyEnd + 1);
            });
    Path store = buildTwice(changed, "removed");
    assertTrue(
        lastCounts[0] <= 2,
        "removing an article extracts at most its neighbours again: " + lastCounts[0]);
    assertSameAsCleanBuild(changed, store, "removed");
  }

  /**
   * An edit that changes what the summary graph holds (the event an article mentions, so the
   * initiatives-by-topic rows) is written in place, and the summary graph follows it: the queries
   * that read it answer otherwise than before, and as on a clean build of the edited corpus.
   */
  @Test
  void anEditedArticleUpdatesTheSummaryGraphInPlaceAsACleanBuildWould() throws Exception {
    Path store = editedInPlace("summary", "ECR 2023 also saw", "ECR 2021 also saw");
    assertTrue(
        PARTIAL_SUMMARY.matcher(lastRun.out()).find(),
        "only the rows the edit reaches are derived again: " + lastRun.out());
    assertNotEquals(
        summaryAnswers(tmp.resolve("summary-before")),
        summaryAnswers(store),
        "the edit changed what the queries that read the summary graph answer");
  }

  /**
   * Builds the base corpus, then a copy whose second document has {@code from} replaced by {@code
   * to} (of the same length, so no other article moves): only the nearby articles are extracted
   * again, the served generation is updated in place, and the result is a clean build's. Returns
   * the store.
   */
  private static Path editedInPlace(String name, String from, String to) throws Exception {
    Path changed = edit(name, "00001-", from, to);
    Path store = buildTwice(changed, name);
    assertOnlyNearbyArticlesExtracted();
    assertUpdatedInPlace();
    assertSameAsCleanBuild(changed, store, name);
    return store;
  }

  /**
   * The edit invalidates its own article and at most the neighbours whose margin
   * (FindingsCache.MARGIN) it falls in.
   */
  private static void assertOnlyNearbyArticlesExtracted() {
    assertTrue(
        lastCounts[0] >= 1 && lastCounts[0] <= 3,
        lastCounts[0] + " extracted, " + lastCounts[1] + " cached");
  }

  private static void assertUpdatedInPlace() {
    assertTrue(
        lastRun.out().contains("updated:"),
        "the served generation was copied and updated graph by graph: " + lastRun.out());
  }

  @Test
  void aChangedCorpusAcronymChangesOtherArticlesAndStillEqualsACleanBuild() throws Exception {
    // A definition in the first copy makes the bare "QIAC" of an article of the second copy a
    // mention.
    Path changed =
        edit(
            "acronym",
            "00000-",
            "Patient Advisory Group (PAG)",
            "Quality Imaging Advocacy Coalition (QIAC)");
    Path store = buildTwice(changed, "acronym");
    assertSameAsCleanBuild(changed, store, "acronym");
    assertEquals(
        0, lastCounts[1], "a changed corpus acronym table invalidates every article's findings");
    Set<Node> changedGraphs = changedGraphs(tmp.resolve("acronym-before"), store);
    assertTrue(
        changedGraphs.stream().anyMatch(g -> g.getURI().contains("00001")),
        "the acronym's change reaches the other copy: " + changedGraphs);
  }

  @Test
  void fullIgnoresTheCache() throws Exception {
    Path store = tmp.resolve("full");
    assertEquals(
        0, CliRun.of("build", "--input", base.toString(), "--store", store.toString()).code());
    CliRun again =
        CliRun.of("build", "--full", "--input", base.toString(), "--store", store.toString());
    assertEquals(0, again.code(), again.err());
    assertEquals(0, counts(again)[1], again.out());
    CliRun cached = CliRun.of("build", "--input", base.toString(), "--store", store.toString());
    assertEquals(0, counts(cached)[0], cached.out());
  }

  private static int[] lastCounts;
  private static CliRun lastRun;

  /**
   * Builds the base corpus, copies that store aside, then builds {@code changed} into it; returns
   * the store.
   */
  private static Path buildTwice(Path changed, String name) throws IOException {
    Path store = tmp.resolve(name + "-store");
    CliRun first =
        CliRun.of(
            "build", "--licence", OPEN, "--input", base.toString(), "--store", store.toString());
    assertEquals(0, first.code(), first.err());
    Path before = tmp.resolve(name + "-before");
    CliRun beforeRun =
        CliRun.of(
            "build",
            "--licence",
            OPEN,
            "--full",
            "--input",
            base.toString(),
            "--store",
            before.toString());
    assertEquals(0, beforeRun.code(), beforeRun.err());
    CliRun second =
        CliRun.of(
            "build", "--licence", OPEN, "--input", changed.toString(), "--store", store.toString());
    assertEquals(0, second.code(), second.err());
    lastCounts = counts(second);
    lastRun = second;
    return store;
  }

  private static void assertSameAsCleanBuild(Path corpus, Path store, String name)
      throws Exception {
    Path clean = tmp.resolve(name + "-clean");
    CliRun run =
        CliRun.of(
            "build",
            "--licence",
            OPEN,
            "--full",
            "--input",
            corpus.toString(),
            "--store",
            clean.toString());
    assertEquals(0, run.code(), run.err());
    Path dumps = store.resolve("dumps").toRealPath();
    Path cleanDumps = clean.resolve("dumps").toRealPath();
    assertEquals(
        Files.readString(cleanDumps.resolve("SHA256SUMS")),
        Files.readString(dumps.resolve("SHA256SUMS")));
    for (String file : fileNames(cleanDumps)) {
      assertEquals(-1, Files.mismatch(cleanDumps.resolve(file), dumps.resolve(file)), file);
    }
    assertEquals(sha(clean), sha(store));
    assertEquals(
        Files.readString(clean.resolve("tdb2/graphs.tsv")),
        Files.readString(store.resolve("tdb2/graphs.tsv")),
        "same graphs, same hashes");
    assertTrue(
        onBoth(clean, store, (x, y) -> (Boolean) IsoMatcher.isomorphic(x, y)).booleanValue(),
        "incremental store isomorphic to the clean build's");
    assertDefaultGraphIsTheUnion(store);
    assertTrue(
        onBoth(
                clean,
                store,
                (x, y) ->
                    (Boolean)
                        x.getGraph(SummaryGraph.GRAPH)
                            .isIsomorphicWith(y.getGraph(SummaryGraph.GRAPH)))
            .booleanValue(),
        "the summary graph, derived again only where the edit reaches, is a clean build's");
    assertEquals(
        summaryAnswers(clean),
        summaryAnswers(store),
        "the queries that read the summary graph answer as on the clean build");
  }

  /**
   * The answers, comparable as text, of the prebuilt queries that read the summary graph, on the
   * served generation of {@code store} read as served.
   */
  private static Map<String, String> summaryAnswers(Path store) throws IOException {
    Map<String, String> out = new TreeMap<>();
    Dataset ds = StoreBuilder.open(store);
    try {
      for (PrebuiltQuery q : QueryCatalog.load(Path.of("queries")).all()) {
        if (q.text().contains(SummaryGraph.GRAPH.getURI())) {
          String answer = QueryAnswers.of(ds, q, false);
          assertTrue(answer.contains("="), q.name() + " answers nothing on " + store);
          out.put(q.name(), QueryAnswers.comparable(q, answer));
        }
      }
    } finally {
      TDBInternal.expel(ds.asDatasetGraph());
    }
    assertTrue(out.size() >= 3, "queries reading the summary graph: " + out.keySet());
    return out;
  }

  /** The store's default graph holds the union of its named graphs, each triple once. */
  private static void assertDefaultGraphIsTheUnion(Path store) throws IOException {
    Dataset ds = StoreBuilder.open(store);
    try {
      Txn.executeRead(
          ds,
          () -> {
            DatasetGraph x = ds.asDatasetGraph();
            org.apache.jena.graph.Graph union =
                org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            // The data's named graphs: the summary graph is derived from them, not part of them.
            org.radkg.store.MaterializedUnion.dataOf(x)
                .findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> union.add(q.asTriple()));
            assertTrue(!union.isEmpty());
            assertEquals(union.size(), x.getDefaultGraph().size(), "each triple once");
            assertTrue(
                IsoMatcher.isomorphic(union, x.getDefaultGraph()),
                "the default graph is the union of the named graphs after the incremental build");
          });
    } finally {
      TDBInternal.expel(ds.asDatasetGraph());
    }
  }

  /** Names of the article graphs whose contents differ between two stores' N-Quads dumps. */
  private static Set<Node> changedGraphs(Path storeA, Path storeB) throws IOException {
    return onBoth(
        storeA,
        storeB,
        (ga, gb) -> {
          Set<Node> names = new HashSet<>();
          ga.listGraphNodes().forEachRemaining(names::add);
          gb.listGraphNodes().forEachRemaining(names::add);
          Set<Node> differ = new HashSet<>();
          for (Node g : names) {
            if (!ga.getGraph(g).isIsomorphicWith(gb.getGraph(g))) {
              differ.add(g);
            }
          }
          return differ;
        });
  }

  /**
   * Applies {@code f} to the served datasets of two stores, read in transactions, and releases
   * them.
   */
  private static <T> T onBoth(Path storeA, Path storeB, BiFunction<DatasetGraph, DatasetGraph, T> f)
      throws IOException {
    Dataset a = StoreBuilder.open(storeA);
    try {
      Dataset b = StoreBuilder.open(storeB);
      try {
        return Txn.calculateRead(
            a, () -> Txn.calculateRead(b, () -> f.apply(a.asDatasetGraph(), b.asDatasetGraph())));
      } finally {
        TDBInternal.expel(b.asDatasetGraph());
      }
    } finally {
      TDBInternal.expel(a.asDatasetGraph());
    }
  }

  private static Path edit(String name, String filePrefix, String from, String to)
      throws IOException {
    return editText(
        name,
        filePrefix,
        text -> {
          assertTrue(text.contains(from), filePrefix + " contains " + from);
          return text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        });
  }

  /**
   * A copy of the base corpus with {@code change} applied to the files named {@code filePrefix...}.
   */
  private static Path editText(
      String name, String filePrefix, java.util.function.UnaryOperator<String> change)
      throws IOException {
    Path out = tmp.resolve(name + "-corpus");
    Files.createDirectories(out);
    boolean edited = false;
    for (String file : fileNames(base)) {
      String text = Files.readString(base.resolve(file), StandardCharsets.UTF_8);
      if (file.startsWith(filePrefix)) {
        text = change.apply(text);
        edited = true;
      }
      Files.writeString(out.resolve(file), text, StandardCharsets.UTF_8);
    }
    assertTrue(edited);
    return out;
  }

  private static int[] counts(CliRun run) {
    Matcher m = COUNTS.matcher(run.out());
    assertTrue(m.find(), run.out() + run.err());
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  private static String sha(Path store) throws IOException {
    String sha =
        Files.readAllLines(store.resolve("build.properties")).stream()
            .filter(l -> l.startsWith("sha256="))
            .findFirst()
            .orElse("");
    assertNotEquals("", sha);
    return sha;
  }

  private static List<String> fileNames(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
