// Plain Fuseki (no radkg layer) on a TDB2 folder, union default graph, for bench/run's ratio.
// The jar's FusekiMainCmd needs log4j-core, which radkg does not ship. Usage:
//   java -cp target/radkg.jar bench/PlainFuseki.java TDB2_DIR PORT     (serves /ds/sparql)
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

public class PlainFuseki {
  public static void main(String[] args) {
    Dataset ds = TDB2Factory.connectDataset(args[0]);
    ds.getContext().set(TDB2.symUnionDefaultGraph, true);
    FusekiServer.create()
        .port(Integer.parseInt(args[1]))
        .add("/ds", ds, false)
        .build()
        .start()
        .join();
  }
}
