package org.radkg.graph;

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
import org.radkg.query.PrebuiltQuery;
import org.radkg.query.QueryRunner;

/**
 * A prebuilt query's answer as text that compares equal for equal answers: rows as a sorted
 * multiset of bindings, the items of each GROUP_CONCAT sorted (their order is the store's).
 */
public final class QueryAnswers {
  private QueryAnswers() {}

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
  public static String comparable(PrebuiltQuery q, String answer) {
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

  /**
   * The rows of {@code q} on {@code ds} (read with TDB2's union default graph when {@code union})
   * as sorted lines of var=term (blank nodes as _:b: their labels are not stable).
   */
  public static String of(Dataset ds, PrebuiltQuery q, boolean union) {
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
