package org.radkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * The summary graph of a store generation: rows that the slowest prebuilt queries would otherwise
 * compute from thousands of article rows at every run (names of topics and initiatives with their
 * article counts, the answers of collaboration-across-societies, activity-by-society-and-year and
 * organizations-initiatives, each host of a program with the topics of the articles that state it
 * and its first year), derived by {@code radkg/store/summary.ru} from the named graphs and the
 * materialized union after each write of the generation, in the same write.
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

  /** A line of summary.ru that a partial derivation replaces by the VALUES of its entities. */
  private static final Pattern ROWS_OF =
      Pattern.compile("^([ \\t]*)# rows of \\?(\\w+)[ \\t]*$", Pattern.MULTILINE);

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
   * Derives again, inside the caller's write transaction, the rows that an update in place of
   * {@code dsg} may have changed (see {@link SummaryScope}): its changed graphs held {@code before}
   * and now hold {@code after}, and the default graph, already the new union, changed by {@code
   * change}. Those rows are deleted and derived by the same INSERTs as a full derivation, limited
   * to their entities, so the graph ends as {@link #write} would leave it. Says how many rows were
   * derived again.
   */
  static String update(
      DatasetGraph dsg, List<Triple> before, List<Triple> after, UnionChange change) {
    Map<SummaryScope.Part, Optional<SummaryScope.Rows>> scope =
        SummaryScope.of(dsg, before, after, change);
    String text = TEXT;
    List<String> whole = new ArrayList<>();
    long deleted = 0;
    boolean any = false;
    for (Map.Entry<SummaryScope.Part, Optional<SummaryScope.Rows>> e : scope.entrySet()) {
      SummaryScope.Part part = e.getKey();
      Optional<SummaryScope.Rows> rows = e.getValue();
      deleted += delete(dsg, part.key, rows.map(SummaryScope.Rows::keys));
      String values;
      if (rows.isEmpty()) {
        whole.add(part.entity);
        values = "# rows of ?" + part.entity; // the whole part, as the full derivation
        any = true;
      } else {
        values = "VALUES ?" + part.entity + " {" + names(rows.get().entities()) + " }";
        any |= !rows.get().entities().isEmpty();
      }
      text = ROWS_OF.matcher(text).replaceAll(m -> rowsOf(m, part, values));
    }
    if (any) {
      for (Update op : UpdateFactory.create(text, "summary.ru").getOperations()) {
        if (!(op instanceof UpdateDrop)) { // the rows were deleted above
          UpdateAction.execute(op, dsg);
        }
      }
    }
    return "summary graph: "
        + deleted
        + " row(s) derived again"
        + (whole.isEmpty() ? "" : " (in full: rows of " + String.join(", ", whole) + ")");
  }

  /** The marker line {@code m} replaced by {@code values} when it names {@code part}'s entity. */
  private static String rowsOf(MatchResult m, SummaryScope.Part part, String values) {
    return Matcher.quoteReplacement(
        m.group(2).equals(part.entity) ? m.group(1) + values : m.group());
  }

  /**
   * Deletes the rows keyed by {@code keys} (all the part's rows when empty); returns how many. A
   * node may hold several rows, one per value of its key (summary.ru's grouped rows): only those
   * values go, and the node with them when none is left.
   */
  private static long delete(DatasetGraph dsg, Node key, Optional<Set<Node>> keys) {
    List<Quad> rows = new ArrayList<>();
    for (Node k : keys.isPresent() ? keys.get() : Set.of(Node.ANY)) {
      dsg.find(GRAPH, Node.ANY, key, k).forEachRemaining(rows::add);
    }
    Set<Node> nodes = new HashSet<>();
    for (Quad row : rows) {
      dsg.delete(row);
      nodes.add(row.getSubject());
    }
    for (Node node : nodes) {
      if (!dsg.contains(GRAPH, node, key, Node.ANY)) {
        dsg.deleteAny(GRAPH, node, Node.ANY, Node.ANY);
      }
    }
    return rows.size();
  }

  /** {@code nodes} written as SPARQL terms, each after a space. */
  private static String names(Set<Node> nodes) {
    StringBuilder out = new StringBuilder();
    for (Node n : nodes) {
      out.append(' ').append(NodeFmtLib.strNT(n));
    }
    return out.toString();
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
