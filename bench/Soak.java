import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak of issue 18: CLIENTS threads for MINUTES minutes against a running radkg server, mixing
 * entity pages, search, prebuilt queries and free SPARQL; every RELOAD minutes a POST
 * /admin/reload, and every ADD minutes one more document copied into the served corpus folder (the
 * next reload builds it). Prints, per minute and kind, requests, errors (status >= 500, or an I/O
 * failure), p50 and p99 latency in ms, then the totals. Heap after GC comes from the server's GC
 * log (see bench/soak).
 *
 * <p>Usage: java Soak.java BASE_URL PASSWORD CORPUS_DIR EXTRA_DOCS_DIR QUERIES_DIR [MINUTES
 * [CLIENTS [RELOAD [ADD]]]]
 */
public class Soak {
  record Sample(String kind, long atMs, long ms, int status) {}

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  static final List<Sample> SAMPLES = new CopyOnWriteArrayList<>();
  static final List<String> EVENTS = Collections.synchronizedList(new ArrayList<>());

  public static void main(String[] args) throws Exception {
    String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
    String password = args[1];
    Path corpus = Path.of(args[2]);
    Path extra = Path.of(args[3]);
    Path queries = Path.of(args[4]);
    int minutes = args.length > 5 ? Integer.parseInt(args[5]) : 30;
    int clients = args.length > 6 ? Integer.parseInt(args[6]) : 32;
    int reloadEvery = args.length > 7 ? Integer.parseInt(args[7]) : 5;
    int addEvery = args.length > 8 ? Integer.parseInt(args[8]) : 10;

    List<String> entities = entityPaths(base);
    List<String> prebuilt = new ArrayList<>();
    try (var s = Files.list(queries)) {
      s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".rq"))
          .sorted()
          .forEach(n -> prebuilt.add("queries/" + n.substring(0, n.length() - 3) + ".json"));
    }
    List<Path> docs = new ArrayList<>();
    try (var s = Files.list(extra)) {
      s.filter(Files::isRegularFile).sorted().forEach(docs::add);
    }
    String[] words = {
      "radiology",
      "RSNA",
      "ACR",
      "imaging",
      "ultrasound",
      "society",
      "registry",
      "global",
      "AI",
      "cancer",
      "ECR",
      "WFUMB"
    };
    String[] sparql = {
      "SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://www.w3.org/ns/org#Organization> }",
      "SELECT ?o (COUNT(?i) AS ?n) WHERE { ?o <https://w3id.org/radkg/ontology#participatesIn> ?i }"
          + " GROUP BY ?o ORDER BY DESC(?n) LIMIT 20",
      "SELECT ?s ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l"
          + " FILTER(CONTAINS(LCASE(?l), \"radiology\")) } LIMIT 50",
      "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/radkg/ontology#Initiative> ; ?p ?o }"
          + " LIMIT 500"
    };
    System.out.printf(
        "soak: %d clients, %d min, reload every %d min, a document added every %d min; %d"
            + " entities, %d prebuilt queries%n",
        clients, minutes, reloadEvery, addEvery, entities.size(), prebuilt.size());

    long start = System.currentTimeMillis();
    long end = start + minutes * 60_000L;
    AtomicBoolean running = new AtomicBoolean(true);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Random r = new Random(c);
      Thread t =
          new Thread(
              () -> {
                while (running.get()) {
                  int pick = r.nextInt(100);
                  String kind;
                  String path;
                  String accept = null;
                  if (pick < 50) {
                    kind = "entity";
                    path = entities.get(r.nextInt(entities.size()));
                    accept = r.nextInt(4) == 0 ? "text/turtle" : "text/html";
                  } else if (pick < 70) {
                    kind = "search";
                    path = "search?format=json&q=" + words[r.nextInt(words.length)];
                  } else if (pick < 90) {
                    kind = "prebuilt";
                    path = prebuilt.get(r.nextInt(prebuilt.size()));
                  } else {
                    kind = "sparql";
                    path =
                        "sparql?query="
                            + URLEncoder.encode(
                                sparql[r.nextInt(sparql.length)], StandardCharsets.UTF_8);
                  }
                  request(base, kind, path, accept, start);
                }
              });
      t.start();
      threads.add(t);
    }
    int added = 0;
    for (int minute = 1; minute <= minutes; minute++) {
      Thread.sleep(Math.max(0, start + minute * 60_000L - System.currentTimeMillis()));
      if (addEvery > 0 && minute % addEvery == 0 && added < docs.size()) {
        Path doc = docs.get(added++);
        Files.copy(
            doc, corpus.resolve("soak-" + doc.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        EVENTS.add(minute + " min: added " + doc.getFileName());
      }
      if (reloadEvery > 0 && minute % reloadEvery == 0 && minute < minutes) {
        long t0 = System.currentTimeMillis();
        HttpResponse<String> r =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "admin/reload"))
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    ("admin:" + password).getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        EVENTS.add(
            minute
                + " min: reload "
                + r.statusCode()
                + " in "
                + (System.currentTimeMillis() - t0)
                + " ms: "
                + r.body().strip().replace('\n', ' '));
      }
    }
    running.set(false);
    for (Thread t : threads) {
      t.join(120_000);
    }
    report(minutes);
    EVENTS.forEach(e -> System.out.println("event " + e));
  }

  static void request(String base, String kind, String path, String accept, long start) {
    long t0 = System.nanoTime();
    int status;
    try {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
      if (accept != null) {
        b.header("Accept", accept);
      }
      status = HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      status = -1;
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    SAMPLES.add(new Sample(kind, System.currentTimeMillis() - start, ms, status));
  }

  static List<String> entityPaths(String base) throws Exception {
    String q =
        "SELECT ?s WHERE { { ?s a <http://www.w3.org/ns/org#Organization> } UNION"
            + " { ?s a <https://w3id.org/radkg/ontology#Initiative> } } LIMIT 400";
    String csv =
        HTTP.send(
                HttpRequest.newBuilder(
                        URI.create(
                            base + "sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv")
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("https://w3id\\.org/radkg/(id/[^\\s,]+)").matcher(csv);
    while (m.find()) {
      out.add(m.group(1));
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no entities found at " + base);
    }
    return out;
  }

  static void report(int minutes) {
    Map<String, Map<Integer, List<Sample>>> byKind = new TreeMap<>();
    for (Sample s : SAMPLES) {
      byKind
          .computeIfAbsent(s.kind(), k -> new TreeMap<>())
          .computeIfAbsent((int) (s.atMs() / 60_000) + 1, k -> new ArrayList<>())
          .add(s);
    }
    System.out.println("minute kind requests errors p50_ms p99_ms");
    Map<String, long[]> totals = new ConcurrentHashMap<>();
    for (var k : byKind.entrySet()) {
      for (var m : k.getValue().entrySet()) {
        List<Long> lat = new ArrayList<>();
        int errors = 0;
        for (Sample s : m.getValue()) {
          lat.add(s.ms());
          if (s.status() < 0 || s.status() >= 500) {
            errors++;
          }
        }
        Collections.sort(lat);
        System.out.printf(
            "%d %s %d %d %d %d%n",
            m.getKey(), k.getKey(), lat.size(), errors, pct(lat, 50), pct(lat, 99));
        long[] t = totals.computeIfAbsent(k.getKey(), x -> new long[2]);
        t[0] += lat.size();
        t[1] += errors;
      }
    }
    totals.forEach((k, t) -> System.out.printf("total %s requests=%d errors=%d%n", k, t[0], t[1]));
    Map<String, Integer> statuses = new TreeMap<>();
    for (Sample s : SAMPLES) {
      if (s.status() < 0 || s.status() >= 400) {
        statuses.merge(
            s.kind() + " " + (s.status() < 0 ? "io-failure" : s.status()), 1, Integer::sum);
      }
    }
    statuses.forEach((k, n) -> System.out.println("status " + k + " " + n));
  }

  static long pct(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }
}
