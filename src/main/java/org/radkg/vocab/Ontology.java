package org.radkg.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The radkg ontology as the jar carries it ({@value #RESOURCE}, copied from {@code
 * ontology/radkg.ttl}), and the named graph it is published in: the ontology's own IRI.
 */
public final class Ontology {
  /** Where the ontology is on the classpath. */
  public static final String RESOURCE = "/radkg/ontology/radkg.ttl";

  /** The name of the graph that holds the ontology in the store and the dumps. */
  public static final Node GRAPH = NodeFactory.createURI(Rkg.ONTOLOGY);

  private Ontology() {}

  /** A fresh in-memory copy of the ontology (its blank nodes are new on every call). */
  public static Graph graph() {
    try (InputStream in = Ontology.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + " is not on the classpath (the build copies ontology/ there)");
      }
      return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the ontology to {@code dataset} as the named graph {@link #GRAPH}. */
  public static void addTo(DatasetGraph dataset) {
    quads().forEach(dataset::add);
  }

  /** The ontology's quads in the named graph {@link #GRAPH} (fresh blank nodes on every call). */
  public static List<Quad> quads() {
    List<Quad> out = new ArrayList<>();
    graph().find().forEachRemaining(t -> out.add(Quad.create(GRAPH, t)));
    return out;
  }
}
