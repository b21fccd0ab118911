package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.http.RadkgServer;
import org.radkg.http.ServerFixture;

/**
 * After a rebuild in which an organization is named differently (the same acronym) and another is
 * no longer mentioned, the old IRIs answer 301 to the new one (keeping the variant and query) and
 * 410, where a never-seen IRI stays 404.
 */
class RenamedEntityTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  @TempDir static Path tmp;
  static RadkgServer server;

  @BeforeAll
  static void build() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path store = tmp.resolve("store");
    Files.createDirectories(corpus);
    Files.writeString(
        corpus.resolve("news.txt"),
        """
        Imaging Society of Testland (ISTL)

        A registry opens

        The Imaging Society of Testland (ISTL) launched the Testland Dose Registry in 2021 with the Quorvian Heart Foundation.
        """,
        StandardCharsets.UTF_8);
    assertEquals(
        0, CliRun.of("build", "--input", corpus.toString(), "--store", store.toString()).code());
    Files.writeString(
        corpus.resolve("news.txt"),
        """
        Imaging and Radiation Society of Testland (ISTL)

        A registry opens

        The Imaging and Radiation Society of Testland (ISTL) launched the Testland Dose Registry in 2021.
        """,
        StandardCharsets.UTF_8);
    CliRun second = CliRun.of("build", "--input", corpus.toString(), "--store", store.toString());
    assertEquals(0, second.code(), second.err());
    server = ServerFixture.start(store, Duration.ofSeconds(5), 1000, null, null);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/" + path))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theRenamedOrganizationMovesTheDroppedOneIsGone() throws Exception {
    HttpResponse<String> moved = get("id/organization/imaging-society-of-testland.ttl?page=1");
    assertEquals(301, moved.statusCode(), moved.body());
    String location = moved.headers().firstValue("Location").orElse("");
    assertTrue(
        location.endsWith("/id/organization/imaging-and-radiation-society-of-testland.ttl?page=1"),
        location);
    assertEquals(200, get(location.substring(location.indexOf("id/"))).statusCode());
    HttpResponse<String> gone = get("id/organization/quorvian-heart-foundation");
    assertEquals(410, gone.statusCode(), gone.body());
    assertEquals(404, get("id/organization/never-named-here").statusCode());
  }
}
