package org.radkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.radkg.extract.MethodConfidences;
import org.radkg.graph.FindingsCache;
import org.radkg.store.BuildOutcome;
import org.radkg.canonical.CanonicalGraph;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.store.Checkpoints;
import org.radkg.dump.DumpOutcome;
import org.radkg.dump.DumpWriter;
import org.radkg.dump.PublicationSettings;
import org.radkg.validate.ShaclValidator;
import org.radkg.store.StoreBuilder;
import org.radkg.store.StoreLayout;
import org.radkg.store.StoreLock;
import org.radkg.validate.ValidationResult;

/** The build shared by {@code build}, {@code serve} and the server's reload: extract, check SHACL, switch in a new store and dumps. */
final class StoreRebuild {
  /** The checkpoint (see {@link Checkpoints}) between the store's switch and the dumps. */
  static final String BEFORE_DUMPS = "build:before-dumps";
  /** Reference data that changes the graph as much as the corpus does. */
  private static final List<Path> REFERENCE = List.of(Path.of("data/authority"), Path.of("data/gazetteer"), Path.of("data/topics"),
      Path.of("data/model"));

  /** What a build did, and how many articles it extracted afresh or took from the cache. */
  record Result(BuildOutcome store, DumpOutcome dumps, int extracted, int cached) {}

  /** The extracted graph violates the shapes; nothing was written. */
  static final class InvalidGraphException extends Exception {
    final ValidationResult validation;

    InvalidGraphException(ValidationResult validation) {
      super("the extracted graph has " + validation.violations() + " SHACL violation(s); the store was left unchanged");
      this.validation = validation;
    }
  }

  private StoreRebuild() {}

  static Result run(List<Path> inputs, Path store, Progress progress) throws Exception {
    return run(inputs, store, false, progress);
  }

  /**
   * Builds with the extraction cache in {@code store/cache/findings} (see {@link FindingsCache}):
   * unchanged articles are not extracted again; {@code full} empties the cache first.
   */
  static Result run(List<Path> inputs, Path store, boolean full, Progress progress) throws Exception {
    return run(inputs, null, store, full, progress);
  }

  /** As {@link #run(List, Path, boolean, Progress)}, every document credited to {@code publisher} when not null. */
  static Result run(List<Path> inputs, String publisher, Path store, boolean full, Progress progress) throws Exception {
    return run(inputs, publisher, store, full, MethodConfidences.fromClasspath().defaultMinConfidence(), progress);
  }

  /** As {@link #run(List, String, Path, boolean, Progress)}, keeping the facts whose confidence is at least {@code minConfidence}. */
  static Result run(List<Path> inputs, String publisher, Path store, boolean full, double minConfidence, Progress progress)
      throws Exception {
    StoreLock.requireWritable(store); // before the extraction writes its cache there
    FindingsCache cache = new FindingsCache(StoreLayout.of(store).findingsCache());
    if (full) {
      cache.clear();
    }
    DatasetGraph dsg = GraphPipeline.build(GraphPipeline.read(inputs, publisher, progress), cache, minConfidence, progress);
    progress.step("canonicalizing");
    // Once for all: SHACL picks the changed graphs from it, the store and the dumps hold the same quads.
    CanonicalQuads canon = CanonicalQuads.of(dsg);
    validate(dsg, canon, store, full, progress);
    progress.step("loading the store");
    BuildOutcome built = new StoreBuilder().build(canon, store);
    Files.writeString(StoreLayout.of(store).shapesHash(), ShaclValidator.shapesSha256() + "\n", StandardCharsets.US_ASCII);
    Files.writeString(StoreLayout.of(store).threshold(), threshold(minConfidence) + "\n", StandardCharsets.US_ASCII);
    // The store may now be newer than the dumps: until they are written too, the record says stale,
    // so a build that dies here is redone by the next `serve` instead of leaving old dumps beside a new store.
    markStale(store);
    Checkpoints.reach(BEFORE_DUMPS);
    progress.step("writing dumps");
    DumpOutcome dumps = new DumpWriter(PublicationSettings.defaults()).write(canon, store);
    // Marks the store as up to date with its inputs even when nothing changed (see stale()).
    Path record = StoreLayout.of(store).buildRecord();
    if (Files.exists(record)) {
      Files.setLastModifiedTime(record, FileTime.fromMillis(System.currentTimeMillis()));
    }
    cache.pruneUnused();
    return new Result(built, dumps, cache.misses(), cache.hits());
  }

  /**
   * Checks the shapes: on every node of the graphs that differ from the served store's when few
   * did and the served store passed the same shapes (see {@link ShaclValidator#validate(DatasetGraph,
   * java.util.Collection)}), else, and always with {@code full}, on the whole graph.
   */
  private static void validate(DatasetGraph dsg, CanonicalQuads canon, Path store, boolean full, Progress progress)
      throws IOException, InvalidGraphException {
    Optional<List<CanonicalGraph>> changed = full || !sameShapes(store) ? Optional.empty() : StoreBuilder.changedGraphs(canon, store);
    ValidationResult v;
    if (changed.isPresent()) {
      Set<Node> focus = new LinkedHashSet<>();
      for (CanonicalGraph g : changed.get()) {
        for (Quad q : g.quads()) {
          focus.add(q.getSubject());
          if (!q.getObject().isLiteral()) {
            focus.add(q.getObject());
          }
        }
      }
      progress.step("validating against SHACL shapes: the " + focus.size() + " nodes of " + changed.get().size() + " changed graph(s)");
      v = new ShaclValidator().validate(dsg, focus);
    } else {
      progress.step("validating against SHACL shapes");
      v = new ShaclValidator().validate(dsg);
    }
    if (!v.conforms()) {
      throw new InvalidGraphException(v);
    }
  }

  private static boolean sameShapes(Path store) throws IOException {
    Path file = StoreLayout.of(store).shapesHash();
    return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.US_ASCII).trim().equals(ShaclValidator.shapesSha256());
  }

  private static void markStale(Path store) throws IOException {
    Path record = StoreLayout.of(store).buildRecord();
    if (Files.exists(record)) {
      Files.setLastModifiedTime(record, FileTime.fromMillis(0));
    }
  }

  /** True when the store is missing or any input or reference file is newer than its last build. */
  static boolean stale(List<Path> inputs, Path store) throws IOException {
    return stale(inputs, store, MethodConfidences.fromClasspath().defaultMinConfidence());
  }

  /** As {@link #stale(List, Path)}, and also when the store was built with another threshold than {@code minConfidence}. */
  static boolean stale(List<Path> inputs, Path store, double minConfidence) throws IOException {
    Path record = StoreLayout.of(store).buildRecord();
    if (!StoreLayout.of(store).exists() || !Files.isRegularFile(record)) {
      return true;
    }
    Path threshold = StoreLayout.of(store).threshold();
    if (!Files.isRegularFile(threshold)
        || !Files.readString(threshold, StandardCharsets.US_ASCII).trim().equals(threshold(minConfidence))) {
      return true;
    }
    FileTime built = Files.getLastModifiedTime(record);
    List<Path> roots = new ArrayList<>(inputs);
    REFERENCE.stream().filter(Files::isDirectory).forEach(roots::add);
    for (Path root : roots) {
      if (!Files.exists(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        if (walk.filter(Files::isRegularFile).anyMatch(f -> newer(f, built))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String threshold(double minConfidence) {
    return java.math.BigDecimal.valueOf(minConfidence).stripTrailingZeros().toPlainString();
  }

  private static boolean newer(Path f, FileTime than) {
    try {
      return Files.getLastModifiedTime(f).compareTo(than) > 0;
    } catch (IOException e) {
      return true;
    }
  }
}
