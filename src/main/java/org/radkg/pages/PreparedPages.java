package org.radkg.pages;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.jena.query.Dataset;
import org.radkg.network.NetworkExtractor;
import org.radkg.network.NetworkMaterialCodec;
import org.radkg.network.ProjectedNetworkCodec;
import org.radkg.search.SearchIndex;
import org.radkg.store.GenerationPreparation;
import org.radkg.store.UnionChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the pages compute once per generation (the search index, the start page's figures and
 * description, the collaboration network with its topics and the projection its page opens on),
 * prepared by the build from the new generation before it is switched in and loaded by the server
 * when it serves that generation, so that neither a start nor a reload reads the whole store before
 * answering. A generation without them (built by an older version or without preparation, or whose
 * preparation failed) is read from the store, as before.
 */
public final class PreparedPages implements GenerationPreparation {
  private static final Logger LOG = LoggerFactory.getLogger(PreparedPages.class);

  /**
   * Written last, with the format and the name of the generation prepared: a folder without it,
   * naming another format, or naming another generation (an older radkg copied it into the next
   * generation with the store's files) is not read.
   */
  static final String FORMAT_FILE = "format";

  static final String FORMAT = "radkg prepared pages 1";
  static final String SEARCH = "search";
  static final String LANDING = "landing.json";
  static final String NETWORK = "network.bin";

  /** The queries' time limit while preparing: the build waits for them, no visitor does. */
  private static final Duration TIMEOUT = Duration.ofMinutes(10);

  private final Duration timeout;

  /** The parts the last {@link #prepare} took from the previous generation (for the tests). */
  private volatile Set<String> reused = Set.of();

  /** Prepares with a time limit of ten minutes on each query. */
  public PreparedPages() {
    this(TIMEOUT);
  }

  PreparedPages(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public void prepare(Dataset dataset, Path folder, Path previous) throws IOException {
    prepare(dataset, folder, previous, null);
  }

  @Override
  public void prepare(Dataset dataset, Path folder, Path previous, UnionChange change)
      throws IOException {
    Files.createDirectories(folder);
    // Decided from the change alone, before anything is read: an edit that changed no
    // organization's
    // links, names or topics keeps the network (whose reading took 10-20 s at scale 100 only to
    // find
    // it unchanged), and one that changed no figure's input keeps the figures.
    boolean networkKept =
        change != null
            && !change.touches(NetworkExtractor::readsInUnion)
            && change.graphsReadAlike(NetworkExtractor::readInGraph)
            && reuseFile(folder, previous, NETWORK);
    boolean landingKept =
        change != null
            && !change.touches(LandingFigures::readsInUnion)
            && change.graphsReadAlike(LandingFigures::readInGraph)
            && reuseFile(folder, previous, LANDING);
    reused =
        Set.copyOf(
            java.util.stream.Stream.of(networkKept ? NETWORK : null, landingKept ? LANDING : null)
                .filter(java.util.Objects::nonNull)
                .toList());
    // The network, the longest part, is read beside the index and the figures: TDB2 serves
    // concurrent readers, and a build has the cores to itself.
    FutureTask<Void> network =
        new FutureTask<>(
            () -> {
              if (networkKept) {
                return null;
              }
              long t0 = System.nanoTime();
              NetworkSource.Material m = NetworkSource.read(dataset, timeout);
              long t1 = System.nanoTime();
              boolean reused = reuseProjection(m, previous);
              writeNetwork(m, folder.resolve(NETWORK));
              LOG.info(
                  "prepared the network: read in {} s, its projection {} in {} s",
                  seconds(t1 - t0),
                  reused ? "reused" : "computed and written",
                  seconds(System.nanoTime() - t1));
              return null;
            });
    Thread reader = new Thread(network, "radkg-prepare-network");
    reader.setDaemon(true);
    reader.start();
    try {
      long t0 = System.nanoTime();
      boolean searchKept = reuseSearchIndex(folder, previous, change);
      if (!searchKept) {
        SearchIndex.build(dataset).write(folder.resolve(SEARCH));
      }
      long t1 = System.nanoTime();
      if (!landingKept) {
        Files.writeString(
            folder.resolve(LANDING),
            PreparedLanding.compute(dataset, timeout).toJson(),
            StandardCharsets.UTF_8);
      }
      long t2 = System.nanoTime();
      network.get();
      // Where a build's preparation goes (docs/benchmarks.md); the parts run side by side.
      LOG.info(
          "prepared the search index in {} s ({}), the start page's figures in {} s ({}), waited {}"
              + " s more for the network ({})",
          seconds(t1 - t0),
          searchKept ? "the previous generation's: no name or shown type changed" : "built",
          seconds(t2 - t1),
          landingKept ? "the previous generation's: none of their inputs changed" : "computed",
          seconds(System.nanoTime() - t2),
          networkKept ? "the previous generation's: no link, name or topic changed" : "read");
    } catch (RuntimeException | ExecutionException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      if (cause instanceof IOException io) {
        throw io;
      }
      // Not a reason to refuse the graph: the server reads what is missing from the store, as it
      // did before builds prepared it, and a failing query then fails on its own page.
      LOG.warn("could not prepare the pages of {}: {}", folder.getParent(), cause.toString());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while preparing the pages");
    } finally {
      if (!network.isDone()) {
        network.cancel(true);
      }
      joinQuietly(reader);
    }
    Files.writeString(
        folder.resolve(FORMAT_FILE), stamp(folder.getParent()), StandardCharsets.UTF_8);
  }

  /** The parts ({@link #NETWORK}, {@link #LANDING}) the last preparation copied, not made. */
  Set<String> reused() {
    return reused;
  }

  /**
   * Copies the file {@code name} prepared with the previous generation into {@code folder}, when
   * that generation was prepared completely in this format; true when it did.
   */
  private static boolean reuseFile(Path folder, Path previous, String name) {
    if (previous == null || !preparedIn(previous.getParent())) {
      return false;
    }
    try {
      Files.copy(previous.resolve(name), folder.resolve(name));
      return true;
    } catch (IOException e) {
      LOG.info("preparing {} afresh: {} unreadable ({})", name, previous, e.toString());
      return false;
    }
  }

  /**
   * Copies the previous generation's search index when the union changed by no triple the index
   * reads (names and shown types, see {@link SearchIndex#reads}): it is then exactly the index of
   * the new generation, without reading every name from the store and indexing it again. True when
   * it did.
   */
  private static boolean reuseSearchIndex(Path folder, Path previous, UnionChange change) {
    if (change == null
        || previous == null
        || !preparedIn(previous.getParent())
        || change.touches(SearchIndex::reads)) {
      return false;
    }
    Path from = previous.resolve(SEARCH);
    Path to = folder.resolve(SEARCH);
    try (java.util.stream.Stream<Path> files = Files.list(from)) {
      Files.createDirectories(to);
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()));
      }
      return true;
    } catch (IOException | RuntimeException e) {
      LOG.info("indexing the names afresh: {} unreadable ({})", from, e.toString());
      deleteQuietly(to);
      return false;
    }
  }

  private static void deleteQuietly(Path dir) {
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // what is left is overwritten when the index is built
    }
  }

  /**
   * Takes the opening projection from {@code previous} when its network is the same (an edit that
   * changed no organization's links): its measures are the costly part (betweenness on a dense
   * network, about a minute at scale 100), and they depend on the network alone. True when it did.
   */
  private static boolean reuseProjection(NetworkSource.Material m, Path previous) {
    if (previous == null || !preparedIn(previous.getParent())) {
      return false;
    }
    try {
      NetworkSource.Material before = readNetwork(previous.resolve(NETWORK));
      if (before.network().sameAs(m.network())) {
        m.remember(NetworkQuery.DEFAULT_FILTER, before.projected(NetworkQuery.DEFAULT_FILTER));
        return true;
      }
    } catch (IOException | RuntimeException e) {
      LOG.info("projecting the network afresh: {} unreadable ({})", previous, e.toString());
    }
    return false;
  }

  private static String seconds(long nanos) {
    return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
  }

  /** Waits for the network's reader, so that nothing reads the generation once prepare returns. */
  private static void joinQuietly(Thread reader) {
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The search index of {@code served}: prepared, else built from its store. */
  static SearchIndex searchIndex(ServedDataset served) {
    return load(served, SEARCH, SearchIndex::read)
        .orElseGet(() -> SearchIndex.build(served.dataset()));
  }

  /** The start page's figures and description of {@code served}: prepared, else read. */
  static PreparedLanding landing(ServedDataset served, Duration timeout) {
    return load(
            served,
            LANDING,
            p -> PreparedLanding.fromJson(Files.readString(p, StandardCharsets.UTF_8)))
        .orElseGet(() -> PreparedLanding.compute(served.dataset(), timeout));
  }

  /** The network material of {@code served}: prepared, else read. */
  static NetworkSource.Material network(ServedDataset served, Duration timeout) {
    return load(served, NETWORK, PreparedPages::readNetwork)
        .orElseGet(() -> NetworkSource.read(served.dataset(), timeout));
  }

  /** What {@link #FORMAT_FILE} holds for {@code generation}. */
  static String stamp(Path generation) {
    return FORMAT + "\n" + generation.getFileName() + "\n";
  }

  /** True when {@code generation} holds pages prepared in this version's format. */
  static boolean preparedIn(Path generation) {
    Path format = GenerationPreparation.folderOf(generation).resolve(FORMAT_FILE);
    try {
      return Files.isRegularFile(format)
          && Files.readString(format, StandardCharsets.UTF_8).equals(stamp(generation));
    } catch (IOException e) {
      return false;
    }
  }

  private interface Reader<T> {
    T read(Path file) throws IOException;
  }

  private static <T> Optional<T> load(ServedDataset served, String name, Reader<T> reader) {
    if (!preparedIn(served.generation())) {
      return Optional.empty();
    }
    Path file = GenerationPreparation.folderOf(served.generation()).resolve(name);
    try {
      return Optional.of(reader.read(file));
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot load {} ({}); reading it from the store instead", file, e.toString());
      return Optional.empty();
    }
  }

  static void writeNetwork(NetworkSource.Material m, Path file) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      NetworkMaterialCodec.write(m.network(), out);
      out.writeInt(m.topics().size());
      for (Map.Entry<String, String> t : m.topics().entrySet()) {
        out.writeUTF(t.getKey());
        out.writeUTF(t.getValue());
      }
      // The page opens on it, and its measures (betweenness) take seconds on a large network.
      ProjectedNetworkCodec.write(m.projected(NetworkQuery.DEFAULT_FILTER), out);
    }
  }

  static NetworkSource.Material readNetwork(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      var network = NetworkMaterialCodec.read(in);
      SortedMap<String, String> topics = new TreeMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        topics.put(in.readUTF(), in.readUTF());
      }
      NetworkSource.Material m = NetworkSource.of(network, topics);
      m.remember(NetworkQuery.DEFAULT_FILTER, ProjectedNetworkCodec.read(in, network));
      return m;
    }
  }
}
