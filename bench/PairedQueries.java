// Each named prebuilt query run alternately on two TDB2 generations, each with its own text
// (DIR_A/NAME.rq on A, DIR_B/NAME.rq on B, defaults of "# parameters:" bound), 15 runs each after 3
// warm-ups in one JVM, so that a loaded machine slows both sides alike; prints median, fastest and
// slowest in ms. Written for the summary graph (docs/benchmarks.md, "Summary graph"): main's store
// and queries against the branch's; both read the plain default graph (the materialized union).
// Usage: java -cp target/radkg.jar bench/PairedQueries.java A/tdb2 DIR_A B/tdb2 DIR_B NAME...
import java.nio.file.*;
import java.util.*;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.*;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.*;

public class PairedQueries {
  static double run(Dataset ds, String text) {
    long t0 = System.nanoTime();
    Txn.executeRead(
        ds,
        () -> {
          var b = QueryExecution.dataset(ds).query(text);
          var m =
              java.util.regex.Pattern.compile("(\\w+) \\(IRI\\) = ([^\\s;]+)")
                  .matcher(
                      text.lines()
                          .filter(l -> l.startsWith("# parameters:"))
                          .findFirst()
                          .orElse(""));
          while (m.find())
            b = b.substitution(m.group(1), ResourceFactory.createResource(m.group(2)));
          try (QueryExecution qe = b.build()) {
            ResultSetFormatter.consume(qe.execSelect());
          }
        });
    return (System.nanoTime() - t0) / 1e6;
  }

  public static void main(String[] a) throws Exception {
    Dataset A = TDB2Factory.connectDataset(Location.create(a[0]));
    Dataset B = TDB2Factory.connectDataset(Location.create(a[2]));
    for (int k = 4; k < a.length; k++) {
      String ta = Files.readString(Path.of(a[1], a[k] + ".rq")),
          tb = Files.readString(Path.of(a[3], a[k] + ".rq"));
      int n = 15;
      double[] x = new double[n], y = new double[n];
      for (int r = -3; r < n; r++) {
        double p = run(A, ta), q = run(B, tb);
        if (r >= 0) {
          x[r] = p;
          y[r] = q;
        }
      }
      Arrays.sort(x);
      Arrays.sort(y);
      System.out.printf(
          "%s A median=%.0f min=%.0f max=%.0f | B median=%.0f min=%.0f max=%.0f%n",
          a[k], x[n / 2], x[0], x[n - 1], y[n / 2], y[0], y[n - 1]);
    }
  }
}
