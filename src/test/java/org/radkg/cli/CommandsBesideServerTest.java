package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.store.StoreLayout;

/**
 * While {@code radkg serve} holds a store (in another process), {@code query} and {@code network}
 * on that store ask the server instead of failing; a query's IRI parameter may be a name or an
 * acronym, and a name of several entities lists them with exit 2.
 */
class CommandsBesideServerTest {
  private static final String NEWSLETTER =
      """
      Radiological Society of North America (RSNA)

      RSNA and ESR Partner on Education

      The RSNA collaborates with the European Society of Radiology (ESR) on a new course. The American College of Radiology (ACR) collaborates with the RSNA on the registry.


      Second Article

      The European Sports Radiology Group (ESRG) met in Vienna. The European Society for Radiotherapy (ESR) is not the same society.
      """;

  @TempDir Path tmp;

  @Test
  void queryAndNetworkAskTheRunningServerAndTakeNames() throws Exception {
    Path corpus = Files.writeString(tmp.resolve("news.txt"), NEWSLETTER, StandardCharsets.UTF_8);
    Path store = tmp.resolve("out");
    assertEquals(
        0, CliRun.of("build", "--input", corpus.toString(), "--store", store.toString()).code());
    ChildBuild server =
        ChildBuild.start(
            0,
            "serve",
            "--no-build",
            "--store",
            store.toString(),
            "--input",
            corpus.toString(),
            "--port",
            "0");
    try {
      assertTrue(server.awaitLine(l -> l.contains("SPARQL endpoint"), 120_000), server.output());
      // It says what it serves: the inputs the store was built from, and how much they hold.
      assertTrue(
          server
              .output()
              .contains("built from " + corpus.toAbsolutePath() + ": 1 document, 2 articles"),
          server.output());
      assertTrue(Files.exists(StoreLayout.of(store).serverAddress()));

      CliRun query =
          CliRun.of(
              "query",
              "partners-of-organization",
              "--param",
              "organization=rsna",
              "--store",
              store.toString(),
              "--format",
              "csv");
      assertEquals(0, query.code(), query.err());
      assertTrue(query.err().contains("held by a running server"), query.err());
      assertTrue(query.out().contains("american-college-of-radiology"), query.out());

      CliRun byFullName =
          CliRun.of(
              "query",
              "partners-of-organization",
              "--param",
              "organization=Radiological Society of North America",
              "--store",
              store.toString());
      assertEquals(0, byFullName.code(), byFullName.err());

      CliRun unknown =
          CliRun.of(
              "query",
              "partners-of-organization",
              "--param",
              "organization=No Such Society",
              "--store",
              store.toString());
      assertEquals(3, unknown.code(), unknown.err());
      assertTrue(unknown.err().contains("no entity has that name"), unknown.err());

      CliRun network = CliRun.of("network", "--store", store.toString(), "--format", "gexf");
      assertEquals(0, network.code(), network.err());
      assertTrue(network.err().contains("held by a running server"), network.err());
    } finally {
      server.kill();
    }
  }
}
