package org.radkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * The summary graph of a store generation: rows that the slowest prebuilt queries would otherwise
 * compute from tens of thousands of article rows at every run (names of topics and initiatives with
 * their article counts, organizations' names per reporting society, each host of a program with the
 * topics of the articles that state it and its first year), derived by {@code
 * radkg/store/summary.ru} from the named graphs and the materialized union after each write of the
 * generation, in the same write.
 *
 * <p>Derived data, not facts: it lives in the named graph {@link #GRAPH}, in its own namespace
 * ({@link #NS}), outside the materialized union default graph (so outside the entity pages and free
 * default-graph queries), the dumps (written from the canonical quads) and {@link
 * MaterializedUnion#dataOf}. It is written only where the union is materialized; a generation says
 * so by the file {@link #FILE}, and one without it is never updated in place nor kept as unchanged.
 */
public final class SummaryGraph {
  /** The named graph of the summary rows. */
  public static final Node GRAPH = NodeFactory.createURI("https://w3id.org/radkg/summary");

  /** The namespace of the summary rows' properties ({@code rks:} in the queries). */
  public static final String NS = "https://w3id.org/radkg/summary#";

  /**
   * The marker file of a generation with a summary graph; it names the derivation's SHA-256, so a
   * generation whose rows another derivation wrote is written anew, not kept or updated in place.
   */
  static final String FILE = "summary-graph";

  private static final String RESOURCE = "radkg/store/summary.ru";
  private static final String TEXT = text();
  private static final UpdateRequest DERIVATION = UpdateFactory.create(TEXT, "summary.ru");
  private static final String MARK =
      "Named graph "
          + GRAPH.getURI()
          + ": rows derived by radkg from the others with summary.ru, SHA-256 "
          + DigestUtils.sha256Hex(TEXT)
          + "\n";

  private SummaryGraph() {}

  /** True when {@code generation} holds the summary graph this version's derivation writes. */
  static boolean in(Path generation) {
    try {
      return Files.isRegularFile(generation.resolve(FILE))
          && Files.readString(generation.resolve(FILE), StandardCharsets.US_ASCII).equals(MARK);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * True when the generation served from {@code storeDir} holds the summary graph this version
   * derives; false where there is none, or for a store built by an older radkg, whose prebuilt
   * queries that read the graph would answer from missing or other rows until it is built again.
   */
  public static boolean servedIn(Path storeDir) {
    try {
      return in(storeDir.resolve(StoreLayout.TDB2).toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  static void mark(Path generation) throws IOException {
    Files.writeString(generation.resolve(FILE), MARK, StandardCharsets.US_ASCII);
  }

  /**
   * Writes the summary graph of {@code dsg} again from its named graphs and its default graph (the
   * materialized union), inside the caller's write transaction: the previous rows are dropped
   * first, so an update in place leaves what a bulk load of the same data would.
   */
  static void write(DatasetGraph dsg) {
    UpdateAction.execute(DERIVATION, dsg);
  }

  /**
   * As a build writes it, for a dataset whose default graph is TDB2's union view rather than the
   * materialized union (one made in memory, as the tests' seed is), in a write transaction of its
   * own.
   */
  public static void writeOverUnionView(Dataset dataset) {
    Txn.executeWrite(
        dataset,
        () ->
            UpdateExec.dataset(dataset.asDatasetGraph())
                .update(DERIVATION)
                .set(TDB2.symUnionDefaultGraph, true)
                .execute());
  }

  private static String text() {
    try (InputStream in = SummaryGraph.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
