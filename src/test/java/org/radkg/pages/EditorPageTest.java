package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.http.RadkgServer;
import org.radkg.http.ServerFixture;

/**
 * The SPARQL editor page: YASGUI and its set-up script loaded from this site, the example queries,
 * the plain form that works without scripts, the completion lists read from the ontology, and the
 * page's Content-Security-Policy (two hashed stylesheets more than the site's, nothing else).
 */
class EditorPageTest {
  private static final String RKG = "https://w3id.org/radkg/ontology#";
  private static final String STRICT_STYLE = "style-src 'self';";
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

  private static HttpResponse<String> get(String path) throws Exception {
    return ServerFixture.get(server, path, "text/html");
  }

  @Test
  void pageLoadsYasguiFromThisSiteAndListsTheExamples() throws Exception {
    HttpResponse<String> r = get("editor");
    assertEquals(200, r.statusCode());
    Document doc = Jsoup.parse(r.body());
    assertEquals(
        List.of("/assets/search.js", "/assets/vendor/yasgui.min.js", "/assets/editor.js"),
        doc.select("script[src]").eachAttr("src"),
        "YASGUI before the script that sets it up");
    assertTrue(doc.select("script[src]").stream().allMatch(s -> s.hasAttr("defer")));
    assertTrue(
        doc.select("link[rel=stylesheet]")
            .eachAttr("href")
            .containsAll(List.of("/assets/vendor/yasgui.min.css", "/assets/editor.css")));
    assertTrue(
        doc.select("[style], style, script:not([src])").isEmpty(), "nothing inline for the CSP");
    assertTrue(
        doc.getAllElements().stream()
            .noneMatch(
                e -> e.attributes().asList().stream().anyMatch(a -> a.getKey().startsWith("on"))));
    var root = doc.selectFirst("#yasgui");
    assertNotNull(root);
    assertEquals("/sparql", root.attr("data-endpoint"));
    assertEquals("/editor/terms.json", root.attr("data-terms"));
    assertTrue(root.attr("data-example").contains("SELECT"));
    assertEquals("", root.attr("data-open-name"));
    var examples = doc.select("#editor-examples a[data-query]");
    assertEquals(13, examples.size(), "every prebuilt query");
    var funds = doc.selectFirst("#editor-examples a[href=/editor?name=who-funds-what]");
    assertNotNull(funds);
    assertEquals("/queries/who-funds-what.rq", funds.attr("data-query"));
    assertEquals(funds.text(), funds.attr("data-title"));
    assertEquals(200, get(funds.attr("data-query").substring(1)).statusCode());
    // The plain form, for browsers without scripts.
    assertNotNull(doc.selectFirst("#editor-plain form textarea#editor-query[name=query]"));
    assertEquals("/sparql", doc.selectFirst("#editor-plain button#editor-send").attr("formaction"));
  }

  @Test
  void namedQueryOpensInBothEditorsAndQueryTextStaysText() throws Exception {
    Document named = Jsoup.parse(get("editor?name=who-funds-what").body());
    assertEquals("who-funds-what", named.selectFirst("#yasgui").attr("data-open-name"));
    assertTrue(named.selectFirst("#yasgui").attr("data-open-title").length() > 3);
    assertTrue(named.selectFirst("#editor-query").text().contains("rkg:funds"));

    String hostile = "SELECT * WHERE { ?s ?p \"</textarea><script>alert(1)</script>\" } LIMIT 1";
    HttpResponse<String> r = get("editor?query=" + LandingAndQueryPagesTest.enc(hostile));
    assertEquals(200, r.statusCode());
    Document doc = Jsoup.parse(r.body());
    assertEquals(hostile, doc.selectFirst("#editor-query").wholeText().strip());
    assertTrue(doc.select("script:not([src])").isEmpty());
    assertNotNull(doc.selectFirst("#editor-plain section.results"), "the plain form ran it");

    assertEquals(
        400, get("editor?query=" + LandingAndQueryPagesTest.enc("SELECT nonsense")).statusCode());
  }

  @Test
  void onlyTheEditorAllowsYasguisTwoStylesheetsByHash() throws Exception {
    String editor = get("editor").headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(editor.contains("script-src 'self';"), editor);
    assertTrue(editor.contains("connect-src 'self';"), editor);
    assertFalse(editor.contains("unsafe-"), editor);
    String style = editor.replaceAll(".*(style-src [^;]*;).*", "$1");
    assertEquals(3, style.split(" ").length - 1, "'self' and two hashes: " + style);
    assertEquals(2, style.split("'sha256-").length - 1, style);
    assertEquals(
        editor,
        get("editor?name=who-funds-what").headers().firstValue("Content-Security-Policy").get());
    for (String path : new String[] {"", "queries", "editor/terms.json", "assets/editor.js"}) {
      String csp = get(path).headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains(STRICT_STYLE), path + ": " + csp);
      assertEquals(editor.replace(style, STRICT_STYLE), csp, path);
    }
  }

  @Test
  void termsListTheOntologysPrefixesClassesAndProperties() throws Exception {
    HttpResponse<String> r = ServerFixture.get(server, "editor/terms.json", null);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonObject json = JSON.parse(r.body());
    JsonObject prefixes = json.getObj("prefixes");
    assertEquals(RKG, prefixes.getString("rkg"));
    assertEquals("https://schema.org/", prefixes.getString("schema"));
    assertEquals("http://www.w3.org/ns/prov#", prefixes.getString("prov"));
    assertEquals("http://www.w3.org/ns/org#", prefixes.getString("org"));
    Set<String> classes = strings(json, "classes");
    Set<String> properties = strings(json, "properties");
    assertTrue(
        classes.containsAll(
            Set.of(
                RKG + "Initiative",
                RKG + "Society",
                "http://www.w3.org/ns/org#Organization",
                "https://schema.org/Event",
                "https://schema.org/Country")),
        classes.toString());
    assertTrue(
        properties.containsAll(
            Set.of(
                RKG + "leads",
                RKG + "collaboratesWith",
                RKG + "participatesIn",
                "https://schema.org/location",
                "http://www.w3.org/ns/org#memberOf",
                "http://www.w3.org/2000/01/rdf-schema#label",
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#type")),
        properties.toString());
    assertTrue(classes.stream().noneMatch(properties::contains), "a term is a class or a property");
    assertTrue(classes.stream().noneMatch(c -> c.contains("XMLSchema")), "no datatypes");
  }

  @Test
  void vendoredYasguiIsTheFileTheReadmeNamesSentGzipped() throws Exception {
    Path vendor = Path.of("src/main/resources/radkg/web/vendor");
    String readme = Files.readString(vendor.resolve("README.md"));
    for (String file : new String[] {"yasgui.min.js", "yasgui.min.css"}) {
      URI uri = URI.create("http://127.0.0.1:" + server.port() + "/assets/vendor/" + file);
      HttpResponse<byte[]> r =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, r.statusCode(), file);
      assertTrue(r.headers().firstValue("Content-Encoding").isEmpty(), "identity when not asked");
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.body()));
      assertTrue(readme.contains(sha), file + " " + sha + " is not the one vendor/README.md names");
      // The megabyte of script travels gzipped to browsers, which all ask for it.
      HttpResponse<byte[]> gz =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip, br").build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""), file);
      assertTrue(gz.body().length < r.body().length / 3, file);
      try (var in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
        assertArrayEquals(r.body(), in.readAllBytes(), file);
      }
      String tag = gz.headers().firstValue("ETag").orElseThrow();
      assertFalse(tag.equals(r.headers().firstValue("ETag").orElse("")), "a tag per coding");
      HttpResponse<byte[]> again =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(uri)
                      .header("Accept-Encoding", "gzip")
                      .header("If-None-Match", tag)
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(304, again.statusCode(), file);
    }
    assertTrue(Files.exists(vendor.resolve("yasgui.LICENSE.txt")));
  }

  private static Set<String> strings(JsonObject json, String key) {
    Set<String> out = new java.util.HashSet<>();
    for (JsonValue v : json.get(key).getAsArray()) {
      out.add(v.getAsString().value());
    }
    return out;
  }
}
