package org.radkg.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.store.Fixture;
import org.radkg.vocab.Rkg;
import org.rdfhdt.hdt.hdt.HDT;
import org.rdfhdt.hdt.hdt.HDTManager;
import org.rdfhdt.hdt.triples.IteratorTripleString;
import org.rdfhdt.hdt.triples.TripleString;

/**
 * The HDT dump read back with the HDT library's own index: it holds exactly the union graph, it
 * answers triple patterns, and it is written byte for byte the same from the same data.
 */
class HdtDumpTest {
  @TempDir Path dir;

  private final DumpWriter writer = new DumpWriter(PublicationSettings.defaults());

  @Test
  void holdsTheUnionGraphAndAnswersPatterns() throws Exception {
    DatasetGraph fixture = Fixture.dataset(false);
    writer.write(fixture, dir);
    Path file = dir.resolve("dumps").resolve(HdtDump.FILE);
    Graph union = DumpWriterTest.union(fixture);
    try (HDT hdt = HDTManager.mapIndexedHDT(file)) {
      Graph back = GraphFactory.createDefaultGraph();
      IteratorTripleString all = hdt.search("", "", "");
      while (all.hasNext()) {
        back.add(jena(all.next()));
      }
      assertTrue(back.isIsomorphicWith(union), "the HDT file holds the union graph");
      assertEquals(union.size(), hdt.getTriples().getNumberOfElements());

      // A pattern query, as a consumer would ask it without loading the file.
      Node acr = Fixture.ACR;
      List<String> labels = new ArrayList<>();
      IteratorTripleString it = hdt.search(acr.getURI(), Rkg.label.getURI(), "");
      while (it.hasNext()) {
        labels.add(it.next().getObject().toString());
      }
      List<String> expected = new ArrayList<>();
      union
          .find(acr, Rkg.label, Node.ANY)
          .forEachRemaining(t -> expected.add(HdtDump.term(t.getObject())));
      assertEquals(expected, labels);
      assertTrue(!labels.isEmpty());
    }
    assertTrue(Files.exists(dir.resolve("dumps").resolve("SHA256SUMS")));
    assertTrue(
        Files.readString(dir.resolve("dumps").resolve("SHA256SUMS")).contains("  radkg.hdt\n"));
  }

  @Test
  void sameDataSameBytesAndReusedWhenUnchanged() throws Exception {
    DatasetGraph fixture = Fixture.dataset(false);
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    writer.write(fixture, a);
    writer.write(Fixture.dataset(true), b); // the same quads added in reverse order
    byte[] first = Files.readAllBytes(a.resolve("dumps").resolve(HdtDump.FILE));
    assertEquals(-1, Files.mismatch(a.resolve("dumps/radkg.hdt"), b.resolve("dumps/radkg.hdt")));
    DumpOutcome again = writer.write(fixture, a);
    assertTrue(!again.changed(), "an unchanged graph changes no dump");
    assertEquals(-1, Files.mismatch(a.resolve("dumps/radkg.hdt"), write(first)));
  }

  @Test
  void literalsKeepTheirLanguageDatatypeAndQuotes() throws Exception {
    Node s = NodeFactory.createURI("https://example.org/s");
    Node p = NodeFactory.createURI("https://example.org/p");
    List<Node> objects =
        List.of(
            NodeFactory.createLiteralString("say \"hi\"\nand go"),
            NodeFactory.createLiteralLang("Röntgen", "de"),
            NodeFactory.createLiteralDT(
                "2024", TypeMapper.getInstance().getSafeTypeByName(Rkg.XSD + "gYear")),
            NodeFactory.createBlankNode("b0"));
    List<TripleString> triples = new ArrayList<>();
    Graph expected = GraphFactory.createDefaultGraph();
    for (Node o : objects) {
      triples.add(HdtDump.triple(Triple.create(s, p, o)));
      expected.add(Triple.create(s, p, o));
    }
    Path file = dir.resolve("t.hdt");
    HdtDump.write(triples.iterator(), "https://example.org/", file);
    try (HDT hdt = HDTManager.mapIndexedHDT(file)) {
      Graph back = GraphFactory.createDefaultGraph();
      IteratorTripleString all = hdt.search("", "", "");
      while (all.hasNext()) {
        back.add(jena(all.next()));
      }
      assertTrue(back.isIsomorphicWith(expected), back.toString());
    }
  }

  private Path write(byte[] bytes) throws IOException {
    Path f = dir.resolve("copy.hdt");
    Files.write(f, bytes);
    return f;
  }

  private final Map<String, Node> blanks = new HashMap<>();

  /** A triple in HDT's string form back as a Jena triple. */
  private Triple jena(TripleString t) {
    return Triple.create(
        node(t.getSubject().toString()),
        node(t.getPredicate().toString()),
        node(t.getObject().toString()));
  }

  private Node node(String s) {
    if (s.startsWith("_:")) {
      return blanks.computeIfAbsent(s, k -> NodeFactory.createBlankNode());
    }
    if (!s.startsWith("\"")) {
      return NodeFactory.createURI(s);
    }
    int end = s.lastIndexOf('"');
    String lex = s.substring(1, end);
    String rest = s.substring(end + 1);
    if (rest.startsWith("@")) {
      return NodeFactory.createLiteralLang(lex, rest.substring(1));
    }
    if (rest.startsWith("^^<")) {
      return NodeFactory.createLiteralDT(
          lex, TypeMapper.getInstance().getSafeTypeByName(rest.substring(3, rest.length() - 1)));
    }
    return NodeFactory.createLiteralString(lex);
  }
}
