package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.dump.DumpFormat;
import org.radkg.dump.RadkgFormats;

/** {@code radkg extract} prints the same graph in every format, for text and for HTML input. */
class ExtractFormatsTest {
  static Path page;
  static DatasetGraph reference;

  @BeforeAll
  static void htmlPage(@TempDir Path tmp) throws Exception {
    page =
        Files.writeString(
            tmp.resolve("news.html"),
            """
        <!doctype html><html><head><title>ignored</title><script>var x = "<b>";</script></head><body>
        <h1>Canadian Association of Radiologists (CAR)</h1>
        <h2>CAR Launches National Imaging Wait-Times Program</h2>
        <p>The Canadian Association of Radiologists launched the National Imaging Wait-Times Program in May 2022
        in Ottawa, Canada, in partnership with the Canadian Medical Association.<p>Dr. Jane Doe, MD, CAR President,
        said the program would grow.
        <div><div><span>unclosed markup
        </body></html>
        """);
    reference = DatasetGraphFactory.create();
    RDFParser.fromString(run("--format", "nquads"), Lang.NQUADS).parse(reference);
  }

  private static String run(String... options) {
    String[] args = new String[options.length + 3];
    args[0] = "extract";
    args[1] = "--input";
    args[2] = page.toString();
    System.arraycopy(options, 0, args, 3, options.length);
    return CliRun.stdout(args);
  }

  @Test
  void htmlPageBecomesAnArticleOfItsSociety() {
    String nq = run();
    assertTrue(nq.contains("\"CAR Launches National Imaging Wait-Times Program\"@en"), nq);
    assertTrue(nq.contains("<https://w3id.org/radkg/ontology#reportedBy>"), nq);
    // Head content is not article text: the page's <title> is only the source document's title
    // (its metadata), and the script is nowhere.
    for (String line : nq.split("\n")) {
      if (line.contains("ignored")) {
        assertTrue(line.contains("<http://purl.org/dc/terms/title>"), line);
      }
    }
    assertFalse(nq.contains("var x"), "a script is not article text");
  }

  @Test
  void trigAndJsonLdHoldTheSameDataset() {
    for (String[] f : new String[][] {{"trig", "TRIG"}, {"jsonld", "JSONLD"}}) {
      DatasetGraph parsed = DatasetGraphFactory.create();
      RDFParser.fromString(run("--format", f[0]), f[0].equals("trig") ? Lang.TRIG : Lang.JSONLD)
          .parse(parsed);
      assertTrue(IsoMatcher.isomorphic(reference, parsed), f[0]);
    }
  }

  @Test
  void turtleAndRdfXmlHoldTheUnionGraph() {
    for (String[] f : new String[][] {{"turtle", "TURTLE"}, {"rdfxml", "RDFXML"}}) {
      Graph parsed = GraphFactory.createDefaultGraph();
      RDFParser.fromString(run("--format", f[0]), f[0].equals("turtle") ? Lang.TURTLE : Lang.RDFXML)
          .parse(parsed);
      assertTrue(IsoMatcher.isomorphic(reference.getUnionGraph(), parsed), f[0]);
    }
  }

  @Test
  void everyFormatIsWrittenByTheDumpWriter() {
    String[][] formats = {
      {"nquads", "NQUADS"},
      {"trig", "TRIG"},
      {"turtle", "TURTLE"},
      {"jsonld", "JSONLD"},
      {"rdfxml", "RDFXML"}
    };
    for (String[] f : formats) {
      ByteArrayOutputStream dump = new ByteArrayOutputStream();
      RDFDataMgr.write(dump, reference, RadkgFormats.of(DumpFormat.valueOf(f[1])));
      assertEquals(dump.toString(StandardCharsets.UTF_8), run("--format", f[0]), f[0]);
    }
  }
}
