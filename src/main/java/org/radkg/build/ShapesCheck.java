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
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.radkg.canonical.CanonicalGraph;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.store.GenerationPreparation;
import org.radkg.store.MaterializedUnion;
import org.radkg.store.StoreBuilder;
import org.radkg.store.StoreLayout;
import org.radkg.store.UnionChange;
import org.radkg.validate.ShaclValidator;
import org.radkg.validate.ValidationResult;

/**
 * A build's SHACL check: of the whole in-memory graph, or, when few graphs differ from the served
 * store's and it passed the same shapes, of every node of those graphs against the new store
 * generation's union, after it is written and before it is switched in (a violation discards it),
 * so that the few nodes are checked without copying every graph into memory.
 */
final class ShapesCheck {
  /** The nodes to check, and how many changed graphs they come from. */
  record Focus(Set<Node> nodes, int graphs) {}

  /** Thrown from inside the store's build, which then discards the generation it wrote. */
  static final class Violated extends RuntimeException {
    private final transient ValidationResult result;

    Violated(ValidationResult result) {
      super("the changed graphs violate the shapes", null, false, false);
      this.result = result;
    }

    InvalidGraphException asInvalidGraph() {
      return new InvalidGraphException(result);
    }
  }

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

  /** Checks the whole graph {@code dsg}. */
  static void whole(DatasetGraph dsg, BuildListener listener) throws InvalidGraphException {
    listener.step("validating against SHACL shapes");
    ValidationResult v = new ShaclValidator().validate(dsg);
    if (!v.conforms()) {
      throw new InvalidGraphException(v);
    }
  }

  /**
   * {@code then}, preceded by the check of {@code focus} on the new generation: a violation throws
   * {@link Violated} before anything is prepared or switched in.
   */
  static GenerationPreparation before(
      GenerationPreparation then, Focus focus, BuildListener listener) {
    return new GenerationPreparation() {
      @Override
      public void prepare(Dataset dataset, Path folder, Path previous) throws IOException {
        prepare(dataset, folder, previous, null);
      }

      @Override
      public void prepare(Dataset dataset, Path folder, Path previous, UnionChange change)
          throws IOException {
        listener.step(
            "validating against SHACL shapes: the "
                + focus.nodes().size()
                + " nodes of "
                + focus.graphs()
                + " changed graph(s)");
        ValidationResult v =
            Txn.calculateRead(
                dataset,
                () ->
                    new ShaclValidator()
                        .validate(
                            MaterializedUnion.unionOf(dataset.asDatasetGraph()), focus.nodes()));
        if (!v.conforms()) {
          throw new Violated(v);
        }
        if (then != GenerationPreparation.NONE) {
          then.prepare(dataset, folder, previous, change);
        }
      }
    };
  }

  private static boolean sameShapes(StoreLayout layout) throws IOException {
    Path file = layout.shapesHash();
    return Files.isRegularFile(file)
        && Files.readString(file, StandardCharsets.US_ASCII)
            .trim()
            .equals(ShaclValidator.shapesSha256());
  }
}
