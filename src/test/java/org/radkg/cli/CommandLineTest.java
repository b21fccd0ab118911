package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.store.MaterializedUnion;
import org.radkg.store.StoreBuilder;
import org.radkg.vocab.Ontology;

/**
 * The command line's contract: exit codes, messages without stack traces, determinism, atomic
 * rebuilds.
 */
class CommandLineTest {
  @TempDir Path tmp;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static String extractToString(String... args) {
    return CliRun.stdout(args);
  }

  @Test
  void missingInputIsBadInput() {
    CliRun r = run("extract", "--input", tmp.resolve("nope.txt").toString());
    assertEquals(ExitCode.BAD_INPUT.code(), r.code());
    assertTrue(r.err().contains("nope.txt"), r.err());
    assertTrue(!r.err().contains("Exception"), r.err());
  }

  @Test
  void emptyBinaryAndNonUtf8FilesAreBadInputAndLeaveTheStoreIntact() throws Exception {
    Path store = tmp.resolve("out");
    assertEquals(0, run("build", "--store", store.toString()).code());
    String before = Files.readString(store.resolve("build.properties"));
    Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
    Path binary = Files.write(tmp.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
    Path latin1 =
        Files.write(
            tmp.resolve("latin1.txt"),
            "Soci\u00e9t\u00e9 (SFR)\n\nTitle\n\nText.".getBytes(StandardCharsets.ISO_8859_1));
    // Text with sentences is always read (as one article); only text without a single letter has
    // nothing to read.
    Path noArticles = Files.writeString(tmp.resolve("none.txt"), "--- 2024 --- 1, 2, 3 ---");
    for (Path bad : new Path[] {empty, binary, latin1, noArticles}) {
      CliRun r = run("build", "--input", bad.toString(), "--store", store.toString());
      assertEquals(ExitCode.BAD_INPUT.code(), r.code(), bad + ": " + r.err());
      assertTrue(r.err().contains(bad.getFileName().toString()), r.err());
    }
    assertEquals(before, Files.readString(store.resolve("build.properties")));
    assertEquals(0, run("validate", "--store", store.toString()).code());
  }

  @Test
  void buildIsIdempotentAndTheStoreMatchesTheExtractOutput() throws Exception {
    Path store = tmp.resolve("out");
    assertEquals(0, run("build", "--store", store.toString()).code());
    byte[] dump1 = Files.readAllBytes(store.resolve("dumps/radkg.nq.gz"));
    CliRun second = run("build", "--store", store.toString());
    assertEquals(0, second.code());
    assertTrue(second.out().contains("unchanged"), second.out());
    assertTrue(
        java.util.Arrays.equals(dump1, Files.readAllBytes(store.resolve("dumps/radkg.nq.gz"))));

    String nquads = extractToString("extract", "--input", "data/corpus");
    assertEquals(
        nquads, extractToString("extract", "--input", "data/corpus"), "extract is deterministic");
    DatasetGraph extracted = DatasetGraphFactory.create();
    RDFParser.fromString(nquads, Lang.NQUADS).parse(extracted);
    Ontology.addTo(extracted); // a build adds the ontology's graph, extract prints the findings
    Dataset stored = StoreBuilder.open(store);
    Txn.executeRead(
        stored,
        () ->
            assertTrue(
                IsoMatcher.isomorphic(extracted, MaterializedUnion.dataOf(stored.asDatasetGraph())),
                "the store holds the graph that extract prints, and the ontology"));
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(ExitCode.USAGE.code(), run("extract").code());
    assertEquals(ExitCode.USAGE.code(), run("frobnicate").code());
  }

  @Test
  void validateWithoutStoreIsBadInput() {
    CliRun r = run("validate", "--store", tmp.resolve("nothing").toString());
    assertEquals(ExitCode.BAD_INPUT.code(), r.code());
    assertTrue(r.err().contains("no store"), r.err());
  }

  @Test
  void queryListsThePrebuiltQueriesAndRefusesUnknownOnes() {
    CliRun list = run("query", "--list");
    assertEquals(ExitCode.OK.code(), list.code(), list.err());
    assertTrue(
        list.out().contains("partners-of-organization")
            && list.out().contains("--param organization="),
        list.out());
    CliRun unknown = run("query", "no-such-query", "--store", tmp.toString());
    assertEquals(ExitCode.BAD_INPUT.code(), unknown.code());
    CliRun badIri =
        run(
            "query",
            "evidence-for-entity",
            "--param",
            "entity=not an iri",
            "--store",
            tmp.toString());
    // A value that is not an IRI is a name to look up in the store, and there is none here.
    assertEquals(ExitCode.BAD_INPUT.code(), badIri.code());
    assertTrue(badIri.err().contains("no store here"), badIri.err());
  }
}
