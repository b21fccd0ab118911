// Times radkg's dump writing on the quads of an N-Quads file (not part of `mvn verify`):
//   java -Xmx1g -cp target/radkg.jar bench/DumpBench.java DATA.nq WORKDIR [reps]
// Prints key=value lines: a write into an empty store (no previous dumps), the same data again
// (unchanged), and one graph changed (a quad added to the middle named graph), each best of reps;
// then the size of each dump file. Uses only DumpWriter's public API, so it runs against older jars
// too.
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.dump.DumpWriter;
import org.radkg.dump.PublicationSettings;

public class DumpBench {
  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[1]);
    int reps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    DatasetGraph data = DatasetGraphFactory.create();
    RDFDataMgr.read(data, args[0]);
    CanonicalQuads canon = CanonicalQuads.of(data);
    List<Node> graphs = new ArrayList<>();
    data.listGraphNodes().forEachRemaining(graphs::add);
    graphs.sort(Comparator.comparing(Node::getURI));
    Node middle = graphs.get(graphs.size() / 2);
    DatasetGraph edited = DatasetGraphFactory.create();
    data.find().forEachRemaining(edited::add);
    edited.add(
        middle,
        middle,
        NodeFactory.createURI("https://schema.org/headline"),
        NodeFactory.createLiteralString("edited for the benchmark"));
    CanonicalQuads changed = CanonicalQuads.of(edited);
    System.out.printf(
        "quads=%d graphs=%d changed_graph=%s%n", canon.quads().size(), graphs.size(), middle);
    DumpWriter writer = new DumpWriter(PublicationSettings.defaults());
    double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    Path store = work.resolve("store");
    for (int r = 0; r < reps; r++) {
      deleteTree(store);
      Files.createDirectories(store);
      double[] t = {
        time(() -> writer.write(canon, store)), // no previous dumps
        time(() -> writer.write(canon, store)), // unchanged
        time(() -> writer.write(changed, store)), // one graph changed
        time(() -> writer.write(canon, store)), // changed back
      };
      System.out.printf(
          "rep=%d empty_s=%.3f unchanged_s=%.3f one_graph_s=%.3f back_s=%.3f%n",
          r, t[0], t[1], t[2], t[3]);
      for (int i = 0; i < 4; i++) {
        best[i] = Math.min(best[i], t[i]);
      }
    }
    System.out.printf(
        "best empty_s=%.3f unchanged_s=%.3f one_graph_s=%.3f back_s=%.3f%n",
        best[0], best[1], best[2], best[3]);
    try (Stream<Path> files = Files.list(store.resolve("dumps"))) {
      for (Path f : files.sorted().toList()) {
        System.out.printf("size %s=%d%n", f.getFileName(), Files.size(f));
      }
    }
  }

  interface Io {
    void run() throws Exception;
  }

  static double time(Io body) throws Exception {
    long t0 = System.nanoTime();
    body.run();
    return (System.nanoTime() - t0) / 1e9;
  }

  static void deleteTree(Path p) throws Exception {
    if (Files.exists(p)) {
      try (Stream<Path> walk = Files.walk(p)) {
        for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(q);
        }
      }
    }
  }
}
