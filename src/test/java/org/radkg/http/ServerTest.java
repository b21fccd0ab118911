package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.dump.PublicationSettings;
import org.radkg.dump.VoidDescriber;
import org.radkg.store.SummaryGraph;
import org.radkg.vocab.Rkg;

/**
 * The public server, over HTTP as another site would use it: every route, formats, limits,
 * escaping, read-only.
 */
class ServerTest {
  static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  static final String ACR = "id/organization/american-college-of-radiology";
  @TempDir static Path tmp;
  static RadkgServer server;
  static String base;

  @BeforeAll
  static void start() throws IOException {
    Path store = tmp.resolve("out");
    ServerFixture.buildStore(tmp.resolve("corpus"), ServerFixture.NEWSLETTER, store);
    server = ServerFixture.start(store, Duration.ofSeconds(2), 1000, null, null);
    base = "http://127.0.0.1:" + server.port() + "/";
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> get(String path, String accept) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (accept != null) {
      b.header("Accept", accept);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A client per call: the server may close a connection after refusing a body, and a pooled one
   * would then fail.
   */
  static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static Graph parse(String body, Lang lang) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(body, lang).parse(g);
    return g;
  }

  @Test
  void everyPageAnswers() throws Exception {
    for (String path :
        new String[] {
          "", "queries", "editor", "editor?name=who-funds-what", "ontology", "dumps/"
        }) {
      HttpResponse<String> r = get(path, "text/html");
      assertEquals(200, r.statusCode(), path);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
      // The credit line the article texts' publishers and GeoNames' licence ask for.
      assertTrue(Jsoup.parse(r.body()).select("footer.rights").text().contains("GeoNames"), path);
    }
    assertEquals(302, get("dumps", null).statusCode());
    for (var q : server.settings().queries().all()) {
      assertEquals(200, get("queries/" + q.name(), null).statusCode(), q.name());
      assertTrue(get("queries/" + q.name() + ".rq", null).body().contains("# title: "), q.name());
    }
    assertEquals(404, get("queries/nope", null).statusCode());
    assertTrue(parse(get("ontology.ttl", null).body(), Lang.TURTLE).size() > 50);
    assertTrue(parse(get("ontology", "text/turtle").body(), Lang.TURTLE).size() > 50);
  }

  @Test
  void assetsComeFromTheJarAndNothingElseDoes() throws Exception {
    HttpResponse<String> css = get("assets/site.css", null);
    assertEquals(200, css.statusCode());
    assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    String etag = css.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "assets/site.css"))
                .header("If-None-Match", etag)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(304, again.statusCode());
    for (String bad :
        new String[] {
          "assets/nope.css",
          "assets/../radkg/network/topics.rq",
          "assets/%2e%2e/simplelogger.properties",
          "assets/..%2fsimplelogger.properties",
          "assets/network/topics.rq",
          "assets/.hidden.css",
          "assets/a//b.css"
        }) {
      int status = get(bad, null).statusCode();
      assertTrue(status == 404 || status == 400, bad + " -> " + status);
    }
    assertTrue(get("", "text/html").body().contains("assets/site.css"));
  }

  @Test
  void dumpsAndVoid() throws Exception {
    String sums = get("dumps/SHA256SUMS", null).body();
    assertTrue(sums.contains("radkg.nq.gz"), sums);
    HttpResponse<byte[]> nq =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "dumps/radkg.nq.gz")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("application/gzip", nq.headers().firstValue("Content-Type").orElse(""));
    String quads =
        new String(
            new GZIPInputStream(new ByteArrayInputStream(nq.body())).readAllBytes(),
            StandardCharsets.UTF_8);
    assertTrue(quads.contains("american-college-of-radiology"));
    int traversal = get("dumps/..%2Fbuild.properties", null).statusCode();
    assertTrue(traversal == 404 || traversal == 400, "no file outside the dumps: " + traversal);
    // One description: /void is the dumps' void.ttl, with the access addresses (start page,
    // endpoint, dumps) moved from the w3id ones to this site's and nothing else changed.
    Graph published =
        RDFParser.source(tmp.resolve("out/dumps/void.ttl")).lang(Lang.TURTLE).toGraph();
    Graph expected =
        VoidDescriber.relocate(
            published,
            PublicationSettings.defaults(),
            PublicationSettings.atSite(Rkg.DATA_BASE, base));
    assertEquals(published.size(), expected.size());
    for (String path : new String[] {"void", ".well-known/void"}) {
      HttpResponse<String> r = get(path, null);
      assertEquals(200, r.statusCode());
      assertTrue(
          r.body().contains("<" + base + "sparql>")
              && r.body().contains("<" + base + "dumps/radkg.nq.gz>"),
          r.body());
      assertTrue(expected.isIsomorphicWith(parse(r.body(), Lang.TURTLE)), path);
    }
    assertTrue(
        expected.isIsomorphicWith(parse(get("void", "application/ld+json").body(), Lang.JSONLD)));
  }

  @Test
  void entitiesDereferenceWithContentNegotiation() throws Exception {
    String[][] types = {
      {"text/turtle", "TTL"},
      {"application/ld+json", "JSONLD"},
      {"application/n-triples", "NT"},
      {"application/rdf+xml", "RDFXML"}
    };
    for (String[] t : types) {
      HttpResponse<String> r = get(ACR, t[0]);
      assertEquals(200, r.statusCode(), t[0]);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(t[0]), t[0]);
      assertEquals("Accept, Accept-Encoding", r.headers().firstValue("Vary").orElse(""));
      assertTrue(
          r.headers()
              .firstValue("Link")
              .orElse("")
              .contains("<" + base + ACR + ">; rel=\"canonical\""));
      Graph g = parse(r.body(), org.apache.jena.riot.RDFLanguages.nameToLang(t[1]));
      assertTrue(g.size() > 3, t[0]);
      if (t[1].equals("TTL")) {
        // The entity's own triples come first, before the statements that support them, and the
        // Turtle holds the same triples as the N-Triples.
        String firstSubject =
            r.body().lines().filter(l -> l.startsWith("<")).findFirst().orElse("");
        assertTrue(firstSubject.startsWith("<https://w3id.org/radkg/" + ACR + ">"), r.body());
        assertTrue(
            g.isIsomorphicWith(
                parse(
                    get(ACR, "application/n-triples").body(), org.apache.jena.riot.Lang.NTRIPLES)));
      }
    }
    HttpResponse<String> html = get(ACR, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    assertTrue(html.body().contains("Acronym: ACR"), "the acronym is shown");
    assertFalse(
        html.body().matches("(?s).*Also called: [^<]*\\bACR\\b.*"),
        "the acronym is not said again among the other names");
    assertTrue(html.body().contains("<h1>American College of Radiology</h1>"), html.body());
    assertTrue(html.body().contains("application/ld+json"));
    assertTrue(
        html.body().contains("“RSNA collaborates with the ACR on the registry.”"),
        "the evidence sentence");
    assertTrue(
        html.body().matches("(?s).*href=\"/id/article/[^\"#]+#at-\\d+\">.*"),
        "a link to the sentence in its article");
    assertEquals(
        "text/turtle",
        get(ACR, "text/turtle;q=0.9, application/rdf+xml;q=0.5")
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .split(";")[0]);
    String[][] variants = {
      {".html", "text/html"},
      {".ttl", "text/turtle"},
      {".jsonld", "application/ld+json"},
      {".nt", "application/n-triples"},
      {".rdf", "application/rdf+xml"}
    };
    for (String[] v : variants) {
      HttpResponse<String> r = get(ACR + v[0], "text/turtle");
      assertEquals(200, r.statusCode(), v[0]);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(v[1]), v[0]);
    }
    assertEquals(406, get(ACR, "image/png").statusCode());
    HttpResponse<String> missing = get("id/organization/no-such-organization", null);
    assertEquals(404, missing.statusCode());
    assertTrue(
        missing.body().contains("https://w3id.org/radkg/id/organization/no-such-organization"));
    assertEquals(404, get(ACR + ".exe", null).statusCode());
    assertEquals(404, get("id/", null).statusCode());
  }

  @Test
  void sparqlProtocolFormats() throws Exception {
    String select = "SELECT ?s WHERE { ?s a <http://www.w3.org/ns/org#Organization> }";
    String[] selectTypes = {
      "application/sparql-results+json",
      "application/sparql-results+xml",
      "text/csv",
      "text/tab-separated-values"
    };
    for (String t : selectTypes) {
      HttpResponse<String> r = get("sparql?query=" + q(select), t);
      assertEquals(200, r.statusCode(), t);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(t), t);
      assertTrue(r.body().contains("american-college-of-radiology"), t);
    }
    var rs =
        ResultSetMgr.read(
            new ByteArrayInputStream(
                post("sparql", "application/x-www-form-urlencoded", "query=" + q(select))
                    .body()
                    .getBytes(StandardCharsets.UTF_8)),
            ResultSetLang.RS_JSON);
    assertTrue(rs.hasNext());
    assertEquals(200, post("sparql", "application/sparql-query", select).statusCode());
    String construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 20";
    String[][] graphTypes = {
      {"text/turtle", "TTL"},
      {"application/ld+json", "JSONLD"},
      {"application/n-triples", "NT"},
      {"application/rdf+xml", "RDFXML"}
    };
    for (String[] t : graphTypes) {
      HttpResponse<String> r = get("sparql?query=" + q(construct), t[0]);
      assertEquals(200, r.statusCode(), t[0]);
      assertEquals(
          20, parse(r.body(), org.apache.jena.riot.RDFLanguages.nameToLang(t[1])).size(), t[0]);
    }
    assertEquals(
        200,
        get("sparql?query=" + q("DESCRIBE <https://w3id.org/radkg/" + ACR + ">"), "text/turtle")
            .statusCode());
    String turtle = get("data?default", "text/turtle").body();
    assertTrue(
        parse(turtle, Lang.TURTLE).size() > 10, "the default graph is the union of the articles");
  }

  /**
   * The default graph, read by SPARQL and by {@code /data?default}, is the union of the article
   * graphs, each triple once (the build materializes it); the whole dataset at {@code /data} is the
   * named graphs alone, the materialized copy not among its quads. The summary graph derived from
   * them is named for the queries that read it, and is neither in the default graph nor in {@code
   * /data} nor on the entity pages.
   */
  @Test
  void theDefaultGraphIsTheUnionOfTheNamedGraphsAndNotDataOfItsOwn() throws Exception {
    long union =
        number(
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o }"
                + " FILTER(?g != <"
                + SUMMARY
                + ">) } }");
    assertTrue(
        number("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + SUMMARY + "> { ?s ?p ?o } }") > 0,
        "the build wrote the summary graph");
    assertEquals(
        0,
        number(
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?p), '"
                + SummaryGraph.NS
                + "')) }"),
        "no summary row in the default graph");
    assertTrue(union > 10);
    assertEquals(union, number("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
    assertEquals(
        union, parse(get("data?default", "application/n-triples").body(), Lang.NTRIPLES).size());
    org.apache.jena.sparql.core.DatasetGraph all =
        org.apache.jena.sparql.core.DatasetGraphFactory.create();
    org.apache.jena.riot.RDFParser.fromString(
            get("data", "application/n-quads").body(), Lang.NQUADS)
        .parse(all);
    assertEquals(0, all.getDefaultGraph().size(), "no default-graph quads in the dataset");
    assertFalse(all.containsGraph(SummaryGraph.GRAPH), "the summary graph is no data of its own");
    assertEquals(
        count() - number("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + SUMMARY + "> { ?s ?p ?o } }"),
        all.stream().count(),
        "the named graphs' quads");
    String page = get(ACR, "text/turtle").body();
    assertFalse(page.contains(SummaryGraph.NS), "no summary row on an entity page: " + page);
  }

  private static final String SUMMARY = SummaryGraph.GRAPH.getURI();

  private static long number(String query) throws Exception {
    String csv = get("sparql?query=" + q(query), "text/csv").body();
    return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().trim());
  }

  @Test
  void malformedQueryIs400WithTheParserMessage() throws Exception {
    HttpResponse<String> r = get("sparql?query=" + q("SELECT * WHERE { ?s ?p }"), null);
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("line 1"), r.body());
  }

  @Test
  void writingIsRefused() throws Exception {
    long before = count();
    assertTrue(post("sparql", "application/sparql-update", "DROP ALL").statusCode() >= 400);
    assertTrue(
        post("sparql", "application/x-www-form-urlencoded", "update=" + q("DROP ALL")).statusCode()
            >= 400);
    HttpResponse<String> put =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "data?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> ."))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(put.statusCode() >= 400, "PUT " + put.statusCode());
    assertTrue(post("update", "application/sparql-update", "DROP ALL").statusCode() >= 400);
    assertTrue(
        post("admin/reload", "text/plain", "").statusCode() == 404, "no password: no admin route");
    assertEquals(before, count());
  }

  @Test
  void slowQueriesTimeOutWithAStatusAndLargeAnswersAreRefused() throws Exception {
    HttpResponse<String> slow =
        get(
            "sparql?query="
                + q(
                    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"),
            null);
    assertEquals(503, slow.statusCode(), slow.body());
    HttpResponse<String> big =
        get("sparql?query=" + q("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"), null);
    assertEquals(400, big.statusCode());
    assertTrue(big.body().contains("1000"), big.body());
  }

  @Test
  void corsHeadersLetOtherSitesReadButNeverWithCredentials() throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "sparql?query=" + q("ASK {}")))
                .header("Origin", "https://example.org")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> page =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + ACR))
                .header("Origin", "https://example.org")
                .header("Accept", "text/turtle")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> missing =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "id/organization/no-such-thing"))
                .header("Origin", "https://other.example")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(404, missing.statusCode());
    // "*", never the echoed origin: the answer is the same for every origin (no Vary: Origin
    // needed, nothing for a shared cache to mix up), and browsers send no credentials with it.
    for (HttpResponse<String> answer : List.of(r, page, missing)) {
      assertEquals(
          "*",
          answer.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
          answer.uri().toString());
      assertTrue(
          answer.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(),
          answer.headers().map().toString());
      String exposed =
          answer.headers().firstValue("Access-Control-Expose-Headers").orElse("").toLowerCase();
      for (String header : List.of("link", "content-location", "etag", "location")) {
        assertTrue(exposed.contains(header), header + " not exposed: " + exposed);
      }
    }
    // The site's own answers do not vary by Origin (Fuseki's SPARQL answers list Origin in Vary
    // anyway, which costs caches a little and misleads none).
    for (HttpResponse<String> answer : List.of(page, missing)) {
      assertFalse(
          answer.headers().allValues("Vary").toString().contains("Origin"),
          answer.uri() + " " + answer.headers().allValues("Vary"));
    }
    HttpResponse<String> preflight = preflight("sparql", "POST", "Content-Type");
    assertEquals(204, preflight.statusCode());
    assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    String methods = preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("");
    assertTrue(methods.contains("POST"), methods);
    assertFalse(methods.contains("PUT") || methods.contains("DELETE"), methods);
    assertTrue(
        preflight
            .headers()
            .firstValue("Access-Control-Allow-Headers")
            .orElse("")
            .contains("content-type"));
    // Writing, or sending a password, is refused to other sites' scripts.
    for (HttpResponse<String> refused :
        List.of(
            preflight("sparql", "PUT", null),
            preflight("sparql", "GET", "Authorization"),
            preflight("admin/reload", "POST", null))) {
      assertTrue(
          refused.headers().firstValue("Access-Control-Allow-Methods").isEmpty()
              && refused.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
          refused.headers().map().toString());
    }
  }

  private HttpResponse<String> preflight(String path, String method, String headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Origin", "https://example.org")
            .header("Access-Control-Request-Method", method)
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    if (headers != null) {
      b.header("Access-Control-Request-Headers", headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void textFromTheNewsletterIsEscapedEverywhere() throws Exception {
    String csv =
        get(
                "sparql?query="
                    + q(
                        "SELECT ?a WHERE { ?a <https://schema.org/headline> ?h FILTER(CONTAINS(?h, 'script')) }"),
                "text/csv")
            .body();
    String article = csv.lines().skip(1).findFirst().orElseThrow().trim();
    String page = get(article.substring("https://w3id.org/radkg/".length()), "text/html").body();
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
    assertFalse(page.contains("<script>alert(1)"), page);
    assertTrue(
        page.contains("\\u003cscript>alert(1)\\u003c/script>"),
        "JSON-LD in the page cannot close its script");
    for (String p :
        new String[] {
          "",
          "queries/evidence-for-entity?entity=" + q(article),
          "editor?query=" + q("SELECT ?h WHERE { ?a <https://schema.org/headline> ?h }")
        }) {
      String body = get(p, null).body();
      assertFalse(body.contains("<script>alert"), p);
    }
  }

  @Test
  void queryCommandRunsAPrebuiltQueryAgainstTheEndpoint() throws Exception {
    java.io.PrintStream saved = System.out;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
      code =
          org.radkg.cli.Main.run(
              "query",
              "evidence-for-entity",
              "--endpoint",
              base + "sparql",
              "--param",
              "entity=https://w3id.org/radkg/" + ACR,
              "--format",
              "csv");
    } finally {
      System.setOut(saved);
    }
    assertEquals(0, code);
    String csv = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("subject,predicate,object,evidence") && csv.lines().count() > 1, csv);
  }

  private static long count() throws Exception {
    String csv =
        get(
                "sparql?query=" + q("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
                "text/csv")
            .body();
    return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().trim());
  }
}
