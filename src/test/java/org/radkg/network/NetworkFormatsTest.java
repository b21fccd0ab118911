package org.radkg.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every export format, of the fixture network and of an empty one, read back by software this
 * project did not write: xmllint against the published schemas, JGraphT's importers, Graphviz,
 * Python's csv and json modules. A test is skipped (with the reason) only when such a tool is
 * missing locally; CI installs them.
 */
class NetworkFormatsTest {
  static ProjectedNetwork full;
  static ProjectedNetwork empty;
  @TempDir Path dir;

  @BeforeAll
  static void project() {
    CollaborationNetwork material =
        NetworkExtractor.extract(NetworkFixture.dataset(), Duration.ofSeconds(30));
    full = NetworkProjector.project(material, NetworkFilter.all());
    empty =
        NetworkProjector.project(
            material,
            new NetworkFilter(NetworkFilter.all().kinds(), false, 2090, null, null, null, 1));
    assertTrue(empty.isEmpty());
  }

  static ProjectedNetwork net(boolean isEmpty) {
    return isEmpty ? empty : full;
  }

  @ParameterizedTest(name = "empty={0}")
  @ValueSource(booleans = {false, true})
  void graphMlValidatesAndImports(boolean isEmpty) throws Exception {
    Path f = write(dir.resolve("n.graphml"), out -> GraphMlNetworkWriter.write(net(isEmpty), out));
    xmllint(f, "network/graphml/graphml.xsd");
    Graph<String, DefaultWeightedEdge> g = weightedGraph();
    Map<String, Map<String, Attribute>> attrs = new HashMap<>();
    GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
    importer.setSchemaValidation(true);
    importer.addVertexAttributeConsumer(
        (p, a) -> attrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
    importer.importGraph(g, f.toFile());
    assertEquals(net(isEmpty).nodes().size(), g.vertexSet().size());
    assertEquals(net(isEmpty).links().size(), g.edgeSet().size());
    if (!isEmpty) {
      assertEquals(4.0, g.edgeSet().stream().mapToDouble(g::getEdgeWeight).max().orElse(0) * 2);
      String gamma =
          attrs.keySet().stream()
              .filter(v -> attrs.get(v).get("iri").getValue().endsWith("gamma-institute"))
              .findFirst()
              .orElseThrow();
      assertEquals("Gamma \"Institute\" & <Partners>", attrs.get(gamma).get("label").getValue());
      assertEquals("3", attrs.get(gamma).get("articles").getValue());
    }
  }

  @ParameterizedTest(name = "empty={0}")
  @ValueSource(booleans = {false, true})
  void gexfValidatesAgainstTheGexf13Schema(boolean isEmpty) throws Exception {
    Path f = write(dir.resolve("n.gexf"), out -> GexfNetworkWriter.write(net(isEmpty), out));
    xmllint(f, "network/gexf-1.3/gexf.xsd");
    String text = Files.readString(f);
    assertTrue(text.contains("mode=\"dynamic\""));
    if (!isEmpty) {
      assertTrue(
          text.contains("<spell start=\"2020-01-01\" end=\"2020-12-31\"/>"),
          "year spells on edges");
      // Alpha's links are dated 2020, 2021 and 2022: one spell; Gamma has an undated link: none.
      assertTrue(
          text.matches(
              "(?s).*<node id=\"n_alpha_society\"[^>]*>(?:(?!</node>).)*"
                  + "<spell start=\"2020-01-01\" end=\"2022-12-31\"/>.*"),
          "merged spell on a node");
      assertTrue(
          text.matches(
                  "(?s).*<node id=\"n_gamma_institute\"[^>]*>(?:(?!</node>).)*<size[^>]*/></node>.*")
              && !text.matches(
                  "(?s).*<node id=\"n_gamma_institute\"[^>]*>(?:(?!</node>).)*<spells>.*"),
          "no spell on a node with an undated link");
      assertTrue(
          text.contains("<attribute id=\"betweenness\" title=\"betweenness\" type=\"double\"/>"));
    }
  }

  @ParameterizedTest(name = "empty={0}")
  @ValueSource(booleans = {false, true})
  void dotImportsAndRendersWithGraphviz(boolean isEmpty) throws Exception {
    Path f = write(dir.resolve("n.dot"), out -> DotNetworkWriter.write(net(isEmpty), out));
    Graph<String, DefaultWeightedEdge> g = weightedGraph();
    Map<String, String> labels = new HashMap<>();
    DOTImporter<String, DefaultWeightedEdge> importer = new DOTImporter<>();
    importer.addVertexAttributeConsumer(
        (p, a) -> {
          if (p.getSecond().equals("tooltip")) {
            labels.put(p.getFirst(), a.getValue());
          }
        });
    importer.importGraph(g, f.toFile());
    assertEquals(net(isEmpty).links().size(), g.edgeSet().size());
    if (!isEmpty) {
      assertTrue(labels.containsValue("Gamma \"Institute\" & <Partners>"), labels.toString());
    }
    Path svg = dir.resolve("n.svg");
    assertEquals(0, run(null, "dot", "-Tsvg", "-o", svg.toString(), f.toString()), "dot -Tsvg");
    xmlWellFormed(svg);
  }

  @org.junit.jupiter.api.Test
  void dotSurvivesBackslashesAndLongNames() throws Exception {
    Organization back =
        new Organization(
            "https://example.org/organization/back", "Back\\", "B\\", false, false, null, 1);
    Organization longName =
        new Organization(
            "https://example.org/organization/long",
            "A Very Long Name of an Organization \"Quoted\" That Goes On",
            null,
            false,
            false,
            null,
            1);
    Target t =
        new Target(
            "https://example.org/initiative/t",
            "T\\",
            "initiative",
            new java.util.TreeSet<>(List.of(2020)));
    List<Affiliation> links =
        List.of(
            new Affiliation(
                back.iri(),
                LinkKind.INITIATIVE,
                "leads",
                t.iri(),
                "https://example.org/article/a",
                null,
                new java.util.TreeSet<>()),
            new Affiliation(
                longName.iri(),
                LinkKind.INITIATIVE,
                "funds",
                t.iri(),
                "https://example.org/article/a",
                null,
                new java.util.TreeSet<>()));
    ProjectedNetwork net =
        NetworkProjector.project(
            new CollaborationNetwork(
                Map.of(back.iri(), back, longName.iri(), longName),
                Map.of(t.iri(), t),
                links,
                Map.of()),
            NetworkFilter.all());
    Path f = write(dir.resolve("b.dot"), out -> DotNetworkWriter.write(net, out));
    // Graphviz only: JGraphT's own DOT lexer cannot read an escaped backslash before a closing
    // quote.
    assertEquals(
        0,
        run(null, "dot", "-Tsvg", "-o", dir.resolve("b.svg").toString(), f.toString()),
        "dot -Tsvg");
    String svg = Files.readString(dir.resolve("b.svg"));
    assertTrue(svg.contains(">B\\</text>"), "the backslash drawn as itself");
    assertTrue(svg.contains(">A Very Long Name of an</text>"), "long names wrapped");
  }

  @ParameterizedTest(name = "empty={0}")
  @ValueSource(booleans = {false, true})
  void svgThroughTheRenderer(boolean isEmpty) throws Exception {
    assumeTrue(
        SvgNetworkRenderer.available(), "Graphviz's dot is not installed here (CI installs it)");
    Path f = write(dir.resolve("r.svg"), out -> SvgNetworkRenderer.write(net(isEmpty), out));
    xmlWellFormed(f);
    if (!isEmpty) {
      assertTrue(Files.readString(f).contains(">AAA</text>"), "labels drawn");
    }
  }

  @ParameterizedTest(name = "empty={0}")
  @ValueSource(booleans = {false, true})
  void csvReadByPythonsCsvModule(boolean isEmpty) throws Exception {
    CsvNetworkWriter.write(net(isEmpty), dir);
    String check =
        "import csv,sys\n"
            + "n=list(csv.DictReader(open(sys.argv[1],encoding='utf-8',newline='')))\n"
            + "e=list(csv.DictReader(open(sys.argv[2],encoding='utf-8',newline='')))\n"
            + "ids={r['Id'] for r in n}\n"
            + "assert all(r['Source'] in ids and r['Target'] in ids and float(r['Weight'])>=1 for r in e)\n"
            + "print(len(n),len(e),sorted(r['Label'] for r in n)[-1] if n else '')\n";
    String out =
        python(check, dir.resolve("nodes.csv").toString(), dir.resolve("edges.csv").toString());
    assertEquals(isEmpty ? "0 0" : "4 5 Gamma \"Institute\" & <Partners>", out.strip());
  }

  @ParameterizedTest(name = "empty={0}")
  @ValueSource(booleans = {false, true})
  void cytoscapeJsonReadByPythonsJsonModule(boolean isEmpty) throws Exception {
    Path f =
        write(dir.resolve("n.json"), out -> CytoscapeJsonNetworkWriter.write(net(isEmpty), out));
    String check =
        "import json,sys\n"
            + "el=json.load(open(sys.argv[1],encoding='utf-8'))['elements']\n"
            + "ids={n['data']['id'] for n in el['nodes']}\n"
            + "assert all(e['data']['source'] in ids and e['data']['target'] in ids for e in el['edges'])\n"
            + "print(len(el['nodes']),len(el['edges']),max([e['data']['weight'] for e in el['edges']] or [0]))\n";
    assertEquals(isEmpty ? "0 0 0" : "4 5 2", python(check, f.toString()).strip());
  }

  @ParameterizedTest(name = "empty={0}")
  @ValueSource(booleans = {false, true})
  void vosviewerFilesReadAsTabSeparated(boolean isEmpty) throws Exception {
    VosviewerNetworkWriter.write(net(isEmpty), dir);
    String check =
        "import csv,sys\n"
            + "m=list(csv.DictReader(open(sys.argv[1],encoding='utf-8',newline=''),delimiter='\\t'))\n"
            + "ids={int(r['id']) for r in m}\n"
            + "e=[l.split('\\t') for l in open(sys.argv[2],encoding='utf-8').read().splitlines()]\n"
            + "assert all(int(a) in ids and int(b) in ids and int(w)>=1 for a,b,w in e)\n"
            + "assert all(int(r['cluster'])>=1 for r in m)\n"
            + "print(len(m),len(e))\n";
    assertEquals(
        isEmpty ? "0 0" : "4 5",
        python(check, dir.resolve("map.txt").toString(), dir.resolve("network.txt").toString())
            .strip());
  }

  @ParameterizedTest(name = "empty={0}")
  @ValueSource(booleans = {false, true})
  void vosviewerOnlineJsonHasItemsAndLinksByNumber(boolean isEmpty) throws Exception {
    Path f =
        write(
            dir.resolve("n.vosviewer.json"),
            out -> VosviewerJsonNetworkWriter.write(net(isEmpty), out));
    String check =
        "import json,sys\n"
            + "n=json.load(open(sys.argv[1],encoding='utf-8'))['network']\n"
            + "ids={i['id'] for i in n['items']}\n"
            + "assert all(isinstance(i['id'],int) and i['cluster']>=1 and 'Links' in i['weights'] for i in n['items'])\n"
            + "assert all(l['source_id'] in ids and l['target_id'] in ids and l['strength']>=1 for l in n['links'])\n"
            + "print(len(n['items']),len(n['links']),max([l['strength'] for l in n['links']] or [0]))\n";
    assertEquals(isEmpty ? "0 0 0" : "4 5 2", python(check, f.toString()).strip());
  }

  @ParameterizedTest(name = "empty={0}")
  @ValueSource(booleans = {false, true})
  void pajekHasItsSections(boolean isEmpty) throws Exception {
    Path f = write(dir.resolve("n.net"), out -> PajekNetworkWriter.write(net(isEmpty), out));
    List<String> lines = Files.readAllLines(f);
    assertEquals("*Vertices " + net(isEmpty).nodes().size(), lines.get(0));
    int edges = lines.indexOf("*Edges");
    assertEquals(net(isEmpty).nodes().size() + 1, edges);
    assertEquals(net(isEmpty).links().size(), lines.size() - edges - 1);
    lines.subList(1, edges).forEach(l -> assertTrue(l.matches("\\d+ \"[^\"]*\""), l));
    StringBuilder probe = new StringBuilder();
    assumeTrue(
        run(probe, "python3", "-c", "import networkx") == 0,
        "Python's networkx is not installed here");
    String check =
        "import networkx as nx,sys\n"
            + "g=nx.read_pajek(sys.argv[1])\n"
            + "print(g.number_of_nodes(),g.number_of_edges(),max([d.get('weight',0) for _,_,d in g.edges(data=True)] or [0]))\n";
    assertEquals(isEmpty ? "0 0 0" : "4 5 2.0", python(check, f.toString()).strip());
  }

  interface Body {
    void write(OutputStream out) throws Exception;
  }

  static Path write(Path f, Body body) throws Exception {
    try (OutputStream out = Files.newOutputStream(f)) {
      body.write(out);
    }
    return f;
  }

  static Graph<String, DefaultWeightedEdge> weightedGraph() {
    return GraphTypeBuilder.<String, DefaultWeightedEdge>undirected()
        .weighted(true)
        .allowingMultipleEdges(false)
        .vertexSupplier(SupplierUtil.createStringSupplier())
        .edgeClass(DefaultWeightedEdge.class)
        .buildGraph();
  }

  static void xmllint(Path f, String schemaResource) throws Exception {
    Path schema =
        Path.of(NetworkFormatsTest.class.getClassLoader().getResource(schemaResource).toURI());
    assertEquals(
        0,
        run(null, "xmllint", "--noout", "--schema", schema.toString(), f.toString()),
        "xmllint --schema " + schemaResource + " " + f);
  }

  static void xmlWellFormed(Path f) throws Exception {
    assertEquals(0, run(null, "xmllint", "--noout", "--nonet", f.toString()), "xmllint " + f);
  }

  static String python(String script, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("python3", "-c", script));
    cmd.addAll(List.of(args));
    StringBuilder out = new StringBuilder();
    assertEquals(0, run(out, cmd.toArray(String[]::new)), "python3 check: " + out);
    return out.toString();
  }

  /** Runs a program; skips the test (not fails) when the program is not installed. */
  static int run(StringBuilder output, String... cmd) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, cmd[0] + " is not installed here (CI installs it): " + e.getMessage());
      return -1;
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    p.getInputStream().transferTo(buf);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", cmd) + " timed out");
    String text = buf.toString(StandardCharsets.UTF_8);
    if (output != null) {
      output.append(text);
    } else if (p.exitValue() != 0) {
      System.err.println(text);
    }
    return p.exitValue();
  }
}
