package org.radkg.dump;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.store.Fixture;
import org.radkg.vocab.Rkg;

class IncrementalDumpsTest {
  private static final List<String> FILES =
      List.of(
          "radkg.nq.gz",
          "radkg.trig.gz",
          "radkg.ttl.gz",
          "radkg.jsonld.gz",
          "radkg.rdf.gz",
          "void.ttl",
          "SHA256SUMS");

  @TempDir Path dir;

  private final DumpWriter writer = new DumpWriter(PublicationSettings.defaults());

  @Test
  void anIncrementalWriteIsByteIdenticalToOneFromScratchAndRewritesOnlyChangedGraphs()
      throws IOException {
    Path store = dir.resolve("incremental");
    DumpOutcome first = writer.write(corpus(200, false), store);
    assertEquals(0, first.fragmentsReused());
    DumpOutcome second = writer.write(corpus(200, true), store);
    assertTrue(second.changed());
    // Edited: article 7 retitled, 12 removed, 200 added, 4 also describes 3's initiative, a default
    // graph. Each format rewrites only the runs of graphs (about 8 each) holding those.
    assertTrue(second.fragmentsWritten() <= 5 * 6, "written " + second.fragmentsWritten());
    assertTrue(
        second.fragmentsReused() > 3 * second.fragmentsWritten(),
        "reused " + second.fragmentsReused());

    Path scratch = dir.resolve("scratch");
    writer.write(corpus(200, true), scratch);
    assertSameDumps(scratch, store);

    DumpOutcome back = writer.write(corpus(200, false), store);
    assertSameDumps(writeFresh(corpus(200, false)), store);
    assertTrue(back.fragmentsReused() > back.fragmentsWritten());
  }

  @Test
  void singleMemberDumpsReadWholeWithJenaRdf4jGzipAndPython() throws Exception {
    DatasetGraph data = corpus(60, true);
    writer.write(data, dir);
    Path dumps = dir.resolve("dumps");
    for (String name : List.of("radkg.nq.gz", "radkg.trig.gz", "radkg.jsonld.gz")) {
      DatasetGraph read = RDFDataMgr.loadDatasetGraph(dumps.resolve(name).toString());
      assertTrue(IsoMatcher.isomorphic(data, read), name);
    }
    Graph union = DumpWriterTest.union(data);
    for (String name : List.of("radkg.ttl.gz", "radkg.rdf.gz")) {
      assertTrue(
          IsoMatcher.isomorphic(union, RDFDataMgr.loadGraph(dumps.resolve(name).toString())), name);
    }
    List<Statement> quads = RdfConversion.statements(data);
    Map<String, RDFFormat> withGraphs =
        Map.of(
            "radkg.nq.gz",
            RDFFormat.NQUADS,
            "radkg.trig.gz",
            RDFFormat.TRIG,
            "radkg.jsonld.gz",
            RDFFormat.JSONLD);
    for (Map.Entry<String, RDFFormat> e : withGraphs.entrySet()) {
      assertTrue(
          Models.isomorphic(quads, DumpWriterTest.parse(dumps.resolve(e.getKey()), e.getValue())),
          e.getKey());
    }
    // The union formats hold each triple once (not only a graph equal to the union once read).
    List<Statement> unionStatements = RdfConversion.statements(union);
    for (Map.Entry<String, RDFFormat> e :
        Map.of("radkg.ttl.gz", RDFFormat.TURTLE, "radkg.rdf.gz", RDFFormat.RDFXML).entrySet()) {
      List<Statement> parsed = statementsAsWritten(dumps.resolve(e.getKey()), e.getValue());
      assertEquals(union.size(), parsed.size(), e.getKey());
      assertTrue(Models.isomorphic(unionStatements, parsed), e.getKey());
    }
    for (String name : FILES.subList(0, 5)) {
      Path file = dumps.resolve(name);
      assertEquals(1, pythonMembers(file), name + " is one gzip member, nothing after its trailer");
      assertEquals(DumpWriterTest.gunzip(file), pythonGunzip(file), name);
      assertEquals(0, run("gzip", "-t", file.toString()), "gzip -t " + name);
    }
  }

  @Test
  void everyDumpIsOneMemberEndingRightAfterItsTrailer() throws Exception {
    DatasetGraph data = corpus(120, true);
    writer.write(data, dir);
    writer.write(corpus(120, false), dir); // incremental: reused pieces too
    for (String name : FILES.subList(0, 5)) {
      byte[] gz = Files.readAllBytes(dir.resolve("dumps").resolve(name));
      assertArrayEquals(DeflatePiece.HEADER, Arrays.copyOf(gz, 10), name);
      Inflater inflater = new Inflater(true);
      inflater.setInput(gz, 10, gz.length - 10);
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      byte[] buf = new byte[1 << 16];
      while (!inflater.finished()) {
        int n = inflater.inflate(buf);
        assertTrue(n > 0 || !inflater.needsInput(), name + ": deflate stream ends before the file");
        text.write(buf, 0, n);
      }
      assertEquals(
          8, inflater.getRemaining(), name + ": exactly the trailer after the final block");
      ByteBuffer trailer = ByteBuffer.wrap(gz, gz.length - 8, 8).order(ByteOrder.LITTLE_ENDIAN);
      CRC32 crc = new CRC32();
      crc.update(text.toByteArray());
      assertEquals(crc.getValue(), Integer.toUnsignedLong(trailer.getInt()), name + " CRC-32");
      assertEquals(text.size(), trailer.getInt(), name + " ISIZE");
      assertArrayEquals(
          text.toByteArray(),
          DumpWriterTest.gunzip(writeFresh(corpus(120, false)).resolve("dumps").resolve(name))
              .getBytes(StandardCharsets.UTF_8),
          name);
    }
  }

  @Test
  void aReaderThatStopsAfterTheFirstMemberReadsTheWholeDump() throws IOException {
    // JDK-7036144 (fixed in JDK 23): GZIPInputStream reads a next member only if available() > 0 or
    // enough of it is already buffered; over a network stream that trickles, it silently stops.
    byte[] one = gzip("first member\n");
    byte[] two = gzip("second member\n");
    byte[] multi = Arrays.copyOf(one, one.length + two.length);
    System.arraycopy(two, 0, multi, one.length, two.length);
    assertEquals(
        "first member\n", trickleGunzip(multi), "the simulation truncates a multi-member file");

    DatasetGraph data = corpus(120, true);
    writer.write(data, dir);
    for (String name : FILES.subList(0, 5)) {
      byte[] gz = Files.readAllBytes(dir.resolve("dumps").resolve(name));
      assertEquals(
          DumpWriterTest.gunzip(dir.resolve("dumps").resolve(name)), trickleGunzip(gz), name);
    }
    DatasetGraph read = DatasetGraphFactory.create();
    try (InputStream in =
        new GZIPInputStream(new Trickle(Files.readAllBytes(dir.resolve("dumps/radkg.nq.gz"))))) {
      RDFDataMgr.read(read, in, org.apache.jena.riot.Lang.NQUADS);
    }
    assertTrue(IsoMatcher.isomorphic(data, read));
  }

  /** A network-like stream: a few bytes per read, and available() always 0. */
  private static final class Trickle extends FilterInputStream {
    Trickle(byte[] bytes) {
      super(new ByteArrayInputStream(bytes));
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, 3));
    }

    @Override
    public int available() {
      return 0;
    }
  }

  private static String trickleGunzip(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new Trickle(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void aCorruptMemberOrIndexIsRewrittenNotReused() throws IOException {
    DatasetGraph data = corpus(100, false);
    writer.write(data, dir);
    Path nq = dir.resolve("dumps/radkg.nq.gz").toRealPath();
    byte[] bytes = Files.readAllBytes(nq);
    bytes[bytes.length / 2] ^= 0x55; // inside some run's piece
    Files.write(nq, bytes);
    DumpOutcome repaired = writer.write(data, dir);
    assertTrue(repaired.changed(), "the served file differed, so a new generation is written");
    assertEquals(1, repaired.fragmentsWritten());
    assertSameDumps(writeFresh(data), dir);

    Files.writeString(
        dir.resolve("cache/dumps/radkg.ttl.gz.idx"), "radkg-dump-index 2\nnot an entry\n");
    Files.delete(dir.resolve("cache/dumps/radkg.rdf.gz.idx"));
    DumpOutcome again = writer.write(data, dir);
    assertFalse(again.changed());
    assertTrue(
        again.fragmentsWritten() >= 10,
        "two formats without an index: " + again.fragmentsWritten());
    assertTrue(
        again.fragmentsReused() >= 20, "three formats with theirs: " + again.fragmentsReused());
    assertSameDumps(writeFresh(data), dir);
  }

  @Test
  void aFailedIncrementalWriteLeavesTheOldDumpsAndALaterWriteIsStillRight() throws IOException {
    writer.write(corpus(15, false), dir);
    Path served = dir.resolve("dumps").toRealPath();
    DumpWriter failing =
        new DumpWriter(
            PublicationSettings.defaults(),
            stage -> {
              if (stage.equals("dumps:radkg.jsonld.gz")) {
                throw new IllegalStateException("injected failure after " + stage);
              }
            });
    assertThrows(IllegalStateException.class, () -> failing.write(corpus(15, true), dir));
    assertEquals(served, dir.resolve("dumps").toRealPath());
    assertSameDumps(writeFresh(corpus(15, false)), dir);
    writer.write(corpus(15, true), dir);
    assertSameDumps(writeFresh(corpus(15, true)), dir);
  }

  @Test
  void voidFromOnePassEqualsTheDescriptionOfTheWholeDataset() throws IOException {
    for (DatasetGraph data : List.of(corpus(25, true), Fixture.dataset(false))) {
      Path store = Files.createTempDirectory(dir, "void");
      writer.write(data, store);
      Model written = RDFDataMgr.loadModel(store.resolve("dumps/void.ttl").toString());
      Model whole = new VoidDescriber(PublicationSettings.defaults()).describe(data);
      // The whole-dataset description has no files to measure: compare without sizes and sums.
      assertTrue(DumpWriterTest.withoutFileFacts(written).isIsomorphicWith(whole));
    }
  }

  private Path writeFresh(DatasetGraph data) throws IOException {
    Path store = Files.createTempDirectory(dir, "fresh");
    writer.write(data, store);
    return store;
  }

  private static void assertSameDumps(Path expectedStore, Path actualStore) throws IOException {
    for (String name : FILES) {
      assertArrayEquals(
          Files.readAllBytes(expectedStore.resolve("dumps").resolve(name)),
          Files.readAllBytes(actualStore.resolve("dumps").resolve(name)),
          name);
    }
  }

  /** Every statement the parser reports, duplicates included. */
  private static List<Statement> statementsAsWritten(Path gz, RDFFormat format) throws IOException {
    List<Statement> out = new ArrayList<>();
    RDFParser parser = Rio.createParser(format);
    parser.setRDFHandler(new StatementCollector(out));
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      parser.parse(in, "");
    }
    return out;
  }

  private static int pythonMembers(Path gz) throws Exception {
    String script =
        "import sys,zlib\ndata=open(sys.argv[1],'rb').read()\nn=0\n"
            + "while data:\n  d=zlib.decompressobj(31)\n  d.decompress(data)\n  assert d.eof\n  data=d.unused_data\n  n+=1\n"
            + "print(n)\n";
    return Integer.parseInt(output("python3", "-c", script, gz.toString()).trim());
  }

  private static String pythonGunzip(Path gz) throws Exception {
    return output(
        "python3",
        "-c",
        "import gzip,sys;sys.stdout.buffer.write(gzip.open(sys.argv[1]).read())",
        gz.toString());
  }

  private static String output(String... command) throws Exception {
    assumeTrue(onPath(command[0]), command[0] + " is not installed");
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command));
    return out;
  }

  private static int run(String... command) throws Exception {
    assumeTrue(onPath(command[0]), command[0] + " is not installed");
    Process p = new ProcessBuilder(command).inheritIO().start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return p.exitValue();
  }

  private static boolean onPath(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code n} article graphs sharing three societies; {@code edited}: article 7 retitled, 12
   * removed, one more added, article 4 also labels article 3's (so far own) initiative, and a
   * default-graph triple.
   */
  static DatasetGraph corpus(int n, boolean edited) {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    for (int k = 0; k < n + (edited ? 1 : 0); k++) {
      if (edited && k == 12) {
        continue;
      }
      Node g = iri("article/a-" + k);
      Node society = iri("organization/society-" + k % 3);
      Node initiative = iri("initiative/i-" + k);
      String title =
          edited && k == 7 ? "A new title" : "Article " + k + " \"quoted\"\nnew line é 😀";
      dsg.add(g, g, Rkg.type, Rkg.NewsArticle);
      dsg.add(g, g, Rkg.headline, NodeFactory.createLiteralString(title));
      dsg.add(
          g,
          g,
          Rkg.wasDerivedFrom,
          NodeFactory.createURI("https://w3id.org/radkg/source/s" + k % 4 + ".txt"));
      dsg.add(g, g, Rkg.mentions, society);
      dsg.add(g, society, Rkg.label, NodeFactory.createLiteralLang("Society " + k % 3, "en"));
      dsg.add(g, society, Rkg.type, Rkg.Organization);
      dsg.add(g, initiative, Rkg.label, NodeFactory.createLiteralLang("Initiative " + k, "en"));
      dsg.add(g, initiative, Rkg.type, Rkg.Initiative);
      dsg.add(g, society, Rkg.leads, initiative);
      Node st = NodeFactory.createBlankNode();
      dsg.add(g, st, Rkg.type, Rkg.Statement);
      dsg.add(g, st, Rkg.subject, society);
      dsg.add(g, st, Rkg.predicate, Rkg.leads);
      dsg.add(g, st, Rkg.object, initiative);
      dsg.add(
          g,
          st,
          Rkg.beginIndex,
          NodeFactory.createLiteralDT(Integer.toString(10 * k), XSDDatatype.XSDnonNegativeInteger));
      dsg.add(g, st, Rkg.wasDerivedFrom, g);
      if (edited && k == 4) {
        dsg.add(
            g,
            iri("initiative/i-3"),
            Rkg.label,
            NodeFactory.createLiteralLang("Initiative 3", "en"));
      }
    }
    if (edited) {
      dsg.add(
          Quad.defaultGraphIRI,
          iri("organization/society-0"),
          Rkg.acronym,
          NodeFactory.createLiteralString("S0"));
    }
    return dsg;
  }

  private static Node iri(String local) {
    return NodeFactory.createURI(Fixture.ID + local);
  }
}
