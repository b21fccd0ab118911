package org.radkg.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.tdb2.TDBException;
import org.junit.jupiter.api.Test;

/** Only failures of TDB2's own storage count as a damaged store; a query's own errors do not. */
class StoreDamageTest {
  @Test
  void tdbFailuresCountWrappedOrNot() {
    assertTrue(StoreDamage.isDamage(new TDBException("NodeTableTRDF/Read")));
    assertTrue(
        StoreDamage.isDamage(
            new QueryExecException("query failed", new TDBException("BPlusTree: bad block"))));
  }

  @Test
  void otherFailuresDoNot() {
    assertFalse(StoreDamage.isDamage(new IllegalArgumentException("bad parameter")));
    assertFalse(
        StoreDamage.isDamage(
            new QueryExecException("query failed", new IllegalStateException("x"))));
    QueryCancelledException timedOut = new QueryCancelledException();
    // As a timeout is seen: raised while TDB2's iterators run.
    timedOut.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement(
              "org.apache.jena.tdb2.solver.SolverRX", "matchQuadPattern", "SolverRX.java", 1)
        });
    assertFalse(StoreDamage.isDamage(timedOut), "a timed-out query is not damage");
  }
}
