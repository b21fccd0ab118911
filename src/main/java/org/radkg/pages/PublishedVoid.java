package org.radkg.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.radkg.dump.PublicationSettings;
import org.radkg.dump.VoidDescriber;
import org.radkg.vocab.Rkg;

/**
 * The VoID description a served generation was published with: the {@code void.ttl} of its dumps
 * (so {@code /void} and the dumps give one description), or, for a store whose dumps have none, the
 * same description computed from the data; read once per generation. Its addresses are those of
 * {@link PublicationSettings#defaults()}.
 */
final class PublishedVoid {
  private static final String FILE = "void.ttl";

  private record Entry(Dataset dataset, Graph graph) {}

  private volatile Entry current;

  /** The description of {@code served}'s generation. */
  Graph of(ServedDataset served) throws IOException {
    Entry e = current;
    if (e != null && e.dataset() == served.dataset()) {
      return e.graph();
    }
    synchronized (this) {
      e = current;
      if (e != null && e.dataset() == served.dataset()) {
        return e.graph();
      }
      Path file = served.dumpsDirectory().resolve(FILE);
      Graph g =
          Files.isRegularFile(file)
              ? RDFParser.source(file).lang(Lang.TURTLE).toGraph()
              : new VoidDescriber(PublicationSettings.defaults())
                  .describe(served.dataset().asDatasetGraph())
                  .getGraph();
      current = new Entry(served.dataset(), g);
      return g;
    }
  }

  /** The dataset's {@code dcterms:modified} (a date literal), or null when it has none. */
  Node modified(ServedDataset served) throws IOException {
    Node dataset = NodeFactory.createURI(PublicationSettings.defaults().datasetIri());
    return of(served)
        .find(dataset, NodeFactory.createURI(Rkg.DCTERMS + "modified"), Node.ANY)
        .nextOptional()
        .map(Triple::getObject)
        .filter(Node::isLiteral)
        .orElse(null);
  }
}
