package org.radkg.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * The shape a visitor's query must have before it runs, wherever it is sent ({@code /sparql}, the
 * editor): at most {@link #MAX_QUERY_CHARS} characters, at most {@link #MAX_PROJECTED_VARS}
 * projected variables, no {@code SERVICE} (this server makes no outbound requests), and no nesting
 * so deep that parsing or evaluating it would exhaust a thread's stack; anything else is a {@link
 * RefusedQueryException} whose message the 400 answer carries.
 */
public final class QueryBounds {
  /** Far beyond any hand-written query; a longer text would take seconds just to parse. */
  public static final int MAX_QUERY_CHARS = 256 * 1024;

  /**
   * Projecting is quadratic in the number of variables in ARQ; no table of results needs more
   * columns.
   */
  public static final int MAX_PROJECTED_VARS = 1000;

  public static final String NO_SERVICE =
      "SERVICE is not allowed here: this endpoint queries only its own graph and makes no"
          + " requests to other servers.";
  public static final String TOO_DEEP =
      "The query is nested too deeply to run here (too many UNION branches, steps of a"
          + " property path or nested groups); split it into smaller queries.";

  private static final Pattern SELECT = Pattern.compile("(?i)\\bselect\\b");

  /** Where a SELECT clause ends: its WHERE, its pattern or a FROM. */
  private static final Pattern CLAUSE_END = Pattern.compile("(?i)\\bwhere\\b|\\{|\\bfrom\\b");

  private QueryBounds() {}

  /**
   * Refuses, before any parsing, a text longer than {@link #MAX_QUERY_CHARS} and a SELECT clause
   * naming more than {@link #MAX_PROJECTED_VARS} variables (ARQ's parser takes time growing with
   * the square of that count).
   */
  public static void checkText(String text) {
    if (text.length() > MAX_QUERY_CHARS) {
      throw new RefusedQueryException(
          "The query has "
              + text.length()
              + " characters, more than this server's limit of "
              + MAX_QUERY_CHARS
              + "; send a shorter query.");
    }
    Matcher select = SELECT.matcher(text);
    while (select.find()) {
      Matcher end = CLAUSE_END.matcher(text);
      int to = end.find(select.end()) ? end.start() : text.length();
      int named = variablesIn(text, select.end(), to);
      if (named > MAX_PROJECTED_VARS) {
        throw new RefusedQueryException(
            "The query projects "
                + named
                + " variables, more than this server's limit of "
                + MAX_PROJECTED_VARS
                + ".");
      }
    }
  }

  /**
   * Counts {@code ?name} and {@code $name} between two offsets: at least the variables a SELECT
   * clause projects.
   */
  private static int variablesIn(String text, int from, int to) {
    int n = 0;
    for (int i = from; i + 1 < to; i++) {
      char c = text.charAt(i);
      if ((c == '?' || c == '$') && Character.isLetterOrDigit(text.charAt(i + 1))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Parses {@code text} after {@link #checkText} and checks the result with {@link #checkQuery}.
   */
  public static Query parse(String text) {
    checkText(text);
    Query query = parseWithinStack(text);
    checkQuery(query);
    return query;
  }

  /**
   * Parses {@code text}, refusing with {@link #TOO_DEEP} a parse that runs out of stack; no other
   * check.
   */
  public static Query parseWithinStack(String text) {
    try {
      return QueryFactory.create(text);
    } catch (StackOverflowError e) {
      throw new RefusedQueryException(TOO_DEEP);
    } catch (QueryParseException e) {
      throw outOfStack(e) ? new RefusedQueryException(TOO_DEEP) : e;
    }
  }

  /**
   * ARQ's parser reports running out of stack as a parse error named after the StackOverflowError.
   */
  private static boolean outOfStack(QueryParseException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StackOverflowError
          || (t.getMessage() != null && t.getMessage().contains("StackOverflowError"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Refuses too many projected variables and any SERVICE, in the pattern, a subquery or an EXISTS
   * filter.
   */
  public static void checkQuery(Query query) {
    int projected = query.getProjectVars().size();
    if (projected > MAX_PROJECTED_VARS) {
      throw new RefusedQueryException(
          "The query projects "
              + projected
              + " variables, more than this server's limit of "
              + MAX_PROJECTED_VARS
              + ".");
    }
    try {
      Op op = Algebra.compile(query);
      Walker.walk(
          op,
          new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
              throw new RefusedQueryException(NO_SERVICE);
            }
          },
          new ExprVisitorBase());
    } catch (StackOverflowError e) {
      throw new RefusedQueryException(TOO_DEEP);
    }
  }
}
