package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong or missing credential is refused and logged; the secret never shows in the log or in any
 * answer.
 */
class AdminCredentialsTest {
  private static final String SECRET = "Tr0ub4dor&3-secret";
  @TempDir Path tmp;

  @Test
  void refusalsAreLoggedWithoutTheSecret() throws Exception {
    Path store = tmp.resolve("out");
    ServerFixture.buildStore(tmp.resolve("a"), ServerFixture.NEWSLETTER, store);
    PrintStream saved = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<String> bodies = new ArrayList<>();
    // slf4j-simple looks System.err up at every line (simplelogger.properties: logFile=System.err),
    // so this captures the log.
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try (RadkgServer server =
        ServerFixture.start(store, Duration.ofSeconds(10), 1000, SECRET, () -> false)) {
      String base = "http://127.0.0.1:" + server.port() + "/";
      HttpClient http = HttpClient.newHttpClient();
      for (String cred :
          new String[] {null, "op:wrong", "op:" + SECRET.substring(1), SECRET + ":", "garbage"}) {
        HttpRequest.Builder b =
            HttpRequest.newBuilder(URI.create(base + "admin/reload"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (cred != null) {
          b.header(
              "Authorization",
              cred.equals("garbage")
                  ? "Basic %%%" + SECRET
                  : "Basic "
                      + Base64.getEncoder().encodeToString(cred.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, r.statusCode(), String.valueOf(cred));
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        bodies.add(r.body());
      }
      HttpResponse<String> ok =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "admin/reload"))
                  .header(
                      "Authorization",
                      "Basic "
                          + Base64.getEncoder()
                              .encodeToString(("op:" + SECRET).getBytes(StandardCharsets.UTF_8)))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, ok.statusCode(), ok.body());
      bodies.add(ok.body());
      for (String page : new String[] {"", "editor", "queries", "void", "dumps/"}) {
        bodies.add(
            http.send(
                    HttpRequest.newBuilder(URI.create(base + page)).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
      }
    } finally {
      System.setErr(saved);
    }
    String logged = log.toString(StandardCharsets.UTF_8);
    assertEquals(5, logged.lines().filter(l -> l.contains("admin reload refused")).count(), logged);
    assertFalse(logged.contains(SECRET), "the secret is in the log");
    assertFalse(logged.contains(SECRET.substring(1)), "part of the secret is in the log");
    assertFalse(
        logged.contains(
            Base64.getEncoder().encodeToString(("op:" + SECRET).getBytes(StandardCharsets.UTF_8))));
    for (String body : bodies) {
      assertFalse(body.contains(SECRET.substring(1)), body);
    }
  }
}
