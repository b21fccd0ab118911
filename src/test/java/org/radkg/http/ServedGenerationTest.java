package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build beside a running server changes nothing it serves until a reload: {@code /dumps}, {@code
 * /void} and {@code /sparql} answer from one generation, then all switch together.
 */
class ServedGenerationTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir Path tmp;

  /** What the server says about its graph through each of the three routes. */
  private record Served(String sums, long dumpQuads, long sparqlQuads, Graph voidGraph) {}

  @Test
  void dumpsVoidAndSparqlSwitchTogetherAtAReload() throws Exception {
    Path store = tmp.resolve("out");
    ServerFixture.buildStore(tmp.resolve("a"), ServerFixture.NEWSLETTER, store);
    try (RadkgServer server =
        ServerFixture.start(store, Duration.ofSeconds(10), 1000, "pw", () -> false)) {
      Served before = served(server);
      assertEquals(before.sparqlQuads(), before.dumpQuads(), "the dump holds the served graph");
      assertEquals(Files.readString(store.resolve("dumps/SHA256SUMS")), before.sums());

      ServerFixture.buildStore(
          tmp.resolve("b"), ServerFixture.SECOND, store); // as `radkg build` would
      assertNotEquals(
          before.sums(),
          Files.readString(store.resolve("dumps/SHA256SUMS")),
          "the build wrote new dumps");
      Served beside = served(server);
      assertEquals(
          before.sums(), beside.sums(), "/dumps still serves the served generation's files");
      assertEquals(before.dumpQuads(), beside.dumpQuads());
      assertEquals(before.sparqlQuads(), beside.sparqlQuads());
      assertEquals(
          true, before.voidGraph().isIsomorphicWith(beside.voidGraph()), "/void unchanged");

      server.reload();
      Served after = served(server);
      assertEquals(
          Files.readString(store.resolve("dumps/SHA256SUMS")),
          after.sums(),
          "the new dumps after the reload");
      assertNotEquals(before.sparqlQuads(), after.sparqlQuads());
      assertEquals(after.sparqlQuads(), after.dumpQuads(), "and they hold the newly served graph");
      assertEquals(
          false,
          before.voidGraph().isIsomorphicWith(after.voidGraph()),
          "/void describes the new graph");
    }
  }

  private static Served served(RadkgServer server) throws Exception {
    String sums = ServerFixture.get(server, "dumps/SHA256SUMS", null).body();
    byte[] gz =
        HTTP.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/dumps/radkg.nq.gz"))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray())
            .body();
    Dataset dump = DatasetFactory.create();
    RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(gz)))
        .lang(Lang.NQUADS)
        .parse(dump);
    long dumpQuads = dump.asDatasetGraph().stream().count();
    String count =
        ServerFixture.get(
                server,
                "sparql?query="
                    + java.net.URLEncoder.encode(
                        // The data's quads: the summary graph is derived from them, not dumped.
                        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <"
                            + org.radkg.store.SummaryGraph.GRAPH.getURI()
                            + ">) }",
                        StandardCharsets.UTF_8),
                "text/csv")
            .body();
    long sparqlQuads = Long.parseLong(count.lines().skip(1).findFirst().orElseThrow().trim());
    Graph voidGraph = GraphFactory.createDefaultGraph();
    RDFParser.fromString(ServerFixture.get(server, "void", "text/turtle").body(), Lang.TURTLE)
        .parse(voidGraph);
    return new Served(sums, dumpQuads, sparqlQuads, voidGraph);
  }
}
