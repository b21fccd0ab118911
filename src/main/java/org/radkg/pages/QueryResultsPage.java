package org.radkg.pages;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.jsoup.nodes.Element;
import org.radkg.query.QueryBounds;
import org.radkg.query.RefusedQueryException;

/**
 * Runs a query for a web page and appends its answer as HTML: a table for SELECT (IRIs as links, at
 * most the server's row limit, and a visible note when there were more), yes/no for ASK, Turtle for
 * CONSTRUCT and DESCRIBE. Returns the HTTP status the page should carry.
 */
final class QueryResultsPage {
  private QueryResultsPage() {}

  static int append(
      Element parent,
      Dataset dataset,
      String text,
      Map<String, Node> bindings,
      Duration timeout,
      long maxRows,
      LinkMapper links) {
    Query query;
    try {
      query = QueryBounds.parse(text);
    } catch (QueryParseException e) {
      parent.appendElement("h2").text("The query does not parse");
      parent.appendElement("pre").text(e.getMessage());
      return 400;
    } catch (RefusedQueryException e) {
      parent.appendElement("h2").text("The query is refused");
      parent.appendElement("p").addClass("problem").attr("role", "alert").text(e.getMessage());
      return 400;
    }
    try {
      Txn.executeRead(
          dataset,
          () -> {
            try (QueryExecution qe = execution(dataset, query, bindings, timeout)) {
              if (query.isSelectType()) {
                table(parent, qe.execSelect(), maxRows, links);
              } else if (query.isAskType()) {
                parent.appendElement("p").text(qe.execAsk() ? "Yes." : "No.");
              } else {
                Model m = query.isDescribeType() ? qe.execDescribe() : qe.execConstruct();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, m, Lang.TURTLE);
                parent.appendElement("pre").text(out.toString(StandardCharsets.UTF_8));
              }
            }
          });
      return 200;
    } catch (QueryCancelledException e) {
      parent
          .appendElement("p")
          .text(
              "The query took longer than "
                  + timeout.toSeconds()
                  + " s and was stopped; no partial answer is shown.");
      return 503;
    } catch (StackOverflowError e) {
      parent
          .children()
          .remove(); // a part of the table may have been written before the stack ran out
      parent.appendElement("h2").text("The query is refused");
      parent
          .appendElement("p")
          .addClass("problem")
          .attr("role", "alert")
          .text(QueryBounds.TOO_DEEP);
      return 400;
    }
  }

  /**
   * An execution of {@code query} with the parameters bound as RDF terms (never as query text),
   * within a time limit.
   */
  static QueryExecution execution(
      Dataset dataset, Query query, Map<String, Node> bindings, Duration timeout) {
    QueryExecutionDatasetBuilder b =
        QueryExecution.dataset(dataset)
            .query(query)
            .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    bindings.forEach(
        (name, node) -> b.substitution(name, dataset.getDefaultModel().asRDFNode(node)));
    return b.build();
  }

  /**
   * The SELECT answer as a table; an IRI column {@code x} with a literal column {@code xLabel}
   * beside it shows as one column of links named by the label, so people see names and can still
   * follow the IRI.
   */
  private static void table(Element parent, ResultSet rs, long maxRows, LinkMapper links) {
    List<String> vars = rs.getResultVars();
    List<String> shown =
        vars.stream()
            .filter(v -> !(v.endsWith("Label") && vars.contains(v.substring(0, v.length() - 5))))
            .toList();
    Element wrap = parent.appendElement("div").addClass("table-wrap");
    Element table = wrap.appendElement("table").addClass("results");
    Element head = table.appendElement("thead").appendElement("tr");
    shown.forEach(
        v ->
            head.appendElement("th")
                .attr("scope", "col")
                .attr("title", v)
                .text(TermWords.column(v)));
    Element body = table.appendElement("tbody");
    long rows = 0;
    boolean more = false;
    while (rs.hasNext()) {
      if (rows == maxRows) {
        more = true;
        break;
      }
      QuerySolution s = rs.next();
      rows++;
      Element tr = body.appendElement("tr");
      for (String v : shown) {
        Element td = tr.appendElement("td");
        RDFNode n = s.get(v);
        if (n == null) {
          continue;
        }
        RDFNode label = s.get(v + "Label");
        if (n.isURIResource()) {
          String iri = n.asResource().getURI();
          String text =
              label != null && label.isLiteral()
                  ? label.asLiteral().getLexicalForm()
                  : LinkMapper.compact(n.asNode());
          HtmlPage.link(td, links.href(iri), text).attr("title", iri);
        } else if (n.isLiteral()) {
          td.text(n.asLiteral().getLexicalForm());
        } else {
          td.text(n.toString());
        }
      }
    }
    parent
        .appendElement("p")
        .addClass("row-count")
        .text(
            more
                ? "Only the first "
                    + maxRows
                    + " rows are shown: the answer has more. Page through it with LIMIT and OFFSET."
                : rows + (rows == 1 ? " row." : " rows."));
  }
}
