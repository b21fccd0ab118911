package org.radkg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.http.RadkgServer;
import org.radkg.http.ServerFixture;

/**
 * /search over HTTP: acronyms and aliases first, whole words, prefixes as you type, one typo; HTML
 * or JSON; hostile input.
 */
class SearchTest {
  @TempDir static Path tmp;
  static RadkgServer server;

  @BeforeAll
  static void start() throws IOException {
    server = ServerFixture.serve(tmp, ServerFixture.SEARCH);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> get(String path, String accept) throws Exception {
    return ServerFixture.get(server, path, accept);
  }

  static JsonArray results(String q) throws Exception {
    HttpResponse<String> r =
        get("search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "application/json");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonObject o = JSON.parse(r.body());
    assertEquals(q.strip(), o.get("query").getAsString().value());
    return o.get("results").getAsArray();
  }

  static String first(String q) throws Exception {
    JsonArray rs = results(q);
    assertFalse(rs.isEmpty(), "no result for " + q);
    return rs.get(0).getAsObject().get("label").getAsString().value();
  }

  @Test
  void acronymsAndAliasesComeFirst() throws Exception {
    assertEquals("RSNA Global Learning Centers", first("GLC"));
    assertEquals("American College of Radiology", first("ACR"));
    assertEquals("American College of Radiology", first("acr"));
    JsonObject glc = results("GLC").get(0).getAsObject();
    assertEquals("GLC", glc.get("acronym").getAsString().value());
    assertEquals("Initiative", glc.get("type").getAsString().value());
    assertEquals(
        "https://w3id.org/radkg/id/initiative/rsna-global-learning-centers",
        glc.get("iri").getAsString().value());
    assertEquals(
        "/id/initiative/rsna-global-learning-centers", glc.get("href").getAsString().value());
    assertTrue(glc.get("score").getAsNumber().value().doubleValue() > 0);
  }

  @Test
  void wordsPhrasesPrefixesAndTypos() throws Exception {
    assertEquals("Stellenbosch University", first("Stellenbosch"));
    // The topic named exactly "health equity" comes first, then the coalition with both words in
    // its name.
    assertEquals("health equity", first("health equity"));
    assertEquals(
        "Radiology Health Equity Coalition",
        results("health equity").get(1).getAsObject().get("label").getAsString().value());
    assertEquals("Radiology Health Equity Coalition", first("equity coalition"));
    assertEquals("RSNA Global Learning Centers", first("Glob"));
    assertEquals("RSNA Global Learning Centers", first("global learn"));
    assertEquals("Stellenbosch University", first("Stelenbosch"));
    assertEquals("Stellenbosch University", first("stellenbösch"));
    assertTrue(results("zzzqqq").isEmpty());
  }

  @Test
  void limitIsBounded() throws Exception {
    assertEquals(
        1,
        JSON.parse(get("search?q=a&format=json&limit=1", null).body())
            .get("results")
            .getAsArray()
            .size());
    assertTrue(
        JSON.parse(get("search?q=r&format=json&limit=500", null).body())
                .get("results")
                .getAsArray()
                .size()
            <= 50);
    assertEquals(400, get("search?q=a&format=json&limit=many", null).statusCode());
  }

  @Test
  void htmlForBrowsersJsonForScripts() throws Exception {
    HttpResponse<String> html =
        get("search?q=GLC", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    assertEquals(200, html.statusCode());
    assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertEquals("Accept", html.headers().firstValue("Vary").orElse(""));
    assertTrue(html.body().contains("id=\"search-results\""), html.body());
    assertTrue(
        html.body().contains("href=\"/id/initiative/rsna-global-learning-centers\""), html.body());
    assertTrue(html.body().contains("value=\"GLC\""), "the box keeps the query");
    assertEquals(
        "Accept", get("search?q=GLC", "application/json").headers().firstValue("Vary").orElse(""));
    HttpResponse<String> hint = get("search", "text/html");
    assertEquals(200, hint.statusCode());
    assertTrue(hint.body().contains("class=\"hint\""));
    HttpResponse<String> noQuery = get("search?format=json", null);
    assertEquals(400, noQuery.statusCode());
    assertTrue(JSON.parse(noQuery.body()).get("error").getAsString().value().contains("q"));
  }

  @Test
  void hostileInputIsHarmless() throws Exception {
    String[] inputs = {
      "\"",
      "*",
      ":",
      "(",
      "\\",
      "AND OR NOT",
      "name:ACR",
      "ACR~2",
      "a*",
      "[a TO z]",
      "/.*/",
      "<script>alert(1)</script>",
      "&q=x",
      "%",
      "\u0000",
      "ÄÖÜ ß",
      "+-&&||!(){}[]^\"~*?:\\/"
    };
    for (String in : inputs) {
      for (String accept : new String[] {"application/json", "text/html"}) {
        HttpResponse<String> r =
            get("search?q=" + URLEncoder.encode(in, StandardCharsets.UTF_8), accept);
        assertEquals(200, r.statusCode(), in + " " + accept + ": " + r.body());
        if (accept.equals("text/html")) {
          assertFalse(r.body().contains("<script>alert"), in);
        }
      }
    }
    String longText = "a".repeat(5000);
    for (String accept : new String[] {"application/json", "text/html"}) {
      HttpResponse<String> r = get("search?q=" + longText, accept);
      assertEquals(400, r.statusCode(), accept);
      assertTrue(r.body().contains("200"), r.body());
    }
    assertEquals(
        200,
        get(
                "search?q=" + URLEncoder.encode("ACR ".repeat(49), StandardCharsets.UTF_8),
                "application/json")
            .statusCode());
  }
}
