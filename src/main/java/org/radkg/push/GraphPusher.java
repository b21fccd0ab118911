package org.radkg.push;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.radkg.canonical.CanonicalQuads;

/**
 * Sends the built graph to a remote store, one named graph per article: graphs new or changed since
 * the last push to that endpoint are PUT, graphs no longer built are DELETEd, the rest left alone.
 * It reads the published canonical N-Quads dump rather than the TDB2 store, so it runs while a
 * server holds the store.
 */
public final class GraphPusher {
  static final String DUMP = "dumps/radkg.nq.gz";

  private final Path storeDir;
  private final Consumer<String> log;

  public GraphPusher(Path storeDir, Consumer<String> log) {
    this.storeDir = storeDir;
    this.log = log;
  }

  /** The named graphs of the built dump, by IRI. */
  public Map<String, Graph> localGraphs() throws IOException {
    Path dump = storeDir.resolve(DUMP);
    if (!Files.isRegularFile(dump)) {
      throw new NoSuchFileException(
          dump.toString(), null, "no dump to push; run ./radkg build first");
    }
    DatasetGraph dsg = DatasetGraphFactory.create();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
      RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
    }
    Map<String, Graph> graphs = new TreeMap<>();
    for (Node g : (Iterable<Node>) dsg::listGraphNodes) {
      graphs.put(g.getURI(), dsg.getGraph(g));
    }
    return graphs;
  }

  /**
   * Pushes to {@code target}; {@code all} resends every graph whatever the recorded state says. A
   * failure that every other request would meet too (refused credentials, a target that does not
   * answer in time or stays unreachable) stops the push at once, so a dead target costs one
   * timeout, not one per graph; what was not sent stays unrecorded and goes with the next push.
   */
  public PushSummary push(GraphStoreTarget target, boolean all) throws IOException {
    Map<String, Graph> local = localGraphs();
    PushState stateFile = PushState.forEndpoint(storeDir, target.endpoint());
    Map<String, String> state = all ? new TreeMap<>() : stateFile.read();
    Map<String, String> next = new TreeMap<>(state);
    int sent = 0;
    int unchanged = 0;
    int deleted = 0;
    List<String> failures = new ArrayList<>();
    try {
      for (Map.Entry<String, Graph> e : local.entrySet()) {
        String hash = hash(e.getKey(), e.getValue());
        if (hash.equals(state.get(e.getKey()))) {
          unchanged++;
          continue;
        }
        try {
          target.put(e.getKey(), e.getValue());
          next.put(e.getKey(), hash);
          sent++;
        } catch (PushException ex) {
          next.remove(e.getKey()); // unknown now: resend next time
          fail(failures, ex);
        }
      }
      for (String gone : new ArrayList<>(state.keySet())) {
        if (local.containsKey(gone)) {
          continue;
        }
        try {
          target.delete(gone);
          next.remove(gone);
          deleted++;
        } catch (PushException ex) {
          fail(failures, ex);
        }
      }
    } catch (Stopped s) {
      failures.add(s.getMessage() + "; push stopped (every other request would fail the same way)");
    } finally {
      stateFile.write(next, target.endpoint());
    }
    return new PushSummary(sent, unchanged, deleted, failures);
  }

  private void fail(List<String> failures, PushException ex) {
    log.accept(ex.getMessage());
    if (ex.stopsPush()) {
      throw new Stopped(ex.getMessage());
    }
    failures.add(ex.getMessage());
  }

  private static String hash(String iri, Graph g) {
    Node name = org.apache.jena.graph.NodeFactory.createURI(iri);
    List<Quad> quads = new ArrayList<>();
    g.find().forEachRemaining(t -> quads.add(Quad.create(name, t)));
    return CanonicalQuads.of(quads).sha256();
  }

  /** A failure every other request would meet: stop pushing. */
  private static final class Stopped extends RuntimeException {
    Stopped(String message) {
      super(message, null, false, false);
    }
  }
}
