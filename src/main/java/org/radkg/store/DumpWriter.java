package org.radkg.store;

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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.radkg.vocab.Rkg;

/**
 * Writes the downloadable dumps ({@link DumpFormat}s, {@code void.ttl}, {@code SHA256SUMS}) of a
 * dataset into {@code storeDir/dumps}, deterministically (same input, same bytes) and atomically
 * (a new generation directory behind the {@code dumps} link; a failed write leaves the old dumps).
 */
public final class DumpWriter {
  static final String LINK = "dumps";
  static final String VOID_FILE = "void.ttl";
  static final String SUMS_FILE = "SHA256SUMS";
  private static final Pattern TMP = Pattern.compile(Pattern.quote(LINK) + "\\.tmp-(\\d+)");

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

  /** Writes (or keeps) the dumps of {@code source}; throws {@link StoreInUseException} if a build runs. */
  public DumpOutcome write(DatasetGraph source, Path storeDir) throws IOException {
    return write(CanonicalQuads.of(source), storeDir);
  }

  /** As {@link #write(DatasetGraph, Path)} for data already canonicalized (the store's build used the same). */
  public DumpOutcome write(CanonicalQuads canon, Path storeDir) throws IOException {
    try (StoreLock lock = StoreLock.acquire(storeDir)) {
      removeStaleTemporaries(storeDir);
      Path tmp = storeDir.resolve(LINK + ".tmp-" + ProcessHandle.current().pid());
      GenerationLink.deleteTree(tmp);
      try {
        Files.createDirectories(tmp);
        SortedMap<String, String> sums = writeAll(canon, tmp);
        GenerationLink link = new GenerationLink(storeDir, LINK);
        if (link.current().isPresent() && sameFiles(tmp, link.link(), sums)) {
          return new DumpOutcome(false, link.link().toRealPath(), canon.sha256(), sums);
        }
        int n = link.next();
        Files.move(tmp, link.directory(n), StandardCopyOption.ATOMIC_MOVE);
        link.switchTo(n);
        link.deleteOthers(p -> false); // readers of files already open keep them until closed
        return new DumpOutcome(true, link.directory(n), canon.sha256(), sums);
      } finally {
        GenerationLink.deleteTree(tmp);
      }
    }
  }

  private SortedMap<String, String> writeAll(CanonicalQuads canon, Path dir) throws IOException {
    List<Quad> grouped = byGraph(canon);
    Map<String, IoWriter> files = new LinkedHashMap<>();
    files.put(DumpFormat.NQUADS.fileName(), out -> {
      for (String line : canon.lines()) {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
      }
    });
    files.put(DumpFormat.TRIG.fileName(), out -> streamQuads(out, RDFFormat.TRIG_BLOCKS, grouped));
    files.put(DumpFormat.TURTLE.fileName(), out -> streamTriples(out, RDFFormat.TURTLE_BLOCKS, unionTriples(canon)));
    // Streamed: Jena's JSON-LD 1.1 writer builds the whole document in memory (OOM at scale 100, 1 GB).
    files.put(DumpFormat.JSONLD.fileName(), out -> JsonLdStreamWriter.write(out, grouped));
    files.put(DumpFormat.RDFXML.fileName(), out -> RdfXmlStreamWriter.write(out, unionTriples(canon)));
    SortedMap<String, String> sums = new TreeMap<>();
    for (Map.Entry<String, IoWriter> f : files.entrySet()) {
      Path file = dir.resolve(f.getKey());
      // GZIPOutputStream writes a zero mtime and no file name, so the bytes depend only on the content.
      try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), 1 << 16)) {
        f.getValue().write(out);
      }
      sums.put(f.getKey(), sha256(file));
      checkpoint.accept("dumps:" + f.getKey());
    }
    CanonicalQuads description = CanonicalQuads.of(
        VoidDescriber.asDataset(new VoidDescriber(settings).describe(inMemory(canon))));
    Path voidFile = dir.resolve(VOID_FILE);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(voidFile))) {
      streamTriples(out, RDFFormat.TURTLE_BLOCKS, unionTriples(description));
    }
    sums.put(VOID_FILE, sha256(voidFile));
    StringBuilder text = new StringBuilder();
    sums.forEach((name, hex) -> text.append(hex).append("  ").append(name).append('\n'));
    Files.writeString(dir.resolve(SUMS_FILE), text, StandardCharsets.UTF_8);
    sums.put(SUMS_FILE, sha256(dir.resolve(SUMS_FILE)));
    return sums;
  }

  private interface IoWriter {
    void write(OutputStream out) throws IOException;
  }

  /** Distinct triples of all graphs in N-Triples line order (Turtle and RDF/XML carry no graphs). */
  private static List<Triple> unionTriples(CanonicalQuads canon) {
    TreeMap<String, Triple> sorted = new TreeMap<>(CanonicalQuads.CODE_POINT_ORDER);
    for (Quad q : canon.quads()) {
      Quad inDefault = Quad.create(Quad.defaultGraphIRI, q.asTriple());
      sorted.putIfAbsent(CanonicalQuads.line(inDefault), q.asTriple());
    }
    return new ArrayList<>(sorted.values());
  }

  /** Quads grouped by graph (default graph first, then graph IRI order), so TriG opens each graph once. */
  private static List<Quad> byGraph(CanonicalQuads canon) {
    return canon.quads(); // CanonicalQuads already orders its quads graph by graph
  }

  private static void streamQuads(OutputStream out, RDFFormat format, List<Quad> quads) {
    StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
    stream.start();
    prefixes(stream);
    quads.forEach(stream::quad);
    stream.finish();
  }

  private static void streamTriples(OutputStream out, RDFFormat format, List<Triple> triples) {
    StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
    stream.start();
    prefixes(stream);
    triples.forEach(stream::triple);
    stream.finish();
  }

  private static void prefixes(StreamRDF stream) {
    for (String[] p : Rkg.PREFIXES) {
      stream.prefix(p[0], p[1]);
    }
  }

  /** An in-memory copy filled in canonical order, so writers that iterate it see a fixed order. */
  private static DatasetGraph inMemory(CanonicalQuads canon) {
    DatasetGraph dsg = DatasetGraphFactory.create();
    for (String[] p : Rkg.PREFIXES) {
      dsg.prefixes().add(p[0], p[1]);
    }
    canon.quads().forEach(dsg::add);
    return dsg;
  }

  private static boolean sameFiles(Path fresh, Path served, SortedMap<String, String> sums) throws IOException {
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
        if (m.matches() && !ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive).orElse(false)) {
          GenerationLink.deleteTree(p); // left by a killed write
        }
      }
    }
  }

  static String sha256(Path file) throws IOException {
    MessageDigest d = CanonicalQuads.newSha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), d)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(d.digest());
  }
}
