package org.radkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.query.PrebuiltQuery;
import org.radkg.query.QueryCatalog;
import org.radkg.query.QueryRunner;
import org.radkg.store.MaterializedUnion;
import org.radkg.store.StoreBuilder;

/**
 * Every prebuilt query gives on the seed store the same rows (a multiset of bindings) as recorded
 * in {@code src/test/resources/query-answers/NAME.txt} before the queries were rewritten for speed.
 * Rerecord (only when an answer is meant to change) with {@code -Dradkg.recordAnswers=true}.
 */
class PrebuiltQueryAnswersTest {
  private static final Path ANSWERS = Path.of("src/test/resources/query-answers");

  @TempDir Path tmp;

  @Test
  void answersOnTheSeedAreUnchanged() throws Exception {
    if (PrebuiltQueriesTest.seed == null) {
      PrebuiltQueriesTest.build();
    }
    boolean record = Boolean.getBoolean("radkg.recordAnswers");
    int compared = 0;
    for (PrebuiltQuery q : QueryCatalog.load(Path.of("queries")).all()) {
      Path file = ANSWERS.resolve(q.name() + ".txt");
      String actual = answer(PrebuiltQueriesTest.seed, q, true);
      if (record) {
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      if (Files.exists(file)) {
        assertEquals(
            comparable(q, Files.readString(file, StandardCharsets.UTF_8)),
            comparable(q, actual),
            q.name() + " answers differently");
        compared++;
      }
    }
    assertTrue(compared >= 12, "only " + compared + " recorded answers");
  }

  /**
   * The same answers from a built store, whose default graph is the union materialized by the
   * build, read with TDB2's union default graph off, as served.
   */
  @Test
  void answersFromABuiltStoreWithTheMaterializedUnionAreTheSame() throws Exception {
    if (PrebuiltQueriesTest.seed == null) {
      PrebuiltQueriesTest.build();
    }
    Path store = tmp.resolve("store");
    new StoreBuilder().build(PrebuiltQueriesTest.seed.asDatasetGraph(), store);
    Dataset ds = StoreBuilder.open(store);
    try {
      assertTrue(MaterializedUnion.isOn(ds.asDatasetGraph()));
      int compared = 0;
      for (PrebuiltQuery q : QueryCatalog.load(Path.of("queries")).all()) {
        Path file = ANSWERS.resolve(q.name() + ".txt");
        if (Files.exists(file)) {
          assertEquals(
              comparable(q, Files.readString(file, StandardCharsets.UTF_8)),
              comparable(q, answer(ds, q, false)),
              q.name() + " answers differently on the materialized default graph");
          compared++;
        }
      }
      assertTrue(compared >= 12, "only " + compared + " recorded answers");
    } finally {
      TDBInternal.expel(ds.asDatasetGraph());
    }
  }

  /**
   * GROUP_CONCAT's order is not defined by SPARQL: it follows the store's internal order, which a
   * new loader changes.
   */
  private static final java.util.regex.Pattern CONCAT =
      java.util.regex.Pattern.compile(
          "GROUP_CONCAT\\([^)]*\\)\\s+AS\\s+\\?(\\w+)", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * An answer with the items of each GROUP_CONCAT column in sorted order, its lines sorted again.
   */
  private static String comparable(PrebuiltQuery q, String answer) {
    java.util.Set<String> concatenated = new java.util.HashSet<>();
    java.util.regex.Matcher m = CONCAT.matcher(q.text());
    while (m.find()) {
      concatenated.add(m.group(1));
    }
    List<String> rows = new ArrayList<>();
    for (String row : answer.split("\n")) {
      List<String> cells = new ArrayList<>();
      for (String cell : row.split("\t", -1)) {
        int eq = cell.indexOf('=');
        cells.add(
            eq > 0 && concatenated.contains(cell.substring(0, eq))
                ? cell.substring(0, eq + 1) + sortedItems(cell.substring(eq + 1))
                : cell);
      }
      rows.add(String.join("\t", cells));
    }
    rows.sort(null);
    return String.join("\n", rows);
  }

  /**
   * A GROUP_CONCAT result's items in sorted order, so answers compare as lists of the same items.
   */
  private static String sortedItems(String formatted) {
    if (!formatted.startsWith("\"") || !formatted.endsWith("\"")) {
      return formatted;
    }
    List<String> items =
        new ArrayList<>(List.of(formatted.substring(1, formatted.length() - 1).split(", ")));
    items.sort(null);
    return "\"" + String.join(", ", items) + "\"";
  }

  /** The rows as sorted lines of var=term (blank nodes as _:b: their labels are not stable). */
  private static String answer(Dataset ds, PrebuiltQuery q, boolean union) {
    Map<String, Node> bindings = QueryRunner.bindings(q, Map.of());
    return Txn.calculateRead(
        ds,
        () -> {
          var b =
              QueryExecution.dataset(ds)
                  .query(q.text())
                  .timeout(Duration.ofMinutes(1).toMillis(), TimeUnit.MILLISECONDS);
          if (union) {
            b.set(TDB2.symUnionDefaultGraph, true);
          }
          bindings.forEach(
              (name, node) -> b.substitution(name, ds.getDefaultModel().asRDFNode(node)));
          List<String> rows = new ArrayList<>();
          try (QueryExecution qe = b.build()) {
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            while (rs.hasNext()) {
              var row = rs.nextBinding();
              rows.add(
                  vars.stream()
                      .map(
                          v -> {
                            Node n = row.get(org.apache.jena.sparql.core.Var.alloc(v));
                            return v
                                + "="
                                + (n == null
                                    ? ""
                                    : n.isBlank() ? "_:b" : FmtUtils.stringForNode(n));
                          })
                      .collect(Collectors.joining("\t")));
            }
          }
          rows.sort(null);
          return String.join("\n", rows) + "\n";
        });
  }
}
