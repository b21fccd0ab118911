package org.radkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.corpus.Article;
import org.radkg.corpus.CorpusLoader;
import org.radkg.extract.ReferenceData;
import org.radkg.vocab.Rkg;

/**
 * Identities do not depend on which other files a corpus holds nor on the script a name is written
 * in: same-named files in two folders, names that slug alike, and society names in Cyrillic and
 * Greek each keep an IRI of their own (issue 12, rows 8 and 9).
 */
class StableIdentitiesTest {
  private static final String NEWS =
      """
      Radiological Society of North America (RSNA)

      Annual Meeting Announced

      The RSNA announced its annual meeting in Chicago. Registration opens in %s.
      """;
  private static ReferenceData reference;

  @TempDir Path dir;

  @BeforeAll
  static void reference() {
    reference = ReferenceData.fromClasspath();
  }

  @Test
  void sameFileNameInTwoFoldersGivesTwoSourcesAndTheLaterYearNeverMoves() throws Exception {
    Path both = dir.resolve("both");
    write(both.resolve("2023/index.txt"), NEWS.formatted("May"));
    write(both.resolve("2024/index.txt"), NEWS.formatted("June"));
    Path only = dir.resolve("only");
    write(only.resolve("2024/index.txt"), NEWS.formatted("June"));

    Map<Node, Set<Node>> withBoth = articlesBySource(build(both));
    Map<Node, Set<Node>> with2024 = articlesBySource(build(only));
    assertEquals(2, withBoth.size(), "two sources: " + withBoth.keySet());
    assertEquals(
        2,
        withBoth.values().stream().flatMap(Set::stream).distinct().count(),
        "two articles: " + withBoth);
    assertEquals(1, with2024.size());
    Node source2024 = with2024.keySet().iterator().next();
    assertEquals(
        with2024.get(source2024),
        withBoth.get(source2024),
        "the 2024 file's source and article IRIs are the same with or without the 2023 file");
  }

  @Test
  void namesThatSlugAlikeKeepTheirOwnIrisWhenTheOthersComeAndGo() throws Exception {
    List<String> names = List.of("café ✓ \"q\".txt", "CAFÉ ✓ \"q\".txt", "cafe-q.txt");
    Path probe = Files.createDirectories(dir.resolve("probe"));
    for (String name : names) {
      write(probe.resolve(name), NEWS.formatted(name));
    }
    try (Stream<Path> files = Files.list(probe)) {
      assumeTrue(files.count() == names.size(), "needs a case-sensitive file system");
    }
    Map<String, Set<String>> seen =
        new TreeMap<>(); // file name -> "source IRI + article ids" per corpus
    for (int mask = 1; mask < 1 << names.size(); mask++) {
      Path corpus = Files.createDirectories(dir.resolve("corpus" + mask));
      for (int i = 0; i < names.size(); i++) {
        if ((mask & 1 << i) != 0) {
          write(corpus.resolve(names.get(i)), NEWS.formatted(names.get(i)));
        }
      }
      Map<String, List<String>> identities = new HashMap<>();
      for (Article a : new CorpusLoader().load(List.of(corpus))) {
        identities
            .computeIfAbsent(a.source().name(), k -> new ArrayList<>(List.of(a.source().iri())))
            .add(a.id());
      }
      identities.forEach(
          (name, ids) ->
              seen.computeIfAbsent(name, k -> new TreeSet<>()).add(String.join(" ", ids)));
    }
    assertEquals(new TreeSet<>(names), seen.keySet());
    Set<String> sources = new TreeSet<>();
    for (Map.Entry<String, Set<String>> e : seen.entrySet()) {
      assertEquals(
          1,
          e.getValue().size(),
          e.getKey() + " changed identity with the other files: " + e.getValue());
      sources.add(e.getValue().iterator().next().split(" ")[0]);
    }
    assertEquals(names.size(), sources.size(), "one source IRI each: " + sources);
  }

  @Test
  void societiesNamedInOtherScriptsStayApartAndKeepTheirCollaboration() throws Exception {
    Path news =
        write(
            dir.resolve("news.txt"),
            """
        Зенит Society of Radiology (ZSR)

        Joint Teaching Programme Launched

        The Зенит Society of Radiology and the Восток Society of Radiology are collaborating on a joint teaching programme for young radiologists.


        Ελληνική Society of Radiology (ESRG)

        Grant for the Imaging Registry

        The Ελληνική Society of Radiology funds the Balkan Imaging Registry, a new initiative that collects imaging data.
        """);
    DatasetGraph dsg = build(news);
    Node zenit = byLabel(dsg, "Зенит Society of Radiology");
    Node vostok = byLabel(dsg, "Восток Society of Radiology");
    Node greek = byLabel(dsg, "Ελληνική Society of Radiology");
    assertEquals(3, Set.of(zenit, vostok, greek).size());
    String orgs = Rkg.DATA_BASE + "organization/";
    assertTrue(zenit.getURI().startsWith(orgs + "zenit-society-of-radiology--"), zenit.getURI());
    assertTrue(vostok.getURI().startsWith(orgs + "vostok-society-of-radiology--"), vostok.getURI());
    assertTrue(greek.getURI().startsWith(orgs + "ellenike-society-of-radiology--"), greek.getURI());
    assertTrue(dsg.contains(Node.ANY, zenit, Rkg.collaboratesWith, vostok));
    assertTrue(dsg.contains(Node.ANY, vostok, Rkg.collaboratesWith, zenit));
    assertTrue(dsg.contains(Node.ANY, greek, Rkg.funds, Node.ANY));
    assertFalse(
        dsg.contains(Node.ANY, zenit, Rkg.funds, Node.ANY), "the Greek society's grant is its own");
    assertFalse(
        dsg.contains(Node.ANY, vostok, Rkg.funds, Node.ANY),
        "the Greek society's grant is its own");
    assertNotEquals(zenit, NodeFactory.createURI(orgs + "society-of-radiology"));
  }

  private static Path write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static DatasetGraph build(Path input) throws Exception {
    return new KnowledgeGraphBuilder(reference, Rkg.DATA_BASE)
        .build(new CorpusLoader().load(List.of(input)));
  }

  // Source IRI -> the IRIs of the articles derived from it.
  private static Map<Node, Set<Node>> articlesBySource(DatasetGraph dsg) {
    Map<Node, Set<Node>> out = new HashMap<>();
    dsg.find(Node.ANY, Node.ANY, Rkg.wasDerivedFrom, Node.ANY)
        .forEachRemaining(
            (Quad q) -> {
              if (q.getSubject().equals(q.getGraph())) {
                out.computeIfAbsent(
                        q.getObject(),
                        k -> new TreeSet<>(java.util.Comparator.comparing(Node::getURI)))
                    .add(q.getSubject());
              }
            });
    return out;
  }

  private static Node byLabel(DatasetGraph dsg, String label) {
    List<Node> found = new ArrayList<>();
    dsg.find(Node.ANY, Node.ANY, Rkg.label, NodeFactory.createLiteralLang(label, "en"))
        .forEachRemaining(q -> found.add(q.getSubject()));
    assertFalse(found.isEmpty(), "no entity labelled " + label);
    assertEquals(1, found.stream().distinct().count(), label + " names several entities: " + found);
    return found.get(0);
  }
}
