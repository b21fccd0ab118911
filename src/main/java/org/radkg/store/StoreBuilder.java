package org.radkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.radkg.canonical.CanonicalGraph;
import org.radkg.canonical.CanonicalQuads;

/**
 * Writes a dataset into a new TDB2 generation under {@code storeDir} and switches the served link
 * {@code storeDir/tdb2} to it atomically; a failed or killed build leaves the served store as it
 * was, and a build whose input is isomorphic to the served data writes nothing.
 */
public final class StoreBuilder {
  static final String LINK = StoreLayout.TDB2;
  private static final String TDB_LOCK = "tdb.lock";

  /** Said when a memory-mapped write fails; the command line recognizes it as lack of space. */
  public static final String DISK_FULL = "a memory-mapped write failed, the disk is probably full";

  /** Called with a stage name while loading; tests use it to fail a build midway. */
  private final Consumer<String> checkpoint;

  public StoreBuilder() {
    this(Checkpoints.FROM_ENVIRONMENT);
  }

  StoreBuilder(Consumer<String> checkpoint) {
    this.checkpoint = checkpoint;
  }

  /**
   * Builds (or keeps) the store for {@code source}; throws {@link StoreInUseException} if another
   * build runs.
   */
  public BuildOutcome build(DatasetGraph source, Path storeDir) throws IOException {
    return build(CanonicalQuads.of(source), storeDir);
  }

  /**
   * As {@link #build(DatasetGraph, Path)} for data already canonicalized (the dumps reuse the
   * same). A served generation that is not as its build left it (see {@link GenerationFiles}) is
   * never called unchanged nor copied: the new generation is bulk-loaded from scratch.
   */
  public BuildOutcome build(CanonicalQuads canon, Path storeDir) throws IOException {
    return build(canon, storeDir, GenerationPreparation.NONE);
  }

  /**
   * As {@link #build(CanonicalQuads, Path)}, with {@code preparation} run on a new generation
   * before it is switched in (an unchanged store keeps what was prepared with it).
   */
  public BuildOutcome build(CanonicalQuads canon, Path storeDir, GenerationPreparation preparation)
      throws IOException {
    try (StoreLock lock = StoreLock.acquire(storeDir)) {
      GenerationLink link = new GenerationLink(storeDir, LINK);
      OptionalInt current = link.current();
      Optional<BuildRecord> previous = BuildRecord.read(storeDir);
      Optional<String> damage =
          current.isPresent()
              ? damage(storeDir, link.directory(current.getAsInt()))
              : Optional.empty();
      if (current.isPresent()
          && previous.isPresent()
          && previous.get().generation() == current.getAsInt()
          && previous.get().sha256().equals(canon.sha256())
          && !previous.get().files().isEmpty()
          && damage.isEmpty()
          && sameKind(link.directory(current.getAsInt()), MaterializedUnion.applies(canon))) {
        return unchanged(previous.get(), link);
      }
      int n = link.next();
      Path dir = link.directory(n);
      Written written =
          write(canon, dir, damage.isPresent() ? OptionalInt.empty() : current, link, preparation);
      String how = written.how();
      if (damage.isPresent()) {
        how = "rebuilt, the served generation was damaged: " + damage.get() + "; " + how;
      }
      GenerationFiles files = GenerationFiles.of(dir);
      checkpoint.accept("store:written");
      link.switchTo(n);
      // Written after the switch: if we die in between, the stale record forces a rebuild, never a
      // false "unchanged".
      // An update in place knows how the union changed: the served record's count follows it,
      // without reading every quad again to count the union's distinct triples.
      OptionalLong union =
          written.change() != null
                  && previous.isPresent()
                  && current.isPresent()
                  && previous.get().generation() == current.getAsInt()
              ? OptionalLong.of(
                  previous.get().unionTriples()
                      + written.change().added().size()
                      - written.change().removed().size())
              : written.unionTriples();
      BuildRecord record = BuildRecord.of(n, canon, files, union);
      record.write(storeDir);
      link.deleteOthers(StoreBuilder::heldOpen);
      return new BuildOutcome(
          true,
          n,
          dir,
          record.sha256(),
          record.quads(),
          record.unionTriples(),
          record.namedGraphs(),
          how);
    }
  }

  /**
   * The served generation as its build record describes it, when the record is of that generation
   * and its files are as the build left them (see {@link GenerationFiles}); empty otherwise, when
   * only a build can tell what to serve.
   */
  public static Optional<BuildOutcome> servedIntact(Path storeDir) throws IOException {
    GenerationLink link = new GenerationLink(storeDir, LINK);
    OptionalInt current = link.current();
    Optional<BuildRecord> record = BuildRecord.read(storeDir);
    if (current.isEmpty()
        || record.isEmpty()
        || record.get().generation() != current.getAsInt()
        || record.get().files().isEmpty()
        || damage(storeDir, link.directory(current.getAsInt())).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(unchanged(record.get(), link));
  }

  /** The served generation {@code r} describes, kept as it is. */
  private static BuildOutcome unchanged(BuildRecord r, GenerationLink link) {
    return new BuildOutcome(
        false,
        r.generation(),
        link.directory(r.generation()),
        r.sha256(),
        r.quads(),
        r.unionTriples(),
        r.namedGraphs(),
        "unchanged");
  }

  /**
   * The graphs of {@code canon} that are new or differ from the served generation's, when that
   * generation has an index of its graphs and the change is small enough for an update in place
   * (see {@link GraphDelta#MAX_SHARE}); empty otherwise, when everything counts as changed.
   */
  public static Optional<List<CanonicalGraph>> changedGraphs(CanonicalQuads canon, Path storeDir)
      throws IOException {
    OptionalInt current = new GenerationLink(storeDir, LINK).current();
    if (current.isEmpty()
        || damage(storeDir, new GenerationLink(storeDir, LINK).directory(current.getAsInt()))
            .isPresent()) {
      return Optional.empty();
    }
    return GraphIndex.read(new GenerationLink(storeDir, LINK).directory(current.getAsInt()))
        .map(served -> GraphDelta.between(served, canon))
        .filter(d -> d.small(canon.quads().size()))
        .map(GraphDelta::added);
  }

  /**
   * Opens the served generation for reading (and querying); the caller closes the Dataset. Throws
   * {@link StoreDamagedException} when its files are not as the build left them, {@link
   * StoreNotWritableException} when TDB2 could not take its lock, and {@link StoreInUseException}
   * only when another live process holds the generation.
   */
  public static Dataset open(Path storeDir) throws IOException {
    Path link = storeDir.resolve(LINK);
    if (!Files.exists(link)) {
      throw new NoSuchFileException(
          link.toString(), null, "no radkg store here; run the build first");
    }
    // The real path pins this reader to one generation, whatever later builds do to the link.
    Path generation = link.toRealPath();
    Optional<String> damage = damage(storeDir, generation);
    if (damage.isPresent()) {
      throw new StoreDamagedException(storeDir, damage.get(), null);
    }
    WriteAccess.require(storeDir, generation);
    try {
      Dataset ds = TDB2Factory.connectDataset(Location.create(generation));
      MaterializedUnion.configure(ds, generation);
      return ds;
    } catch (DBOpEnvException
        | TDBException
            e) { // AlreadyLocked is a DBOpEnvException; a lock held elsewhere is a plain one
      if (heldByOtherProcess(generation)) {
        throw new StoreInUseException(
            storeDir,
            "The store "
                + generation
                + " is open in another process"
                + lockHolder(generation)
                + " (a running server?); query it through that process or stop it.",
            e);
      }
      if (WriteAccess.denied(e)) {
        throw new StoreNotWritableException(storeDir, generation + " (" + e.getMessage() + ")", e);
      }
      throw new StoreDamagedException(
          storeDir, generation + " (TDB2 cannot open it: " + e.getMessage() + ")", e);
    }
  }

  /**
   * When {@code generation} (a directory the store link pointed at) was written: the time of its
   * index of graphs, written last.
   */
  public static FileTime builtAt(Path generation) throws IOException {
    Path index = generation.resolve(GraphIndex.FILE);
    return Files.getLastModifiedTime(Files.exists(index) ? index : generation);
  }

  /**
   * What is wrong with {@code generation} when the build record describes it (see {@link
   * GenerationFiles}); empty when it is intact or when there is no record of it to compare with.
   */
  private static Optional<String> damage(Path storeDir, Path generation) throws IOException {
    Optional<BuildRecord> record = BuildRecord.read(storeDir);
    if (record.isEmpty()
        || !generation.getFileName().toString().equals(LINK + "-" + record.get().generation())) {
      return Optional
          .empty(); // a record of another generation: a build died after its switch, the next one
      // rewrites it
    }
    return record.get().files().problem(generation);
  }

  /**
   * Writes generation {@code dir}: a copy of the served generation updated graph by graph when few
   * graphs changed (see {@link GraphDelta#MAX_SHARE}) and it has the same kind of default graph,
   * else a parallel bulk load into an empty one; either way the index of graphs goes with it, and
   * the default graph is the materialized union of the named graphs when {@link
   * MaterializedUnion#applies}; then {@code preparation} reads it. Returns how it was written.
   */
  /** How a generation was written, and how the union changed when it was updated in place. */
  private record Written(String how, UnionChange change, OptionalLong unionTriples) {}

  private Written write(
      CanonicalQuads canon,
      Path dir,
      OptionalInt current,
      GenerationLink link,
      GenerationPreparation preparation)
      throws IOException {
    DatasetGraph dsg = null;
    try {
      String how;
      UnionChange change = null;
      OptionalLong unionTriples = OptionalLong.empty();
      boolean materialize = MaterializedUnion.applies(canon);
      Optional<GraphDelta> delta =
          current.isPresent() && sameKind(link.directory(current.getAsInt()), materialize)
              ? GraphIndex.read(link.directory(current.getAsInt()))
                  .map(served -> GraphDelta.between(served, canon))
              : Optional.empty();
      if (delta.isPresent() && delta.get().small(canon.quads().size())) {
        GraphDelta d = delta.get();
        copyGeneration(link.directory(current.getAsInt()), dir);
        checkpoint.accept("store:copied");
        dsg = connect(dir);
        InPlace done = update(dsg, d, materialize);
        change = done.change();
        how =
            "updated: "
                + d.dropped().size()
                + " graph(s) dropped, "
                + d.added().size()
                + " written"
                + (done.summary().isEmpty() ? "" : "; " + done.summary());
      } else {
        Files.createDirectories(dir);
        dsg = connect(dir);
        bulkLoad(dir, dsg, canon, materialize);
        if (materialize) {
          // Counted in the store: the load let through only some repeats (see
          // MaterializedUnion.triples), and the default graph holds each triple once.
          DatasetGraph loaded = dsg;
          unionTriples =
              OptionalLong.of(Txn.calculateRead(loaded, () -> loaded.getDefaultGraph().size()));
        }
        how = "bulk-loaded: " + canon.graphs().size() + " graph(s)";
      }
      checkpoint.accept("store:loaded");
      if (materialize) {
        MaterializedUnion.mark(dir);
        SummaryGraph.mark(dir);
      }
      GraphIndex.write(dir, canon.graphs());
      release(dsg);
      dsg = null;
      if (preparation != GenerationPreparation.NONE) {
        // Opened as a server opens it, so what is prepared is what the server would compute.
        Dataset prepared = TDB2Factory.connectDataset(Location.create(dir));
        dsg = prepared.asDatasetGraph();
        MaterializedUnion.configure(prepared, dir);
        preparation.prepare(
            prepared,
            GenerationPreparation.folderOf(dir),
            current.isPresent()
                ? GenerationPreparation.folderOf(link.directory(current.getAsInt()))
                : null,
            change);
        checkpoint.accept("store:prepared");
        release(dsg);
      }
      return new Written(how, change, unionTriples);
    } catch (RuntimeException | IOException e) {
      release(dsg);
      GenerationLink.deleteTree(dir);
      throw e;
    } catch (InternalError e) {
      // TDB2 writes through memory-mapped files: a full disk there is a SIGBUS, which the JVM
      // reports as this error.
      release(dsg);
      GenerationLink.deleteTree(dir);
      throw new IOException(
          "cannot write the new store generation "
              + dir
              + ": "
              + DISK_FULL
              + " ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  private static DatasetGraph connect(Path dir) {
    return TDB2Factory.connectDataset(Location.create(dir)).asDatasetGraph();
  }

  /**
   * Jena's parallel loader, without TDB2's journal: safe here because the generation is new and is
   * switched in only once complete, and a killed load leaves a directory the next build deletes.
   */
  private void bulkLoad(Path dir, DatasetGraph dsg, CanonicalQuads canon, boolean materialize)
      throws IOException {
    GuardedBulkLoad.run(
        dir,
        progress -> {
          DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> {});
          loader.startBulk();
          try {
            StreamRDF stream = loader.stream();
            stream.start();
            int half = canon.quads().size() / 2;
            int i = 0;
            for (Quad q : canon.quads()) {
              if (i++ == half) {
                checkpoint.accept("store:half-loaded");
              }
              stream.quad(q);
              progress.incrementAndGet();
            }
            if (materialize) {
              MaterializedUnion.triples(
                  canon,
                  t -> {
                    stream.triple(t);
                    progress.incrementAndGet();
                  });
            }
            stream.finish();
            loader.finishBulk();
          } catch (RuntimeException | Error e) {
            loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
          }
        });
    if (materialize) {
      // Derived from what was just loaded, so after the loader's own transaction.
      Txn.executeWrite(dsg, () -> SummaryGraph.write(dsg));
    }
  }

  /**
   * What an update in place did: how the union changed (null when it is not materialized) and what
   * was derived again of the summary graph (empty when there is none).
   */
  private record InPlace(UnionChange change, String summary) {}

  /**
   * Drops the changed and removed graphs and writes the changed and new ones, in one journaled
   * write transaction; with {@code materialize}, the default graph follows (see {@link
   * MaterializedUnion#update}) and so do the summary graph's rows that the change can touch (see
   * {@link SummaryGraph#update}).
   */
  private InPlace update(DatasetGraph dsg, GraphDelta delta, boolean materialize) {
    return Txn.calculateWrite(
        dsg,
        () -> {
          List<org.apache.jena.graph.Triple> dropped = new java.util.ArrayList<>();
          List<Quad> before = new java.util.ArrayList<>();
          for (String key : delta.dropped()) {
            if (materialize) {
              Node g = graphNode(key);
              for (org.apache.jena.graph.Triple t : MaterializedUnion.triplesOf(dsg, g)) {
                dropped.add(t);
                before.add(Quad.create(g, t));
              }
            }
            dsg.deleteAny(graphNode(key), Node.ANY, Node.ANY, Node.ANY);
          }
          checkpoint.accept("store:half-loaded");
          for (CanonicalGraph g : delta.added()) {
            for (Quad q : g.quads()) {
              dsg.add(q);
            }
          }
          // Without a materialized union nothing tells what the union lost: null, unknown.
          if (!materialize) {
            return new InPlace(null, "");
          }
          List<org.apache.jena.graph.Triple> written = new java.util.ArrayList<>();
          List<Quad> after = new java.util.ArrayList<>();
          for (CanonicalGraph g : delta.added()) {
            for (Quad q : g.quads()) {
              written.add(q.asTriple());
              after.add(q);
            }
          }
          UnionChange change =
              MaterializedUnion.update(dsg, dropped, delta.added()).withGraphs(before, after);
          return new InPlace(change, SummaryGraph.update(dsg, dropped, written, change));
        });
  }

  /**
   * True when {@code generation} was written as this version writes data that {@code materialize}s
   * the union or not: the same kind of default graph, and the summary graph with it. Only such a
   * generation is kept as unchanged or updated in place.
   */
  private static boolean sameKind(Path generation, boolean materialize) {
    return MaterializedUnion.in(generation) == materialize
        && SummaryGraph.in(generation) == materialize;
  }

  /** The graph named by a {@link CanonicalGraph#key()}. */
  private static Node graphNode(String key) {
    if (key.isEmpty()) {
      return Quad.defaultGraphIRI;
    }
    if (key.startsWith("_:")) {
      return NodeFactory.createBlankNode(key.substring(2));
    }
    return NodeFactoryExtra.parseNode(key);
  }

  /**
   * Copies a served generation's files. They are consistent while a server has them open: only a
   * build writes a generation, before it is switched in; readers never write. Lock files stay
   * behind, and what was prepared from the served generation (the new one prepares its own).
   */
  private static void copyGeneration(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (from.relativize(p).startsWith(GenerationPreparation.FOLDER)) {
          continue;
        } else if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals(TDB_LOCK)
            && !p.getFileName().toString().equals(GraphIndex.FILE)) {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  /**
   * Drops the JVM's cached connection so the generation's lock is free for readers in other
   * processes.
   */
  private static void release(DatasetGraph dsg) {
    if (dsg != null) {
      try {
        TDBInternal.expel(dsg);
      } catch (RuntimeException e) {
        // Already released or never fully opened.
      }
    }
  }

  /** True while some live process (this one included) has the generation open. */
  private static boolean heldOpen(Path generation) {
    Path lockFile = generation.resolve(TDB_LOCK);
    if (!Files.exists(lockFile)) {
      return false;
    }
    if (ProcessFileLock.create(lockFile.toString()).isLockedHere()) {
      return true;
    }
    try {
      String text = Files.readString(lockFile, StandardCharsets.US_ASCII).trim();
      if (text.isEmpty()) {
        return false;
      }
      long pid = Long.parseLong(text);
      return pid != ProcessHandle.current().pid()
          && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (IOException | NumberFormatException e) {
      return true; // unsure: keep it, the next build tries again
    }
  }

  /** True when the generation's TDB2 lock names a live process other than this one. */
  private static boolean heldByOtherProcess(Path generation) {
    try {
      long pid =
          Long.parseLong(
              Files.readString(generation.resolve(TDB_LOCK), StandardCharsets.US_ASCII).trim());
      return pid != ProcessHandle.current().pid()
          && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  private static String lockHolder(Path generation) {
    try {
      String pid = Files.readString(generation.resolve(TDB_LOCK), StandardCharsets.US_ASCII).trim();
      return pid.isEmpty() ? "" : " (pid " + pid + ")";
    } catch (IOException e) {
      return "";
    }
  }
}
