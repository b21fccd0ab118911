package org.radkg.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.radkg.canonical.CanonicalGraph;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.store.StoreBuilder;
import org.radkg.store.StoreLayout;
import org.radkg.validate.ShaclValidator;
import org.radkg.validate.ValidationResult;

/**
 * A build's SHACL check, before anything is written: of the whole graph, or, when few graphs differ
 * from the served store's and it passed the same shapes, of every node of those graphs against the
 * whole union (see {@link ShaclValidator#validate(java.util.Collection, java.util.Collection)}).
 *
 * <p>Checking those nodes on the written generation's union instead (TDB2, no in-memory copy of
 * every graph) was tried and measured: at scale 100 it took 45 s for 29 nodes against 3-9 s for the
 * copy and the check in memory, the shapes' SPARQL constraints being far slower on TDB2. The check
 * stays in memory, on a copy of only what the shapes read of the union around those nodes (see
 * {@code validate.FocusNeighbourhood}).
 */
final class ShapesCheck {
  /** The nodes to check, and how many changed graphs they come from. */
  record Focus(Set<Node> nodes, int graphs) {}

  private ShapesCheck() {}

  /**
   * The nodes of the graphs of {@code canon} that differ from the served store's, when few do and
   * the served store passed the same shapes (see {@link StoreBuilder#changedGraphs}); empty, and
   * always with {@code full}, when the whole graph must be checked.
   */
  static Optional<Focus> focus(CanonicalQuads canon, BuildRequest request) throws IOException {
    if (request.full() || !sameShapes(StoreLayout.of(request.store()))) {
      return Optional.empty();
    }
    Optional<List<CanonicalGraph>> changed = StoreBuilder.changedGraphs(canon, request.store());
    if (changed.isEmpty()) {
      return Optional.empty();
    }
    Set<Node> nodes = new LinkedHashSet<>();
    for (CanonicalGraph g : changed.get()) {
      for (Quad q : g.quads()) {
        nodes.add(q.getSubject());
        if (!q.getObject().isLiteral()) {
          nodes.add(q.getObject());
        }
      }
    }
    return Optional.of(new Focus(nodes, changed.get().size()));
  }

  /** Checks the whole graph of {@code canon}. */
  static void whole(CanonicalQuads canon, BuildListener listener) throws InvalidGraphException {
    listener.step("validating against SHACL shapes");
    ValidationResult v = new ShaclValidator().validate(canon.quads());
    if (!v.conforms()) {
      throw new InvalidGraphException(v);
    }
  }

  /** Checks the nodes of {@code focus} against the whole union of {@code canon}. */
  static void changed(CanonicalQuads canon, Focus focus, BuildListener listener)
      throws InvalidGraphException {
    listener.step(
        "validating against SHACL shapes: the "
            + focus.nodes().size()
            + " nodes of "
            + focus.graphs()
            + " changed graph(s)");
    ValidationResult v = new ShaclValidator().validate(canon.quads(), focus.nodes());
    if (!v.conforms()) {
      throw new InvalidGraphException(v);
    }
  }

  private static boolean sameShapes(StoreLayout layout) throws IOException {
    Path file = layout.shapesHash();
    return Files.isRegularFile(file)
        && Files.readString(file, StandardCharsets.US_ASCII)
            .trim()
            .equals(ShaclValidator.shapesSha256());
  }
}
