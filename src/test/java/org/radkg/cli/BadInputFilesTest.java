package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messy files through the command line: each is refused with exit 3 and a message naming the file,
 * or read without a crash, and the store built before is never touched. Cases already covered
 * elsewhere: missing, empty, binary, Latin-1 and no-article files ({@code CommandLineTest}), broken
 * and 10,000-deep HTML in the reader ({@code SourceReaderHtmlTest}).
 */
class BadInputFilesTest {
  private static final String NEWS =
      """
      American College of Radiology (ACR)

      %s

      The ACR launched the %s Registry in 2021. It is funded by the National Institutes of Health.
      """;
  @TempDir static Path tmp;
  static Path store;
  static String record;

  @BeforeAll
  static void buildAStore() throws IOException {
    store = tmp.resolve("out");
    Path seed =
        Files.writeString(
            tmp.resolve("seed.txt"), NEWS.formatted("ACR starts a registry", "Imaging"));
    assertEquals(
        0, CliRun.of("build", "--input", seed.toString(), "--store", store.toString()).code());
    record = Files.readString(store.resolve("build.properties"));
  }

  @Test
  void undecodableFilesAreRefusedNamingTheFile() throws Exception {
    String text = NEWS.formatted("ACR starts a registry", "Imaging");
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] withBom =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    byte[] whole = (text + "T\u00eate").getBytes(StandardCharsets.UTF_8);
    byte[] truncated =
        Arrays.copyOf(whole, whole.length - 3); // "T" and the first of the two bytes of "ê"
    for (Object[] c :
        new Object[][] {
          {"utf16-bom.txt", withBom, "UTF-16"},
          {
            "utf16-be.txt",
            concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)),
            "UTF-16"
          },
          {"utf16-nobom.txt", text.getBytes(StandardCharsets.UTF_16LE), "UTF-16"},
          {"cut-mid-character.txt", truncated, "not valid UTF-8"},
          {
            "invalid.txt",
            concat(utf8, new byte[] {(byte) 0xC3, (byte) 0x28, '\n'}),
            "not valid UTF-8"
          },
          {
            "image.html",
            concat(
                "<html><body>".getBytes(StandardCharsets.US_ASCII),
                new byte[] {0, (byte) 0x89, 'P', 'N', 'G', 0, 0}),
            "binary"
          }
        }) {
      Path f = Files.write(tmp.resolve((String) c[0]), (byte[]) c[1]);
      CliRun r = CliRun.of("build", "--input", f.toString(), "--store", store.toString());
      assertEquals(ExitCode.BAD_INPUT.code(), r.code(), f + ": " + r.err());
      assertTrue(
          r.err().contains(f.toString()) && r.err().contains((String) c[2]), c[0] + ": " + r.err());
      assertFalse(r.err().contains("Exception"), r.err());
      assertEquals(
          record, Files.readString(store.resolve("build.properties")), c[0] + " touched the store");
    }
  }

  @Test
  void aHundredMegabyteSingleLineIsRefusedBeforeItIsRead() throws Exception {
    Path huge = tmp.resolve("one-line.txt");
    try (BufferedWriter w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
      String chunk = "Radiology news without a line break ".repeat(1000);
      for (long written = 0; written < 100L * 1024 * 1024; written += chunk.length()) {
        w.write(chunk);
      }
    }
    CliRun r = CliRun.of("build", "--input", huge.toString(), "--store", store.toString());
    Files.delete(huge);
    assertEquals(ExitCode.BAD_INPUT.code(), r.code(), r.err());
    assertTrue(
        r.err().contains(huge.toString())
            && r.err().contains("more than the limit of 67108864 bytes"),
        r.err());
    assertEquals(record, Files.readString(store.resolve("build.properties")));
  }

  @Test
  void aFolderOfThreeThousandFilesIsRead() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("many"));
    for (int i = 0; i < 3000; i++) {
      Files.writeString(
          dir.resolve(String.format("n%04d.txt", i)),
          i % 2 == 0
              ? NEWS.formatted("ACR note " + i, "Note " + i)
              : "American College of Radiology (ACR)\n\nNote " + i + "\n\nShort text.\n");
    }
    long t0 = System.nanoTime();
    DatasetGraph g = extract(dir);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    long articles =
        g.stream()
            .filter(
                q ->
                    q.getPredicate().equals(RDF.type.asNode())
                        && q.getObject().getURI().equals("https://schema.org/NewsArticle"))
            .map(q -> q.getSubject())
            .distinct()
            .count();
    assertEquals(3000, articles);
    System.out.printf(
        "3000 files: %d articles, %d quads in %d ms%n", articles, g.stream().count(), ms);
  }

  @Test
  void noTitleDuplicateTitlesAndAnotherLanguage() throws Exception {
    // No title: body text straight under the society header.
    Path untitled =
        Files.writeString(
            tmp.resolve("untitled.txt"),
            "American College of Radiology (ACR)\n\nThe ACR launched the Imaging Registry in 2021. It is funded by the National Institutes of Health.\n");
    // It becomes one article headed by the society line, with its facts (the segmenter's choice).
    CliRun r =
        CliRun.of(
            "build", "--input", untitled.toString(), "--store", tmp.resolve("untitled").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(
        extract(untitled).stream()
            .anyMatch(
                q -> q.getPredicate().getURI().equals("https://w3id.org/radkg/ontology#funds")));
    // Two articles with the same title: two article IRIs.
    Path twins =
        Files.writeString(
            tmp.resolve("twins.txt"),
            NEWS.formatted("Same title", "Alpha")
                + "\n\n"
                + "Same title\n\nThe ACR launched the Beta Registry in 2022.\n");
    DatasetGraph g = extract(twins);
    List<String> articleIris =
        g.stream()
            .filter(
                q ->
                    q.getPredicate().equals(RDF.type.asNode())
                        && q.getObject().getURI().equals("https://schema.org/NewsArticle"))
            .map(q -> q.getSubject().getURI())
            .distinct()
            .toList();
    assertEquals(2, articleIris.size(), articleIris.toString());
    // Another language: read without a crash; the English rules find little or nothing.
    Path french =
        Files.writeString(
            tmp.resolve("francais.txt"),
            """
        Soci\u00e9t\u00e9 Fran\u00e7aise de Radiologie (SFR)

        Les Journ\u00e9es francophones de radiologie

        La SFR a organis\u00e9 les journ\u00e9es \u00e0 Paris en octobre. Les m\u00e9decins radiologues se sont r\u00e9unis pour \u00e9changer.


        \u4e2d\u534e\u533b\u5b66\u4f1a\u653e\u5c04\u5b66\u5206\u4f1a

        \u5e74\u4f1a\u5728\u5317\u4eac\u4e3e\u884c\u3002
        """);
    CliRun fr =
        CliRun.of("build", "--input", french.toString(), "--store", tmp.resolve("fr").toString());
    assertEquals(0, fr.code(), fr.err());
    long relations =
        extract(french).stream()
            .filter(q -> q.getPredicate().getURI().startsWith("https://w3id.org/radkg/ontology"))
            .count();
    System.out.println("French and Chinese newsletter: " + relations + " radkg-vocabulary quads");
  }

  private static DatasetGraph extract(Path input) {
    String nq = CliRun.stdout("extract", "--input", input.toString(), "--format", "nquads");
    DatasetGraph g = DatasetGraphFactory.create();
    RDFParser.fromString(nq, Lang.NQUADS).parse(g);
    return g;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
