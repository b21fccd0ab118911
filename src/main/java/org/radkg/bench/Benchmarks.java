package org.radkg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.radkg.build.Build;
import org.radkg.build.BuildListener;
import org.radkg.build.BuildRequest;
import org.radkg.build.BuildResult;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.corpus.Article;
import org.radkg.extract.ReferenceData;
import org.radkg.graph.KnowledgeGraphBuilder;
import org.radkg.query.PrebuiltQuery;
import org.radkg.query.QueryCatalog;
import org.radkg.query.QueryRunner;
import org.radkg.store.StoreBuilder;

/**
 * Timed runs of the pipeline's stages; each returns one line of results for bench/run to collect.
 */
public final class Benchmarks {
  private Benchmarks() {}

  /**
   * Extraction of {@code articles} on {@code threads} threads: best of {@code reps} runs after one
   * warm-up.
   */
  public static String extraction(List<Article> articles, int threads, int reps) throws Exception {
    ReferenceData reference = ReferenceData.fromClasspath();
    KnowledgeGraphBuilder builder = new KnowledgeGraphBuilder(reference, "https://example.org/");
    long chars = 0;
    long bytes = 0;
    for (Article a : articles) {
      String s = a.source().text().substring(a.start(), a.bodyEnd());
      chars += s.length();
      bytes += s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      double best = Double.MAX_VALUE;
      for (int r = 0; r <= reps; r++) {
        long t0 = System.nanoTime();
        pool.submit(() -> builder.extract(articles)).get();
        double s = (System.nanoTime() - t0) / 1e9;
        if (r > 0) {
          best = Math.min(best, s);
        }
      }
      return String.format(
          "extract threads=%d articles=%d bytes=%d seconds=%.3f MBps=%.3f articlesPerSec=%.1f usPerArticle=%.1f",
          threads,
          articles.size(),
          bytes,
          best,
          bytes / 1e6 / best,
          articles.size() / best,
          best * 1e6 / articles.size());
    } finally {
      pool.shutdown();
    }
  }

  /**
   * A whole build of {@code inputs} into a fresh store under {@code workDir} (reading, extracting,
   * SHACL, store, dumps), then the same build again with nothing changed (every article from the
   * findings cache).
   */
  public static String build(List<Path> inputs, Path workDir) throws Exception {
    BuildRequest request = BuildRequest.of(inputs, workDir.resolve("build"));
    long t0 = System.nanoTime();
    BuildResult cold = Build.run(request, BuildListener.SILENT);
    double coldSeconds = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    BuildResult warm = Build.run(request, BuildListener.SILENT);
    double warmSeconds = (System.nanoTime() - t1) / 1e9;
    return String.format(
        "build articles=%d quads=%d cold_seconds=%.3f warm_seconds=%.3f warm_from_cache=%d",
        cold.extracted() + cold.cached(),
        cold.store().quads(),
        coldSeconds,
        warmSeconds,
        warm.cached());
  }

  /**
   * radkg's store build against Jena's TDB2 loaders, each into a fresh folder, on the quads of
   * {@code nquads}.
   */
  public static String load(Path nquads, Path workDir) throws IOException {
    return load(nquads, workDir, false);
  }

  /**
   * As {@link #load(Path, Path)}; with {@code jenaFirst} Jena's loaders run before radkg's, so
   * neither order's warm-up (JIT, page cache) favours one side. Besides the three loaders on the
   * file, Jena's parallel loader is also timed on what radkg's store holds, fed from memory: the
   * canonical quads alone ({@code same_quads}), then with the union's distinct triples in the
   * default graph ({@code with_union}), so the rest of radkg's write (summary graph, index of
   * graphs, build record) shows apart.
   */
  public static String load(Path nquads, Path workDir, boolean jenaFirst) throws IOException {
    DatasetGraph source = DatasetGraphFactory.createTxnMem();
    RDFDataMgr.read(source, nquads.toString());
    long quads = source.stream().count();
    StringBuilder jena = new StringBuilder();
    if (jenaFirst) {
      jenaLoads(nquads, workDir, quads, jena);
    }
    long t0 = System.nanoTime();
    // Canonicalizing is timed apart: a build needs it for the dumps and the graph hashes anyway.
    CanonicalQuads canon = CanonicalQuads.of(source);
    long tc = System.nanoTime();
    new StoreBuilder().build(canon, workDir.resolve("radkg"));
    double ours = (System.nanoTime() - t0) / 1e9;
    double write = (System.nanoTime() - tc) / 1e9;
    if (!jenaFirst) {
      jenaLoads(nquads, workDir, quads, jena);
    }
    StringBuilder line =
        new StringBuilder(
            String.format(
                "load order=%s quads=%d radkg_seconds=%.3f (canonicalize %.3f + write %.3f) radkg_qps=%.0f radkg_write_qps=%.0f",
                jenaFirst ? "jena-first" : "radkg-first",
                quads,
                ours,
                ours - write,
                write,
                quads / ours,
                quads / write));
    line.append(
        String.format(" same_quads_seconds=%.3f", parallelFromMemory(canon, false, workDir)));
    line.append(
        String.format(" with_union_seconds=%.3f", parallelFromMemory(canon, true, workDir)));
    for (String part : jena.toString().split("\\|")) {
      if (!part.isEmpty()) {
        double s = Double.parseDouble(part.substring(part.indexOf('=') + 1));
        String kind = part.substring(0, part.indexOf('='));
        line.append(
            String.format(
                " %s_seconds=%.3f %s_qps=%.0f ratio_vs_%s=%.2f write_ratio_vs_%s=%.2f",
                kind, s, kind, quads / s, kind, s / ours, kind, s / write));
      }
    }
    return line.toString();
  }

  /** Times Jena's three loaders on {@code nquads}, as "kind=seconds|" entries in {@code out}. */
  private static void jenaLoads(Path nquads, Path workDir, long quads, StringBuilder out) {
    for (String kind : List.of("parallel", "phased", "basic")) {
      DatasetGraph tdb =
          DatabaseMgr.connectDatasetGraph(workDir.resolve("jena-" + kind).toString());
      DataLoader loader =
          switch (kind) {
            case "parallel" -> LoaderFactory.parallelLoader(tdb, (fmt, args) -> {});
            case "phased" -> LoaderFactory.phasedLoader(tdb, (fmt, args) -> {});
            default -> LoaderFactory.basicLoader(tdb, (fmt, args) -> {});
          };
      long t1 = System.nanoTime();
      loader.startBulk();
      loader.load(nquads.toString());
      loader.finishBulk();
      out.append(kind).append('=').append((System.nanoTime() - t1) / 1e9).append('|');
    }
  }

  /**
   * Seconds Jena's parallel loader takes for {@code canon}'s quads handed from memory, and with
   * {@code union} the distinct triples of its named graphs into the default graph as well.
   */
  private static double parallelFromMemory(CanonicalQuads canon, boolean union, Path workDir) {
    DatasetGraph tdb =
        DatabaseMgr.connectDatasetGraph(
            workDir.resolve(union ? "jena-with-union" : "jena-same-quads").toString());
    DataLoader loader = LoaderFactory.parallelLoader(tdb, (fmt, args) -> {});
    long t = System.nanoTime();
    loader.startBulk();
    org.apache.jena.riot.system.StreamRDF stream = loader.stream();
    stream.start();
    canon.quads().forEach(stream::quad);
    if (union) {
      java.util.Set<org.apache.jena.graph.Triple> distinct = new java.util.LinkedHashSet<>();
      canon.quads().forEach(q -> distinct.add(q.asTriple()));
      distinct.forEach(stream::triple);
    }
    stream.finish();
    loader.finishBulk();
    return (System.nanoTime() - t) / 1e9;
  }

  /**
   * Median and p95 latency in ms of every prebuilt query (defaults bound) on the store, {@code
   * reps} runs each after 3 warm-ups; each line goes to {@code sink} as soon as it is known. A
   * query whose first run takes over 2 s is reported from that single run ({@code slow
   * first_run_ms=}), and one that exceeds the 2 minute timeout as {@code timeout}, so one
   * pathological query cannot stall the run.
   */
  public static void queries(Path store, int reps, java.util.function.Consumer<String> sink)
      throws IOException {
    Dataset ds = StoreBuilder.open(store);
    for (PrebuiltQuery q : QueryCatalog.load(null).all()) {
      Map<String, org.apache.jena.graph.Node> bindings;
      try {
        bindings = QueryRunner.bindings(q, Map.of());
      } catch (RuntimeException e) {
        sink.accept("query " + q.name() + " skipped=needs-parameter");
        continue;
      }
      double[] ms = new double[reps];
      String line = null;
      for (int r = -3; r < reps; r++) {
        long t0 = System.nanoTime();
        try {
          QueryRunner.run(
              ds,
              q,
              bindings,
              Duration.ofMinutes(2),
              QueryRunner.Format.CSV,
              OutputStream.nullOutputStream());
        } catch (RuntimeException e) {
          line =
              String.format(
                  "query %s timeout_or_error=%s after_ms=%.0f",
                  q.name(), e.getClass().getSimpleName(), (System.nanoTime() - t0) / 1e6);
          break;
        }
        double took = (System.nanoTime() - t0) / 1e6;
        if (r == -3 && took > 2000) {
          line = String.format("query %s slow first_run_ms=%.0f (not repeated)", q.name(), took);
          break;
        }
        if (r >= 0) {
          ms[r] = took;
        }
      }
      if (line == null) {
        Arrays.sort(ms);
        line =
            String.format(
                "query %s median_ms=%.1f p95_ms=%.1f",
                q.name(), ms[reps / 2], ms[(int) Math.ceil(reps * 0.95) - 1]);
      }
      sink.accept(line);
    }
    Txn.executeRead(ds, () -> {});
  }

  static void deleteTree(Path p) throws IOException {
    if (Files.exists(p)) {
      try (var s = Files.walk(p)) {
        for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
  }
}
