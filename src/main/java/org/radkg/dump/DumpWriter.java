package org.radkg.dump;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.store.BuildRecord;
import org.radkg.store.GenerationLink;
import org.radkg.store.StoreLayout;
import org.radkg.store.StoreLock;
import org.radkg.vocab.Ontology;

/**
 * Writes the downloadable dumps ({@link DumpFormat}s, {@link HdtDump}, {@code void.ttl}, {@code
 * SHA256SUMS}) of a dataset into {@code storeDir/dumps}, deterministically (same input, same bytes)
 * and atomically (a new generation directory behind the {@code dumps} link; a failed write leaves
 * the old dumps).
 *
 * <p>Incremental: each gzipped dump is one gzip member whose deflate stream is a concatenation of
 * independent pieces ({@link DeflatePiece}), each holding a run of about 8 graphs (plus a header, a
 * footer and, for Turtle and RDF/XML, a block of the triples several graphs share), and a run whose
 * graphs are unchanged has its piece copied from the served dump (see {@link FragmentIndex} and
 * {@link DumpAssembler#runs}). A dump written this way is byte-identical to one written with no
 * previous dumps.
 */
public final class DumpWriter {
  static final String LINK = StoreLayout.DUMPS;
  static final String VOID_FILE = "void.ttl";

  /** The checksums of the other files, as {@code sha256sum} writes them. */
  public static final String SUMS_FILE = "SHA256SUMS";

  private static final Pattern TMP = Pattern.compile(Pattern.quote(LINK) + "\\.tmp-(\\d+)");
  private static final Pattern STORE_GENERATION =
      Pattern.compile(Pattern.quote(StoreLayout.TDB2) + "-(\\d+)");

  private final PublicationSettings settings;

  /** Called after each file is written; tests use it to fail a write midway. */
  private final Consumer<String> checkpoint;

  public DumpWriter(PublicationSettings settings) {
    this(settings, stage -> {});
  }

  DumpWriter(PublicationSettings settings, Consumer<String> checkpoint) {
    this.settings = settings;
    this.checkpoint = checkpoint;
  }

  /**
   * Writes (or keeps) the dumps of {@code source}; throws {@link StoreInUseException} if a build
   * runs.
   */
  public DumpOutcome write(DatasetGraph source, Path storeDir) throws IOException {
    return write(CanonicalQuads.of(source), storeDir);
  }

  /**
   * As {@link #write(DatasetGraph, Path)} for data already canonicalized (the store's build used
   * the same).
   */
  public DumpOutcome write(CanonicalQuads canon, Path storeDir) throws IOException {
    try (StoreLock lock = StoreLock.acquire(storeDir)) {
      removeStaleTemporaries(storeDir);
      Path tmp = storeDir.resolve(LINK + ".tmp-" + ProcessHandle.current().pid());
      GenerationLink.deleteTree(tmp);
      try {
        Files.createDirectories(tmp);
        Map<DumpFormat, List<FragmentIndex.Entry>> indexes = new EnumMap<>(DumpFormat.class);
        int[] fragments = new int[2]; // reused, written
        SortedMap<String, String> sums = writeAll(canon, storeDir, tmp, indexes, fragments);
        GenerationLink link = new GenerationLink(storeDir, LINK);
        OptionalInt served = link.current();
        OptionalInt paired = pairedGeneration(storeDir, canon);
        boolean changed = !(served.isPresent() && sameFiles(tmp, link.link(), sums));
        boolean inPlace = paired.isPresent() && served.equals(paired);
        if (changed || (paired.isPresent() && !inPlace)) {
          // The dumps of store generation N go in dumps-N, so that a server on N keeps serving them
          // (see servedWith) whatever later builds write; dumps-N already served but wrong
          // (damaged)
          // is replaced by a fresh number and dropped, and the server then follows the link.
          int n = paired.isPresent() && !inPlace ? paired.getAsInt() : link.next();
          GenerationLink.deleteTree(link.directory(n));
          Files.move(tmp, link.directory(n), StandardCopyOption.ATOMIC_MOVE);
          link.switchTo(n);
        }
        // Only now do the served files hold the pieces the new indexes point at; a crash before
        // this leaves indexes whose pieces fail their CRC-32C check: misses, not wrong dumps.
        for (Map.Entry<DumpFormat, List<FragmentIndex.Entry>> e : indexes.entrySet()) {
          FragmentIndex.save(indexFile(storeDir, e.getKey()), e.getValue());
        }
        Path now = link.link().toRealPath();
        if (!changed) {
          return new DumpOutcome(false, now, canon.sha256(), sums, fragments[0], fragments[1]);
        }
        int dropped = inPlace ? paired.getAsInt() : -1;
        // Readers of files already open keep them until closed; a server on an older store
        // generation keeps its dumps.
        link.deleteOthers(
            p ->
                !p.getFileName().toString().equals(LINK + "-" + dropped)
                    && storeGenerationExists(storeDir, p));
        Releases.record(storeDir, now, canon.sha256(), java.time.Instant.now());
        return new DumpOutcome(true, now, canon.sha256(), sums, fragments[0], fragments[1]);
      } finally {
        GenerationLink.deleteTree(tmp);
      }
    }
  }

  /**
   * The dumps directory that goes with store generation {@code storeGeneration} (a {@code tdb2-N}
   * directory): {@code dumps-N} when the build wrote it, else the served dumps (stores built before
   * dumps were paired with their generation, or a build that died before writing its dumps).
   */
  public static Path servedWith(Path storeDir, Path storeGeneration) throws IOException {
    Matcher m = STORE_GENERATION.matcher(storeGeneration.getFileName().toString());
    if (m.matches()) {
      Path paired = storeDir.resolve(LINK + "-" + m.group(1));
      if (Files.isDirectory(paired)) {
        return paired.toRealPath();
      }
    }
    return storeDir.resolve(LINK).toRealPath();
  }

  /**
   * The dumps served with store generation {@code storeGeneration} (see {@link #servedWith}), when
   * they are exactly the files their {@code SHA256SUMS} lists, with those checksums; empty when any
   * is missing, changed or added, and a build must write them.
   */
  public static Optional<DumpOutcome> servedIntact(
      Path storeDir, Path storeGeneration, String datasetSha256) throws IOException {
    Path dir;
    try {
      dir = servedWith(storeDir, storeGeneration);
    } catch (IOException e) {
      return Optional.empty();
    }
    Path sumsFile = dir.resolve(SUMS_FILE);
    if (!Files.isRegularFile(sumsFile)) {
      return Optional.empty();
    }
    SortedMap<String, String> sums = new TreeMap<>();
    for (String line : Files.readAllLines(sumsFile, StandardCharsets.UTF_8)) {
      String[] f = line.split("  ", 2);
      if (f.length != 2 || !Files.isRegularFile(dir.resolve(f[1]))) {
        return Optional.empty();
      }
      if (!sha256(dir.resolve(f[1])).equals(f[0])) {
        return Optional.empty();
      }
      sums.put(f[1], f[0]);
    }
    sums.put(SUMS_FILE, sha256(sumsFile));
    try (Stream<Path> list = Files.list(dir)) {
      if (list.count() != sums.size()) {
        return Optional.empty();
      }
    }
    return Optional.of(new DumpOutcome(false, dir, datasetSha256, sums, 0, 0));
  }

  /** The served store generation when its build record says it holds exactly {@code canon}. */
  private static OptionalInt pairedGeneration(Path storeDir, CanonicalQuads canon) {
    OptionalInt current = new GenerationLink(storeDir, StoreLayout.TDB2).current();
    Optional<BuildRecord> record = BuildRecord.read(storeDir);
    if (current.isPresent()
        && record.isPresent()
        && record.get().generation() == current.getAsInt()
        && record.get().sha256().equals(canon.sha256())) {
      return current;
    }
    return OptionalInt.empty();
  }

  /**
   * True when dumps generation {@code dumps-N} has a store generation {@code tdb2-N} beside it
   * (served, or kept for a server).
   */
  private static boolean storeGenerationExists(Path storeDir, Path dumps) {
    String name = dumps.getFileName().toString();
    return Files.isDirectory(storeDir.resolve(StoreLayout.TDB2 + name.substring(LINK.length())));
  }

  private SortedMap<String, String> writeAll(
      CanonicalQuads canon,
      Path storeDir,
      Path dir,
      Map<DumpFormat, List<FragmentIndex.Entry>> indexes,
      int[] fragments)
      throws IOException {
    UnionSplit split = UnionSplit.of(canon);
    SortedMap<String, String> sums = new TreeMap<>();
    for (DumpFormat format : DumpFormat.values()) {
      Path file = dir.resolve(format.fileName());
      Path served = storeDir.resolve(LINK).resolve(format.fileName());
      List<FragmentIndex.Entry> index = new ArrayList<>();
      try (FragmentIndex old = FragmentIndex.open(indexFile(storeDir, format), served)) {
        DumpAssembler.Written w =
            DumpAssembler.write(file, DumpAssembler.runs(DumpParts.of(format, split)), old, index);
        sums.put(format.fileName(), w.sha256());
        fragments[0] += w.reused();
        fragments[1] += w.written();
      }
      indexes.put(format, index);
      checkpoint.accept("dumps:" + format.fileName());
    }
    writeHdt(canon, split, storeDir, dir.resolve(HdtDump.FILE));
    sums.put(HdtDump.FILE, sha256(dir.resolve(HdtDump.FILE)));
    checkpoint.accept("dumps:" + HdtDump.FILE);
    VoidStatistics stats = new VoidStatistics(settings.dataBase());
    for (int i = 0; i < split.graphs().size(); i++) {
      // The statistics describe the data: the ontology's graph (its terms share no subject with
      // the articles) is served and dumped, not counted.
      if (!split.graphs().get(i).name().equals(Ontology.GRAPH)) {
        split.own(i).forEach(stats::add);
      }
    }
    split.shared().forEach(stats::add);
    // Written after the dumps, so it gives their sizes and checksums (not its own: SHA256SUMS
    // does).
    Map<String, VoidDescriber.WrittenFile> written = new TreeMap<>();
    for (Map.Entry<String, String> e : sums.entrySet()) {
      written.put(
          e.getKey(),
          new VoidDescriber.WrittenFile(Files.size(dir.resolve(e.getKey())), e.getValue()));
    }
    CanonicalQuads description =
        CanonicalQuads.of(
            VoidDescriber.asDataset(
                new VoidDescriber(settings).describe(stats, canon.sha256(), written)));
    Path voidFile = dir.resolve(VOID_FILE);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(voidFile))) {
      streamTriples(
          out, RDFFormat.TURTLE_BLOCKS, unionTriples(description), VoidDescriber.PREFIXES);
    }
    sums.put(VOID_FILE, sha256(voidFile));
    StringBuilder text = new StringBuilder();
    sums.forEach((name, hex) -> text.append(hex).append("  ").append(name).append('\n'));
    Files.writeString(dir.resolve(SUMS_FILE), text, StandardCharsets.UTF_8);
    sums.put(SUMS_FILE, sha256(dir.resolve(SUMS_FILE)));
    return sums;
  }

  /**
   * Writes the HDT dump, or copies the served one when its key file says it was made from the same
   * canonical data and base and the file still has the checksum it was written with (HDT is not
   * written in reusable pieces like the gzipped dumps, and generating it is the costly part).
   */
  private void writeHdt(CanonicalQuads canon, UnionSplit split, Path storeDir, Path file)
      throws IOException {
    Path keyFile = StoreLayout.of(storeDir).dumpsCache().resolve(HdtDump.FILE + ".key");
    Path served = storeDir.resolve(LINK).resolve(HdtDump.FILE);
    String key = canon.sha256() + " " + settings.dataBase();
    if (Files.isRegularFile(keyFile) && Files.isRegularFile(served)) {
      List<String> saved = Files.readAllLines(keyFile, StandardCharsets.UTF_8);
      if (saved.size() == 2 && saved.get(0).equals(key) && saved.get(1).equals(sha256(served))) {
        Files.copy(served, file);
        return;
      }
    }
    HdtDump.write(split, settings.dataBase(), file);
    Files.createDirectories(keyFile.getParent());
    // Written before the new dumps are served; a crash in between leaves a key whose checksum
    // does not match the served file, which is a miss, never a wrong dump.
    Files.writeString(keyFile, key + "\n" + sha256(file) + "\n", StandardCharsets.UTF_8);
  }

  private static Path indexFile(Path storeDir, DumpFormat format) {
    return StoreLayout.of(storeDir).dumpsCache().resolve(format.fileName() + ".idx");
  }

  /** Distinct triples of all graphs in N-Triples line order (for the small VoID description). */
  private static List<Triple> unionTriples(CanonicalQuads canon) {
    TreeMap<String, Triple> sorted = new TreeMap<>(CanonicalQuads.CODE_POINT_ORDER);
    for (Quad q : canon.quads()) {
      Quad inDefault = Quad.create(Quad.defaultGraphIRI, q.asTriple());
      sorted.putIfAbsent(CanonicalQuads.line(inDefault), q.asTriple());
    }
    return new ArrayList<>(sorted.values());
  }

  private static void streamTriples(
      OutputStream out, RDFFormat format, List<Triple> triples, String[][] prefixes) {
    StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
    stream.start();
    for (String[] p : prefixes) {
      stream.prefix(p[0], p[1]);
    }
    triples.forEach(stream::triple);
    stream.finish();
  }

  private static boolean sameFiles(Path fresh, Path served, SortedMap<String, String> sums)
      throws IOException {
    try (Stream<Path> list = Files.list(served)) {
      if (list.count() != sums.size()) {
        return false;
      }
    }
    for (String name : sums.keySet()) {
      Path old = served.resolve(name);
      if (!Files.isRegularFile(old) || Files.mismatch(fresh.resolve(name), old) != -1) {
        return false;
      }
    }
    return true;
  }

  private static void removeStaleTemporaries(Path storeDir) throws IOException {
    try (Stream<Path> list = Files.list(storeDir)) {
      for (Path p : list.toList()) {
        Matcher m = TMP.matcher(p.getFileName().toString());
        if (m.matches()
            && !ProcessHandle.of(Long.parseLong(m.group(1)))
                .map(ProcessHandle::isAlive)
                .orElse(false)) {
          GenerationLink.deleteTree(p); // left by a killed write
        }
      }
    }
  }

  /** The hex SHA-256 of {@code file}, as {@code SHA256SUMS} lists it. */
  public static String sha256(Path file) throws IOException {
    MessageDigest d = CanonicalQuads.newSha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), d)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(d.digest());
  }
}
