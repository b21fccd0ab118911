package org.radkg.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs a prebuilt query against a local dataset or a remote SPARQL endpoint, its parameters bound
 * as RDF terms through Jena's substitution (the value never becomes query text to be parsed), and
 * writes the answer as a table, CSV, TSV or SPARQL JSON.
 */
public final class QueryRunner {
  /** Output formats of {@link #run}. */
  public enum Format {
    TABLE,
    CSV,
    TSV,
    JSON;

    public static Format parse(String s) {
      return valueOf(s.toUpperCase(Locale.ROOT));
    }
  }

  private QueryRunner() {}

  /**
   * The terms to bind: each given value checked against its declared type, defaults for the rest.
   * Throws {@link IllegalArgumentException} for an undeclared name, a bad value or a missing value.
   */
  public static Map<String, Node> bindings(PrebuiltQuery query, Map<String, String> given) {
    Map<String, Node> out = new LinkedHashMap<>();
    for (String name : given.keySet()) {
      if (query.parameter(name).isEmpty()) {
        throw new IllegalArgumentException(
            query.name()
                + " has no parameter '"
                + name
                + "'"
                + (query.parameters().isEmpty()
                    ? " (it takes none)"
                    : " (its parameters: "
                        + query.parameters().stream().map(QueryParameter::name).toList()
                        + ")"));
      }
    }
    for (QueryParameter p : query.parameters()) {
      String value = given.getOrDefault(p.name(), p.defaultValue());
      if (value == null) {
        throw new IllegalArgumentException(
            query.name() + " needs a value for '" + p.name() + "' (--param " + p.name() + "=...)");
      }
      out.put(p.name(), p.toNode(value));
    }
    return out;
  }

  /**
   * Runs against a local dataset (a TDB2 store: its default graph is the union of the article
   * graphs).
   */
  public static void run(
      Dataset dataset,
      PrebuiltQuery query,
      Map<String, Node> bindings,
      Duration timeout,
      Format format,
      OutputStream out) {
    Txn.executeRead(
        dataset,
        () -> {
          QueryExecutionBuilder b =
              QueryExecution.dataset(dataset)
                  .query(query.text())
                  .set(TDB2.symUnionDefaultGraph, unionDefault(dataset))
                  .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
          bindings.forEach(
              (name, node) -> b.substitution(name, dataset.getDefaultModel().asRDFNode(node)));
          try (QueryExecution qe = b.build()) {
            write(qe, format, out);
          }
        });
  }

  /**
   * Runs against a SPARQL 1.1 endpoint; the bound query is serialized by Jena, terms escaped by it.
   */
  public static void run(
      String endpoint,
      PrebuiltQuery query,
      Map<String, Node> bindings,
      Duration timeout,
      Format format,
      OutputStream out) {
    Model terms = ModelFactory.createDefaultModel();
    var b =
        QueryExecutionHTTP.service(endpoint)
            .query(query.text())
            .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    bindings.forEach((name, node) -> b.substitution(name, terms.asRDFNode(node)));
    try (QueryExecution qe = b.build()) {
      write(qe, format, out);
    }
  }

  /**
   * Runs a SELECT against a local dataset (union default graph) and returns its rows, each variable
   * to its term.
   */
  public static List<Map<String, Node>> select(
      Dataset dataset, String queryText, Duration timeout) {
    return Txn.calculateRead(
        dataset,
        () -> {
          try (QueryExecution qe =
              QueryExecution.dataset(dataset)
                  .query(queryText)
                  .set(TDB2.symUnionDefaultGraph, unionDefault(dataset))
                  .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                  .build()) {
            return rows(qe.execSelect());
          }
        });
  }

  /** Runs a SELECT against a SPARQL 1.1 endpoint and returns its rows. */
  public static List<Map<String, Node>> select(
      String endpoint, String queryText, Duration timeout) {
    try (QueryExecution qe =
        QueryExecutionHTTP.service(endpoint)
            .query(queryText)
            .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .build()) {
      return rows(qe.execSelect());
    }
  }

  private static List<Map<String, Node>> rows(ResultSet rs) {
    List<Map<String, Node>> out = new ArrayList<>();
    while (rs.hasNext()) {
      var solution = rs.nextBinding();
      Map<String, Node> row = new LinkedHashMap<>();
      solution.vars().forEachRemaining(v -> row.put(v.getVarName(), solution.get(v)));
      out.add(row);
    }
    return out;
  }

  private static void write(QueryExecution qe, Format format, OutputStream out) {
    Query q = qe.getQuery() != null ? qe.getQuery() : QueryFactory.create("ASK {}");
    if (q.isSelectType()) {
      ResultSet rs = qe.execSelect();
      switch (format) {
        case TABLE -> ResultSetFormatter.out(out, rs, q.getPrologue());
        case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
        case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
        case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
      }
    } else if (q.isAskType()) {
      boolean answer = qe.execAsk();
      switch (format) {
        case JSON -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
        case CSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_CSV);
        case TSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_TSV);
        case TABLE -> ResultSetFormatter.out(out, answer);
      }
    } else {
      Model m = q.isDescribeType() ? qe.execDescribe() : qe.execConstruct();
      RDFDataMgr.write(out, m, format == Format.JSON ? Lang.JSONLD : Lang.TURTLE);
    }
  }

  /**
   * Whether to read the union of the named graphs as the default graph: as the dataset's context
   * says (a store generation whose build materialized the union into its default graph is opened
   * with it off), else on, as for every radkg store before.
   */
  static boolean unionDefault(Dataset dataset) {
    var cxt = dataset.getContext();
    return cxt == null
        || !cxt.isDefined(TDB2.symUnionDefaultGraph)
        || cxt.isTrue(TDB2.symUnionDefaultGraph);
  }
}
