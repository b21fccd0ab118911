package org.radkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.radkg.corpus.Article;
import org.radkg.corpus.HtmlTextExtractor;
import org.radkg.corpus.Segmenter;
import org.radkg.corpus.SourceDocument;
import org.radkg.extract.ReferenceData;
import org.radkg.validate.ShaclValidator;
import org.radkg.validate.ValidationResult;
import org.radkg.vocab.Rkg;

/**
 * Mutated newsletter text (deleted, duplicated, shuffled and truncated spans; inserted unicode,
 * control characters and markup) through the segmenter, the extractor and the graph writer for a
 * bounded time: no exception escapes, every article span and evidence offset lies inside the source
 * and quotes it exactly, and every graph passes SHACL. Seeded: a failure prints the seed that
 * repeats it.
 */
class ExtractionFuzzTest {
  private static final long BUDGET_MS = Long.getLong("radkg.fuzz.ms", 20_000);
  private static final long SEED = Long.getLong("radkg.fuzz.seed", 20261128L);
  private static final String[] INSERTS = {
    "\u0000",
    "\u0007",
    "\u001b[31m",
    "\r",
    "\r\n\r\n",
    "\t",
    "\u00a0",
    "\u200b",
    "\u200f",
    "\u2028",
    "\ufeff",
    "\ud83e\udde0",
    "e\u0301",
    "\u0130",
    "\u00df",
    "\ufffd",
    "<script>alert(1)</script>",
    "&amp;&lt;&#0;",
    "</div></p>",
    "<h2>",
    "(",
    ")",
    "(ACR",
    "ACR)",
    " (",
    "\"",
    "\u201c",
    "...",
    ". ",
    "\n\n\n",
    "2024",
    "12/23",
    "American College of Radiology (ACR)\n\n",
    "RSNA",
    "Prof. Dr.",
    "\u0645\u0631\u062d\u0628\u0627",
    "\u4e2d\u6587",
    "\ud800"
  };

  @Test
  void mutatedNewslettersNeverBreakTheExtractorOrTheShapes() throws IOException {
    String seed =
        Files.readString(Path.of("data/corpus/is3r-global-scan.txt"), StandardCharsets.UTF_8);
    List<String> lines = seed.lines().toList();
    ReferenceData reference = ReferenceData.fromClasspath();
    KnowledgeGraphBuilder builder = new KnowledgeGraphBuilder(reference, Rkg.DATA_BASE);
    ShaclValidator shacl = new ShaclValidator();
    Random random = new Random(SEED);
    long end = System.currentTimeMillis() + BUDGET_MS;
    int runs = 0;
    int articles = 0;
    int withoutSociety = 0;
    long quads = 0;
    while (System.currentTimeMillis() < end || runs < 20) {
      long caseSeed = random.nextLong();
      Random r = new Random(caseSeed);
      String text = mutate(slice(lines, r), r);
      boolean html = r.nextInt(5) == 0;
      try {
        String source =
            html
                ? new HtmlTextExtractor()
                    .extract(
                        "<html><body><h1>" + text.replace("\n\n", "</p><h2>") + "</body></html>")
                : text;
        SourceDocument doc =
            new SourceDocument(
                "https://w3id.org/radkg/id/source/fuzz",
                "fuzz.txt",
                source,
                html ? "text/html" : "text/plain");
        List<Article> found = new Segmenter().segment(doc);
        for (Article a : found) {
          assertTrue(
              0 <= a.titleBegin()
                  && a.titleEnd() <= source.length()
                  && a.bodyBegin() <= a.bodyEnd()
                  && a.bodyEnd() <= source.length(),
              "article span outside the source: " + a.id());
          assertEquals(
              a.title(),
              source.substring(a.titleBegin(), a.titleEnd()),
              "title is not the source's text");
        }
        DatasetGraph g = builder.build(found);
        checkOffsets(g, source);
        ValidationResult v = shacl.validate(g);
        assertTrue(v.conforms(), v.report());
        if (v.report().contains("stands under no society header")) {
          // Allowed, as a warning: an article under no society header whose text names no society.
          withoutSociety++;
        }
        articles += found.size();
        quads += g.stream().count();
      } catch (Throwable t) {
        Path saved = Path.of("target", "fuzz-failure-" + Long.toHexString(caseSeed) + ".txt");
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, text, StandardCharsets.UTF_8);
        fail(
            "case seed " + caseSeed + " (html=" + html + ", input saved to " + saved + "): " + t,
            t);
      }
      runs++;
    }
    System.out.printf(
        "fuzz: %d mutated newsletters, %d articles, %d quads, %d graphs with an article under no society (a SHACL warning),"
            + " seed %d, %d ms budget%n",
        runs, articles, quads, withoutSociety, SEED, BUDGET_MS);
    assertTrue(
        articles > 0, "the mutations left no article to extract from: the fuzzer tests nothing");
  }

  /**
   * Every nif:beginIndex/endIndex pair lies in the source (in code points) and evidence quotes the
   * source exactly.
   */
  private static void checkOffsets(DatasetGraph g, String source) {
    int length = source.codePointCount(0, source.length());
    List<Quad> begins = g.stream(Node.ANY, Node.ANY, Rkg.beginIndex, Node.ANY).toList();
    for (Quad b : begins) {
      int begin = Integer.parseInt(b.getObject().getLiteralLexicalForm());
      List<Quad> ends = g.stream(b.getGraph(), b.getSubject(), Rkg.endIndex, Node.ANY).toList();
      assertEquals(1, ends.size(), "one end per begin: " + b.getSubject());
      int endIndex = Integer.parseInt(ends.get(0).getObject().getLiteralLexicalForm());
      assertTrue(
          0 <= begin && begin <= endIndex && endIndex <= length,
          "offsets " + begin + ".." + endIndex + " outside 0.." + length);
      g.stream(b.getGraph(), b.getSubject(), Rkg.evidence, Node.ANY)
          .forEach(
              ev -> {
                String quoted =
                    source.substring(
                        source.offsetByCodePoints(0, begin),
                        source.offsetByCodePoints(0, endIndex));
                assertEquals(
                    quoted,
                    ev.getObject().getLiteralLexicalForm(),
                    "evidence is not the source's text at its offsets");
              });
    }
  }

  /** A run of 20 to 200 consecutive lines of the seed newsletter. */
  private static String slice(List<String> lines, Random r) {
    int from = r.nextInt(lines.size());
    int to = Math.min(lines.size(), from + 20 + r.nextInt(180));
    return String.join("\n", lines.subList(from, to)) + "\n";
  }

  private static String mutate(String text, Random r) {
    StringBuilder b = new StringBuilder(text);
    int n = 1 + r.nextInt(6);
    for (int i = 0; i < n && b.length() > 1; i++) {
      int at = r.nextInt(b.length());
      int span = Math.min(b.length() - at, 1 + r.nextInt(200));
      switch (r.nextInt(7)) {
        case 0 -> b.delete(at, at + span);
        case 1 -> b.insert(at, b.substring(at, at + span));
        case 2 -> b.insert(at, INSERTS[r.nextInt(INSERTS.length)]);
        case 3 -> b.setLength(at);
        case 4 -> {
          List<String> ls = new ArrayList<>(List.of(b.toString().split("\n", -1)));
          Collections.shuffle(ls, r);
          b.setLength(0);
          b.append(String.join("\n", ls));
        }
        case 5 -> b.setCharAt(at, (char) r.nextInt(0x3000));
        default ->
            b.replace(at, at + span, b.substring(at, at + span).toUpperCase(java.util.Locale.ROOT));
      }
    }
    return b.toString();
  }
}
