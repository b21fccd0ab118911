package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.vocab.Rkg;

/**
 * The w3id.org deployment: the rules of {@code docs/deploy/w3id.htaccess}, run as Apache would run
 * them, send every IRI of the graph and every route to a path this server answers, with 303 for
 * IRIs and a method-keeping 307 where a POST may pass; and the pages of a server whose IRIs are
 * w3id's (siteUrl null, what {@code --base-url https://w3id.org/radkg/} now means) load nothing
 * from w3id.org.
 */
class W3idDeploymentTest {
  private static final Path RULES = Path.of("docs", "deploy", "w3id.htaccess");

  /** The site's address in the shipped file, replaced by a deployer with theirs. */
  private static final String PLACEHOLDER = "https://radkg.example.org/";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @TempDir static Path tmp;
  static RadkgServer server;
  static String site;
  static List<Rule> rules;

  /** One {@code RewriteRule}: the pattern, the target with {@code $n}, the redirect status. */
  record Rule(Pattern pattern, String target, int status) {}

  /** Where a w3id path goes: the rule taken, the status, the site address with the query. */
  record Redirect(Rule rule, int status, String location) {}

  @BeforeAll
  static void start() throws IOException {
    Path store = tmp.resolve("out");
    ServerFixture.buildStore(tmp.resolve("corpus"), ServerFixture.SEARCH, store);
    server = ServerFixture.start(store, Duration.ofSeconds(10), 1000, null, null);
    site = "http://127.0.0.1:" + server.port() + "/";
    rules = parse(Files.readAllLines(RULES, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /**
   * The file's rules, in order. The simulation knows only what the file may use: no RewriteCond, a
   * redirect status and L on each rule, one site address.
   */
  static List<Rule> parse(List<String> lines) {
    List<Rule> out = new ArrayList<>();
    for (String line : lines) {
      String l = line.strip();
      assertFalse(l.startsWith("RewriteCond"), "the test does not simulate conditions: " + l);
      if (!l.startsWith("RewriteRule")) {
        continue;
      }
      String[] parts = l.split("\\s+");
      assertEquals(4, parts.length, l);
      Matcher flags = Pattern.compile("\\[R=(30[12378]),L\\]").matcher(parts[3]);
      assertTrue(flags.matches(), "a redirect status and L: " + l);
      assertTrue(parts[2].startsWith(PLACEHOLDER), "every rule goes to the one site: " + l);
      out.add(new Rule(Pattern.compile(parts[1]), parts[2], Integer.parseInt(flags.group(1))));
    }
    assertFalse(out.isEmpty(), "rules in " + RULES);
    return out;
  }

  /**
   * What w3id answers for {@code https://w3id.org/radkg/} + {@code path}: as mod_rewrite in a
   * directory's .htaccess, the pattern sees the path below the directory, without the query, which
   * goes along unchanged; the first matching rule (all are L) decides.
   */
  static Redirect resolve(String path) {
    int q = path.indexOf('?');
    String bare = q < 0 ? path : path.substring(0, q);
    String query = q < 0 ? "" : path.substring(q);
    for (Rule r : rules) {
      Matcher m = r.pattern().matcher(bare);
      if (m.find()) {
        StringBuilder target = new StringBuilder();
        Matcher ref = Pattern.compile("\\$(\\d)").matcher(r.target());
        while (ref.find()) {
          String g = m.group(Integer.parseInt(ref.group(1)));
          ref.appendReplacement(target, Matcher.quoteReplacement(g == null ? "" : g));
        }
        ref.appendTail(target);
        String local = site + target.substring(PLACEHOLDER.length());
        return new Redirect(r, r.status(), local + query);
      }
    }
    return null;
  }

  private static HttpResponse<String> send(String method, String url, String accept, String body)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (accept != null) {
      b.header("Accept", accept);
    }
    if (body != null) {
      b.header("Content-Type", "application/sparql-query");
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyRouteRedirectsToAPathTheSiteAnswers() throws Exception {
    String q = URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
    // path below https://w3id.org/radkg/, expected status, Accept
    String[][] samples = {
      {"", "307", null},
      {"id/organization/american-college-of-radiology", "303", "text/turtle"},
      {"id/organization/american-college-of-radiology", "303", "text/html"},
      {"id/organization/american-college-of-radiology.jsonld", "303", null},
      {"ontology", "303", "text/turtle"},
      {"ontology.ttl", "303", null},
      {"sparql?query=" + q, "307", "application/sparql-results+json"},
      {"data?default", "307", "text/turtle"},
      {"reconcile", "307", "application/json"},
      {"dumps/", "302", null},
      {"dumps/SHA256SUMS", "302", null},
      {"void", "302", "text/turtle"},
      {"editor", "307", null},
      {"queries", "307", null},
      {"queries/who-funds-what", "307", null},
      {"network", "307", null},
      {"places", "307", null},
      {"search?q=GLC", "307", null},
      {"robots.txt", "307", null},
      {"sitemap.xml", "307", null},
    };
    Set<Rule> used = new HashSet<>();
    for (String[] s : samples) {
      Redirect r = resolve(s[0]);
      assertNotNull(r, "no rule for " + s[0]);
      used.add(r.rule());
      assertEquals(Integer.parseInt(s[1]), r.status(), s[0]);
      HttpResponse<String> answer = send("GET", r.location(), s[2], null);
      assertEquals(200, answer.statusCode(), s[0] + " → " + r.location() + ": " + answer.body());
    }
    assertEquals(Set.copyOf(rules), used, "every rule has a sample");
  }

  @Test
  void aQueryPostedToTheW3idEndpointStaysAPost() throws Exception {
    Redirect r = resolve("sparql");
    assertTrue(r.status() == 307 || r.status() == 308, "keeps the method and body: " + r.status());
    HttpResponse<String> answer =
        send(
            "POST",
            r.location(),
            "application/sparql-results+json",
            "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
    assertEquals(200, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("\"n\""), answer.body());
  }

  /** Every IRI the graph mints under the IRI base, and the ontology's terms, reach their page. */
  @Test
  void everyIriOfTheGraphDereferencesThroughTheRules() throws Exception {
    Set<String> iris = new TreeSet<>();
    String query =
        "SELECT DISTINCT ?s { { ?s ?p ?o } UNION { GRAPH ?s { ?x ?y ?z } }"
            + " FILTER(isIRI(?s) && STRSTARTS(STR(?s), \""
            + Rkg.DATA_BASE
            + "\")) }";
    HttpResponse<String> answer =
        send("POST", site + "sparql", "application/sparql-results+json", query);
    assertEquals(200, answer.statusCode(), answer.body());
    ResultSetMgr.read(
            new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)),
            ResultSetLang.RS_JSON)
        .forEachRemaining(row -> iris.add(row.getResource("s").getURI()));
    assertTrue(iris.size() > 10, iris.toString());
    iris.add(Rkg.NS + "leads");
    iris.add(Rkg.ONTOLOGY);
    for (String iri : iris) {
      String below = iri.substring(Rkg.IRI_BASE.length()).replaceFirst("#.*", "");
      Redirect r = resolve(below);
      assertEquals(303, r.status(), iri);
      HttpResponse<String> page = send("GET", r.location(), "text/turtle", null);
      assertEquals(200, page.statusCode(), iri + " → " + r.location());
    }
  }

  /**
   * With the IRIs under w3id and the site on its own address, every page's scripts, styles, images,
   * forms and links to entities stay on the site: its {@code 'self'} policy admits them.
   */
  @Test
  void pagesLoadEverythingFromTheSiteItself() throws Exception {
    for (String path :
        List.of(
            "",
            "id/organization/american-college-of-radiology",
            "places",
            "network",
            "editor",
            "queries",
            "queries/who-funds-what",
            "ontology",
            "dumps/")) {
      HttpResponse<String> page = send("GET", site + path, "text/html", null);
      assertEquals(200, page.statusCode(), path);
      assertTrue(
          page.headers().firstValue("Content-Security-Policy").orElse("").contains("'self'"));
      Document doc = Jsoup.parse(page.body(), site + path);
      List<String> loads = new ArrayList<>();
      for (Element e : doc.select("script[src], link[href], img[src], form[action], [data-src]")) {
        String url =
            e.hasAttr("src")
                ? e.absUrl("src")
                : e.hasAttr("href")
                    ? e.absUrl("href")
                    : e.hasAttr("action") ? e.absUrl("action") : e.absUrl("data-src");
        loads.add(e.tagName() + " " + url);
      }
      for (Element a : doc.select("a[href]")) {
        if (a.attr("href").startsWith(Rkg.DATA_BASE)) {
          loads.add("a " + a.attr("href"));
        }
      }
      assertTrue(loads.size() > 0, path);
      for (String l : loads) {
        String url = l.substring(l.indexOf(' ') + 1);
        assertTrue(
            url.startsWith(site) && !url.contains("w3id.org"),
            path + ": " + l + " leaves the site");
      }
    }
  }
}
