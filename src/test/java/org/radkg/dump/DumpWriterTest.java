package org.radkg.dump;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.store.Fixture;
import org.radkg.vocab.Rkg;

class DumpWriterTest {
  @TempDir Path dir;

  private final DumpWriter writer = new DumpWriter(PublicationSettings.defaults());

  @Test
  void everyFormatRoundTripsThroughRio() throws IOException {
    DatasetGraph fixture = Fixture.dataset(false);
    DumpOutcome out = writer.write(fixture, dir);
    Path dumps = dir.resolve("dumps");
    List<Statement> quads = RdfConversion.statements(fixture);
    List<Statement> union = RdfConversion.statements(union(fixture));
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
          Models.isomorphic(quads, parse(dumps.resolve(e.getKey()), e.getValue())), e.getKey());
    }
    assertTrue(Models.isomorphic(union, parse(dumps.resolve("radkg.ttl.gz"), RDFFormat.TURTLE)));
    assertTrue(Models.isomorphic(union, parse(dumps.resolve("radkg.rdf.gz"), RDFFormat.RDFXML)));
    assertEquals(out.directory(), dumps.toRealPath());
  }

  @Test
  void dumpsAreByteIdenticalForIsomorphicInput() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    writer.write(Fixture.dataset(false), a);
    // Fresh blank nodes and the opposite insertion order: only the canonical form can match.
    writer.write(Fixture.dataset(true), b);
    for (String name :
        List.of(
            "radkg.nq.gz",
            "radkg.trig.gz",
            "radkg.ttl.gz",
            "radkg.jsonld.gz",
            "radkg.rdf.gz",
            "void.ttl",
            "SHA256SUMS")) {
      assertArrayEquals(
          Files.readAllBytes(a.resolve("dumps").resolve(name)),
          Files.readAllBytes(b.resolve("dumps").resolve(name)),
          name);
    }
    byte[] gz = Files.readAllBytes(a.resolve("dumps/radkg.nq.gz"));
    assertArrayEquals(
        new byte[] {0, 0, 0, 0}, new byte[] {gz[4], gz[5], gz[6], gz[7]}, "gzip mtime");
  }

  @Test
  void sumsAndVoidDescribeTheFiles() throws IOException {
    DatasetGraph fixture = Fixture.dataset(false);
    DumpOutcome out = writer.write(fixture, dir);
    Path dumps = dir.resolve("dumps");
    List<String> lines = Files.readAllLines(dumps.resolve("SHA256SUMS"));
    assertEquals(7, lines.size()); // five gzipped syntaxes, HDT and void.ttl
    for (String line : lines) {
      String[] parts = line.split("  ", 2);
      assertEquals(DumpWriter.sha256(dumps.resolve(parts[1])), parts[0], parts[1]);
    }
    Model description = RDFDataMgr.loadModel(dumps.resolve("void.ttl").toString());
    assertEquals(2, VoidDescriber.articleCount(description));
    String voidText = Files.readString(dumps.resolve("void.ttl"));
    assertTrue(voidText.contains("<https://w3id.org/radkg/dumps/radkg.nq.gz>"), voidText);
    assertTrue(
        voidText.contains("void:triples") && voidText.contains("dcat:downloadURL"), voidText);
    assertTrue(
        voidText.contains("dcterms:RightsStatement") && voidText.contains("GeoNames"),
        "the rights statement credits the sources: " + voidText);
    long unionSize = union(fixture).size();
    assertTrue(
        description
            .listLiteralStatements(
                description.createResource(PublicationSettings.defaults().datasetIri()),
                description.createProperty(Rkg.VOID, "triples"),
                unionSize)
            .hasNext());
    String nq = gunzip(dumps.resolve("radkg.nq.gz"));
    assertEquals(out.datasetSha256(), sha256(nq));
  }

  @Test
  void unchangedInputKeepsTheDumpsAndAFailedWriteLeavesThemIntact() throws IOException {
    DumpOutcome first = writer.write(Fixture.dataset(false), dir);
    DumpOutcome second = writer.write(Fixture.dataset(true), dir);
    assertTrue(first.changed());
    assertFalse(second.changed());
    assertEquals(first.directory(), second.directory());

    DatasetGraph changed = Fixture.dataset(false);
    Txn.executeWrite(
        changed, () -> changed.delete(Fixture.ARTICLE_2, Fixture.ARTICLE_2, Rkg.about, Fixture.AI));
    DumpWriter failing =
        new DumpWriter(
            PublicationSettings.defaults(),
            stage -> {
              if (stage.equals("dumps:radkg.ttl.gz")) {
                throw new IllegalStateException("injected failure after " + stage);
              }
            });
    assertThrows(IllegalStateException.class, () -> failing.write(changed, dir));
    assertEquals(first.directory(), dir.resolve("dumps").toRealPath());
    assertEquals(first.datasetSha256(), sha256(gunzip(dir.resolve("dumps/radkg.nq.gz"))));
    try (var list = Files.list(dir)) {
      assertTrue(list.noneMatch(p -> p.getFileName().toString().startsWith("dumps.tmp-")));
    }
  }

  static Graph union(DatasetGraph dsg) {
    Graph g = GraphFactory.createDefaultGraph();
    Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> g.add(q.asTriple())));
    return g;
  }

  static List<Statement> parse(Path gz, RDFFormat format) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      return List.copyOf(Rio.parse(in, "", format));
    }
  }

  static String gunzip(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String sha256(String text) {
    return java.util.HexFormat.of()
        .formatHex(CanonicalQuads.newSha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
