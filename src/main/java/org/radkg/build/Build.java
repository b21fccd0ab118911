package org.radkg.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.radkg.canonical.CanonicalCollector;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.canonical.SpillFile;
import org.radkg.corpus.Article;
import org.radkg.corpus.CorpusException;
import org.radkg.dump.DumpOutcome;
import org.radkg.dump.DumpWriter;
import org.radkg.dump.IriHistory;
import org.radkg.dump.PublicationSettings;
import org.radkg.store.BuildOutcome;
import org.radkg.store.Checkpoints;
import org.radkg.store.GenerationPreparation;
import org.radkg.store.StoreBuilder;
import org.radkg.store.StoreLayout;
import org.radkg.store.StoreLock;
import org.radkg.store.SummaryGraph;
import org.radkg.validate.ShaclValidator;

/**
 * The build: read the documents, extract (or take unchanged articles from the findings cache),
 * check the shapes, switch in a new store and new dumps. The one entry point of {@code build},
 * {@code serve} and its reload, and the benchmarks.
 */
public final class Build {
  /** The checkpoint (see {@link Checkpoints}) between the store's switch and the dumps. */
  public static final String BEFORE_DUMPS = "build:before-dumps";

  /**
   * Canonical quads kept on the heap before the next graphs go to a temporary file: about a scale-8
   * corpus, so small builds (and the tests) never touch the file and a large one's heap does not
   * grow with its quads.
   */
  static final long KEPT_QUADS = 50_000;

  private Build() {}

  /**
   * Builds as {@code request} says, reporting each step to {@code listener}; a graph that violates
   * the shapes throws {@link InvalidGraphException} and leaves the store as it was.
   */
  public static BuildResult run(BuildRequest request, BuildListener listener)
      throws IOException, CorpusException, InvalidGraphException {
    return run(request, listener, KEPT_QUADS);
  }

  /**
   * As {@link #run(BuildRequest, BuildListener)}, keeping at most about {@code keptQuads} canonical
   * quads on the heap (the rest in a temporary file, see {@link CanonicalCollector}).
   */
  static BuildResult run(BuildRequest request, BuildListener listener, long keptQuads)
      throws IOException, CorpusException, InvalidGraphException {
    StoreLayout layout = StoreLayout.of(request.store());
    StoreLock.requireWritable(request.store()); // before the extraction writes its cache there
    listener.step("comparing the inputs with the last build's");
    String fingerprint = InputsFingerprint.of(request);
    if (!request.full()) {
      Optional<BuildResult> same = unchanged(request, layout, fingerprint);
      if (same.isPresent()) {
        listener.step(
            "nothing changed since the last build (documents, code, reference data and threshold):"
                + " generation "
                + same.get().store().generation()
                + " stays served");
        return same.get();
      }
    }
    // From here on the store may change: until this build completes, no fingerprint says what it
    // holds.
    InputsFingerprint.forget(layout);
    try (SpillFile spill = SpillFile.create(null)) {
      return rebuild(
          request, layout, fingerprint, new CanonicalCollector(spill, keptQuads), listener);
    }
  }

  /** The build proper, once the inputs are known to have changed. */
  private static BuildResult rebuild(
      BuildRequest request,
      StoreLayout layout,
      String fingerprint,
      CanonicalCollector collector,
      BuildListener listener)
      throws IOException, CorpusException, InvalidGraphException {
    FindingsCache cache = new FindingsCache(layout.findingsCache());
    GraphCache graphs = new GraphCache(layout.graphCache(), cache);
    if (request.full()) {
      cache.clear();
      graphs.clear();
    }
    List<Article> articles = GraphPipeline.read(request.inputs(), request.given(), listener);
    BuildInputs inputs = BuildInputs.of(request.inputs(), articles);
    // Once for all: SHACL picks the changed graphs from it, the store and the dumps hold the same
    // quads. Made article by article: no in-memory dataset of the whole corpus (see
    // GraphPipeline.canonical), and the articles are not held past it.
    CanonicalQuads canon =
        GraphPipeline.canonical(
            articles, cache, graphs, request.minConfidence(), listener, collector);
    articles = null; // an interpreted frame keeps its locals alive to its end: the texts can go
    Optional<ShapesCheck.Focus> focus = ShapesCheck.focus(canon, request);
    if (focus.isPresent()) {
      ShapesCheck.changed(canon, focus.get(), listener);
    } else {
      ShapesCheck.whole(canon, listener);
    }
    listener.step("loading the store");
    BuildOutcome built =
        new StoreBuilder().build(canon, request.store(), preparing(request, listener));
    // Links to entities this build renamed, merged or dropped answer 301 or 410, not 404.
    IriHistory.update(
        request.store(),
        canon.quads(),
        java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    Files.writeString(
        layout.shapesHash(), ShaclValidator.shapesSha256() + "\n", StandardCharsets.US_ASCII);
    BuildFreshness.recordThreshold(layout, request.minConfidence());
    // The store may now be newer than the dumps: until they are written too, the record says stale,
    // so a build that dies here is redone by the next `serve` instead of leaving old dumps beside a
    // new store.
    BuildFreshness.markStale(layout);
    Checkpoints.reach(BEFORE_DUMPS);
    listener.step("writing dumps");
    DumpOutcome dumps =
        new DumpWriter(PublicationSettings.defaults()).write(canon, request.store());
    inputs.write(request.store());
    BuildFreshness.markFresh(layout);
    // Only when no document changed while it was read: the fingerprint must describe what was
    // built.
    if (InputsFingerprint.of(request).equals(fingerprint)) {
      InputsFingerprint.record(layout, fingerprint, built, dumps);
    }
    cache.pruneUnused();
    graphs.pruneUnused();
    return new BuildResult(built, dumps, cache.misses(), cache.hits());
  }

  /**
   * What is served, when the last complete build had the same {@code fingerprint} and its store
   * generation and dumps are still as it left them: then building again would give the same bytes,
   * so nothing is read, extracted or written. Empty when a build must run.
   */
  private static Optional<BuildResult> unchanged(
      BuildRequest request, StoreLayout layout, String fingerprint) throws IOException {
    Optional<InputsFingerprint.Recorded> recorded = InputsFingerprint.recorded(layout);
    if (recorded.isEmpty() || !recorded.get().inputs().equals(fingerprint)) {
      return Optional.empty();
    }
    try (StoreLock lock = StoreLock.acquire(request.store())) {
      Optional<BuildOutcome> store = StoreBuilder.servedIntact(request.store());
      if (store.isEmpty()) {
        return Optional.empty();
      }
      Optional<DumpOutcome> dumps =
          DumpWriter.servedIntact(request.store(), store.get().location(), store.get().sha256());
      if (dumps.isEmpty() || !recorded.get().describes(fingerprint, store.get(), dumps.get())) {
        return Optional.empty();
      }
      BuildFreshness.recordThreshold(layout, request.minConfidence());
      BuildFreshness.markFresh(layout);
      return Optional.of(new BuildResult(store.get(), dumps.get(), 0, 0));
    }
  }

  /** The request's preparation, said as a step of its own. */
  private static GenerationPreparation preparing(BuildRequest request, BuildListener listener) {
    GenerationPreparation p = request.preparation();
    if (p == GenerationPreparation.NONE) {
      return p;
    }
    return GenerationPreparation.changeAware(
        (dataset, folder, previous, change) -> {
          listener.step("preparing the server's pages (search index, figures, network)");
          p.prepare(dataset, folder, previous, change);
        });
  }

  /**
   * True when the store of {@code request} is missing, was built with another threshold, is older
   * than an input or reference file, or lacks the summary graph this version derives (built by an
   * older radkg: the prebuilt queries that read it would answer from missing rows).
   */
  public static boolean stale(BuildRequest request) throws IOException {
    return !builtFrom(request)
        || BuildFreshness.stale(
            request.inputs(), StoreLayout.of(request.store()), request.minConfidence())
        || !SummaryGraph.servedIn(request.store());
  }

  /**
   * True unless the store records that it was built from other inputs than {@code request}'s (a
   * store that records none, built by an older version, is taken to be built from them).
   */
  public static boolean builtFrom(BuildRequest request) {
    return BuildInputs.read(request.store())
        .map(b -> b.inputs().equals(BuildInputs.normalized(request.inputs())))
        .orElse(true);
  }
}
