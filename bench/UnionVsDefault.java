// Each prebuilt query on one TDB2 generation, read through TDB2's union default graph and
// through the plain default graph alternately in one JVM (10 runs each after 3 warm-ups),
// with whether the rows are the same; for a generation whose default graph holds the
// materialized union of its named graphs (docs/benchmarks.md, "Materialized union default
// graph"). With "materialize" it first writes that union into the default graph of the
// generation (a copy: it changes the files). Usage:
//   java -cp target/radkg.jar bench/UnionVsDefault.java STORE/tdb2-N [materialize]
import java.nio.file.*;
import java.util.*;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.*;
import org.apache.jena.sparql.core.*;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.*;
import org.radkg.query.*;

public class UnionVsDefault {
  public static void main(String[] a) throws Exception {
    Dataset ds = TDB2Factory.connectDataset(Location.create(a[0]));
    if (a.length > 1 && a[1].equals("materialize")) {
      long t0 = System.nanoTime();
      Txn.executeWrite(
          ds,
          () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            var it = dsg.getUnionGraph().find();
            long n = 0;
            while (it.hasNext()) {
              dsg.getDefaultGraph().add(it.next());
              n++;
            }
            System.out.println("added " + n);
          });
      System.out.printf("materialize ms %.0f%n", (System.nanoTime() - t0) / 1e6);
      return;
    }
    int reps = 10;
    for (PrebuiltQuery q : QueryCatalog.load(null).all()) {
      var b = QueryRunner.bindings(q, Map.of());
      double[][] ms = new double[2][reps];
      @SuppressWarnings("unchecked")
      List<String>[] ans = new List[2];
      for (int r = -3; r < reps; r++) {
        for (int mode = 0; mode < 2; mode++) {
          boolean union = mode == 0;
          long t0 = System.nanoTime();
          List<String> rows =
              Txn.calculateRead(
                  ds,
                  () -> {
                    QueryExecutionBuilder qb =
                        QueryExecution.dataset(ds)
                            .query(q.text())
                            .set(TDB2.symUnionDefaultGraph, union);
                    b.forEach(
                        (n, node) -> qb.substitution(n, ds.getDefaultModel().asRDFNode(node)));
                    List<String> out = new ArrayList<>();
                    try (QueryExecution qe = qb.build()) {
                      ResultSet rs = qe.execSelect();
                      while (rs.hasNext()) out.add(rs.next().toString());
                    }
                    return out;
                  });
          double took = (System.nanoTime() - t0) / 1e6;
          if (r >= 0) ms[mode][r] = took;
          else ans[mode] = rows;
        }
      }
      for (double[] m : ms) Arrays.sort(m);
      System.out.printf(
          "%-32s union med %7.1f p95 %7.1f | plain med %7.1f p95 %7.1f | same=%s rows=%d%n",
          q.name(),
          ms[0][reps / 2],
          ms[0][reps - 1],
          ms[1][reps / 2],
          ms[1][reps - 1],
          ans[0].equals(ans[1]),
          ans[0].size());
    }
  }
}
