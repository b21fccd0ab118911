package org.radkg.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.system.Txn;
import org.radkg.query.PrebuiltQuery;
import org.radkg.query.QueryBounds;
import org.radkg.query.RefusedQueryException;

/**
 * {@code /queries/NAME.csv} and {@code /queries/NAME.json}: a prebuilt SELECT query run with the
 * request's parameters bound as on its page, as a SPARQL results CSV or JSON attachment of at most
 * the server's row limit (a header says when the answer was cut); 503 when it times out.
 */
final class QueryDownload {
  /** File suffix -> results format and media type. */
  static final Map<String, Lang> FORMATS =
      Map.of("csv", ResultSetLang.RS_CSV, "json", ResultSetLang.RS_JSON);

  private static final Map<String, String> TYPES =
      Map.of(
          "csv",
          "text/csv; charset=utf-8",
          "json",
          "application/sparql-results+json; charset=utf-8");

  private QueryDownload() {}

  static void send(
      HttpServletResponse resp,
      Dataset dataset,
      PrebuiltQuery q,
      Map<String, Node> bindings,
      String suffix,
      Duration timeout,
      long maxRows,
      boolean head)
      throws IOException {
    Query query;
    try {
      query = QueryBounds.parse(q.text());
    } catch (RefusedQueryException e) {
      HttpIo.sendText(resp, 400, q.name() + ": " + e.getMessage());
      return;
    }
    if (!query.isSelectType()) {
      HttpIo.sendText(
          resp, 400, q.name() + " is not a SELECT query: run it at /sparql for its own formats.");
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean[] cut = {false};
    try {
      Txn.executeRead(
          dataset,
          () -> {
            try (QueryExecution qe =
                QueryResultsPage.execution(dataset, query, bindings, timeout)) {
              ResultSet rs = qe.execSelect();
              List<Binding> rows = new ArrayList<>();
              while (rs.hasNext() && rows.size() < maxRows) {
                rows.add(rs.nextBinding());
              }
              cut[0] = rs.hasNext();
              ResultSetMgr.write(
                  out,
                  ResultSet.adapt(
                      RowSetStream.create(Var.varList(rs.getResultVars()), rows.iterator())),
                  FORMATS.get(suffix));
            }
          });
    } catch (QueryCancelledException e) {
      HttpIo.sendText(
          resp, 503, q.name() + " took longer than " + timeout.toSeconds() + " s and was stopped.");
      return;
    }
    resp.setHeader(
        "Content-Disposition", "attachment; filename=\"" + q.name() + "." + suffix + "\"");
    if (cut[0]) {
      resp.setHeader("X-Radkg-Truncated", "only the first " + maxRows + " rows");
    }
    HttpIo.send(resp, 200, TYPES.get(suffix), out.toByteArray(), head);
  }
}
