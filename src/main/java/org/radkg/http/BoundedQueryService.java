package org.radkg.http;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.web.HttpSC;
import org.radkg.pages.AcceptHeader;
import org.radkg.query.QueryBounds;
import org.radkg.query.RefusedQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's SPARQL query service, but every answer is computed in full before the first byte is
 * sent: a timeout then becomes a 503 status instead of a body cut off under a 200, and an answer
 * larger than the limit is refused with 400 and a message rather than silently truncated. Queries
 * outside {@link QueryBounds} (too long, too many columns, SERVICE, too deep for the stack) get
 * 400.
 */
final class BoundedQueryService extends SPARQL_QueryDataset {
  private static final Logger LOG = LoggerFactory.getLogger(BoundedQueryService.class);
  private final long maxResults;

  BoundedQueryService(long maxResults) {
    this.maxResults = maxResults;
  }

  /**
   * Refuses an overlong text before Fuseki parses it, and a query too deep for the stack with 400,
   * not 500; a query that hits a damaged store file gets a 500 saying so (Fuseki's own would be a
   * bare stack-trace message).
   */
  @Override
  protected void execute(String queryString, HttpAction action) {
    try {
      QueryBounds.checkText(queryString);
      refuseTooDeep(queryString);
      super.execute(queryString, action);
    } catch (RefusedQueryException e) {
      ServletOps.errorBadRequest(e.getMessage());
    } catch (StackOverflowError e) {
      ServletOps.errorBadRequest(QueryBounds.TOO_DEEP);
    } catch (RuntimeException e) {
      if (!StoreDamage.isDamage(e)) {
        throw e;
      }
      LOG.error("SPARQL query failed on a damaged store: {}", e.toString());
      ServletOps.error(HttpSC.INTERNAL_SERVER_ERROR_500, StoreDamage.MESSAGE);
    }
  }

  /**
   * Parses once before Fuseki does, only to turn a parse that runs out of stack into a clear 400
   * (Fuseki's own answer is a bare "StackOverflowError"); other parse errors are left to Fuseki,
   * which knows the base IRI. The text was checked just before and {@link #validateQuery} checks
   * Fuseki's parse, so nothing else runs here.
   */
  private static void refuseTooDeep(String queryString) {
    try {
      QueryBounds.parseWithinStack(queryString);
    } catch (QueryParseException e) {
      // Fuseki reports it.
    }
  }

  @Override
  protected void validateQuery(HttpAction action, Query query) {
    super.validateQuery(action, query);
    try {
      QueryBounds.checkQuery(query);
    } catch (RefusedQueryException e) {
      ServletOps.errorBadRequest(e.getMessage());
    }
  }

  @Override
  protected QueryExecResult executeQuery(
      HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
    refuseUnacceptable(action, requestQuery);
    if (requestQuery.isSelectType()) {
      RowSet rs = queryExec.select();
      List<Binding> rows = new ArrayList<>();
      while (rs.hasNext()) {
        if (rows.size() >= maxResults) {
          tooLarge("rows");
        }
        rows.add(rs.next());
      }
      return new QueryExecResult(RowSetStream.create(rs.getResultVars(), rows.iterator()));
    }
    if (requestQuery.isConstructType()) {
      DatasetGraph dsg = queryExec.constructDataset();
      if (dsg.stream().limit(maxResults + 1).count() > maxResults) {
        tooLarge("triples");
      }
      return new QueryExecResult(dsg);
    }
    if (requestQuery.isDescribeType()) {
      Graph g = queryExec.describe();
      if (g.size() > maxResults) {
        tooLarge("triples");
      }
      return new QueryExecResult(g);
    }
    if (requestQuery.isJsonType()) {
      ServletOps.errorBadRequest("JSON queries (an ARQ extension) are not served here; use SELECT");
    }
    return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
  }

  /**
   * Answers 406 before the query runs when the client's {@code Accept} header takes none of the
   * formats this kind of query is answered in (e.g. {@code application/sparql-results+json;q=0}
   * alone, or {@code foo/bar}), as the entity pages do: Fuseki would fall back to its default and
   * send the refused format. A {@code format} or {@code output} parameter chooses the format
   * instead, as in Fuseki.
   */
  private static void refuseUnacceptable(HttpAction action, Query query) {
    if (action.getRequestParameter("format") != null
        || action.getRequestParameter("output") != null) {
      return;
    }
    String header = action.getRequestHeader("Accept");
    AcceptList offer =
        query.isSelectType()
            ? DEF.rsOfferTable
            : query.isAskType()
                ? DEF.rsOfferBoolean
                : query.isConstructQuad() ? DEF.quadsOffer : DEF.rdfOffer;
    List<String> offered = SparqlAccept.types(offer);
    if (!AcceptHeader.of(header).acceptsAny(offered)) {
      ServletOps.error(
          HttpSC.NOT_ACCEPTABLE_406,
          "The Accept header ("
              + header
              + ") takes none of the formats this query's answer comes in: "
              + String.join(", ", offered)
              + ".");
    }
  }

  private void tooLarge(String what) {
    ServletOps.error(
        HttpSC.BAD_REQUEST_400,
        "The answer has more than "
            + maxResults
            + " "
            + what
            + ", this server's limit; narrow the query or page through it with LIMIT and OFFSET.");
  }
}
