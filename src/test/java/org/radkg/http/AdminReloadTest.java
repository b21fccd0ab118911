package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.build.Build;
import org.radkg.build.BuildListener;
import org.radkg.build.BuildRequest;
import org.radkg.pages.PreparedPages;
import org.radkg.store.StoreLayout;

/**
 * Reload needs the operator's password; it switches the served data, and a wrong password changes
 * nothing.
 */
class AdminReloadTest {
  @TempDir Path tmp;

  @Test
  void reloadSwitchesTheServedGraphOnlyWithTheRightPassword() throws Exception {
    Path store = tmp.resolve("out");
    ServerFixture.buildStore(tmp.resolve("a"), ServerFixture.NEWSLETTER, store);
    try (RadkgServer server =
        ServerFixture.start(
            store,
            Duration.ofSeconds(10),
            1000,
            "s3cret pass",
            () -> ServerFixture.buildStore(tmp.resolve("b"), ServerFixture.SECOND, store))) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port() + "/";
      assertEquals(401, ServerFixture.reload(http, base, null).statusCode());
      assertEquals(401, ServerFixture.reload(http, base, "admin:wrong").statusCode());
      assertEquals(
          405,
          http.send(
                  HttpRequest.newBuilder(URI.create(base + "admin/reload")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .statusCode());
      assertFalse(knows(http, base, "hospital-metropolitano"));
      // Readers keep getting answers (from the old graph, then the new) while the rebuild runs.
      var pending =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                try {
                  return ServerFixture.reload(http, base, "admin:s3cret pass");
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      int answered = 0;
      while (!pending.isDone()) {
        knows(http, base, "american-college-of-radiology");
        answered++;
      }
      assertTrue(answered > 0);
      HttpResponse<String> ok = pending.get();
      assertEquals(200, ok.statusCode(), ok.body());
      assertTrue(ok.body().startsWith("reloaded"), ok.body());
      assertTrue(knows(http, base, "hospital-metropolitano"), "the new graph is served");
      assertEquals(
          200,
          http.send(
                  HttpRequest.newBuilder(
                          URI.create(base + "id/organization/hospital-metropolitano"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .statusCode());
      assertTrue(
          ServerFixture.reload(http, base, "admin:s3cret pass").body().startsWith("unchanged"));
    }
  }

  @Test
  void aReloadThatFindsNothingChangedKeepsServingTheSameGeneration() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(
        corpus.resolve("newsletter.txt"), ServerFixture.NEWSLETTER, StandardCharsets.UTF_8);
    Path store = tmp.resolve("out");
    BuildRequest request =
        BuildRequest.of(List.of(corpus), store).withPreparation(new PreparedPages());
    Build.run(request, BuildListener.SILENT);
    Path served = StoreLayout.of(store).tdb2().toRealPath();
    List<String> steps = new CopyOnWriteArrayList<>();
    try (RadkgServer server =
        ServerFixture.start(
            store,
            Duration.ofSeconds(10),
            1000,
            "pw",
            ServerSettings.Reloader.building(request, steps::add))) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port() + "/";
      String landing = ServerFixture.get(server, "", null).body();
      HttpResponse<String> reload = ServerFixture.reload(http, base, "x:pw");
      assertEquals(200, reload.statusCode(), reload.body());
      assertTrue(reload.body().startsWith("unchanged"), reload.body());
      assertTrue(steps.stream().anyMatch(s -> s.startsWith("nothing changed")), steps.toString());
      assertFalse(steps.contains("extracting"), "nothing read nor extracted: " + steps);
      assertEquals(served, StoreLayout.of(store).tdb2().toRealPath(), "the same generation");
      assertEquals(landing, ServerFixture.get(server, "", null).body());
    }
  }

  @Test
  void aBuildRunBesideTheServerIsServedAfterAReload() throws Exception {
    Path store = tmp.resolve("out");
    ServerFixture.buildStore(tmp.resolve("a"), ServerFixture.NEWSLETTER, store);
    try (RadkgServer server =
        ServerFixture.start(store, Duration.ofSeconds(10), 1000, "pw", () -> false)) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port() + "/";
      ServerFixture.buildStore(
          tmp.resolve("b"), ServerFixture.SECOND, store); // as `radkg build` would
      assertFalse(knows(http, base, "hospital-metropolitano"), "still the served generation");
      assertTrue(ServerFixture.reload(http, base, "x:pw").body().startsWith("reloaded"));
      assertTrue(knows(http, base, "hospital-metropolitano"));
    }
  }

  @Test
  void searchAndLandingFiguresFollowAReload() throws Exception {
    Path store = tmp.resolve("out");
    ServerFixture.buildStore(tmp.resolve("a"), ServerFixture.NEWSLETTER, store);
    try (RadkgServer server =
        ServerFixture.start(store, Duration.ofSeconds(10), 1000, "pw", () -> false)) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port() + "/";
      assertFalse(
          ServerFixture.get(server, "search?format=json&q=Metropolitano", null)
              .body()
              .contains("hospital-metropolitano"));
      String before = ServerFixture.get(server, "", null).body();
      ServerFixture.buildStore(tmp.resolve("b"), ServerFixture.SECOND, store);
      assertTrue(ServerFixture.reload(http, base, "x:pw").body().startsWith("reloaded"));
      assertTrue(
          ServerFixture.get(server, "search?format=json&q=Metropolitano", null)
              .body()
              .contains("hospital-metropolitano"),
          "the new generation's index");
      String after = ServerFixture.get(server, "", null).body();
      assertTrue(
          before.contains("American College of Radiology")
              && !after.contains("American College of Radiology"),
          "the landing figures are the new generation's");
    }
  }

  @Test
  void constantTimeCheckAcceptsOnlyTheSecret() {
    String good =
        "Basic " + Base64.getEncoder().encodeToString("x:pw".getBytes(StandardCharsets.UTF_8));
    assertTrue(AdminReload.authorized(good, "pw"));
    assertFalse(AdminReload.authorized(good, "pw2"));
    assertFalse(AdminReload.authorized("Basic !!!", "pw"));
    assertFalse(AdminReload.authorized(null, "pw"));
  }

  private static boolean knows(HttpClient http, String base, String slug) throws Exception {
    String query = "ASK { <https://w3id.org/radkg/id/organization/" + slug + "> ?p ?o }";
    String body =
        http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            base
                                + "sparql?query="
                                + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv")
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertTrue(body.contains("true") || body.contains("false"), body);
    return body.contains("true");
  }
}
