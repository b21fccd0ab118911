package org.radkg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.system.Txn;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.vocab.Ontology;
import org.radkg.vocab.Rkg;

/**
 * Validates the union of a dataset's graphs against {@code ontology/shapes.ttl} (read from the
 * classpath as {@value #SHAPES_RESOURCE}), the contract every built graph must pass.
 */
public final class ShaclValidator {
  public static final String SHAPES_RESOURCE = "/radkg/ontology/shapes.ttl";

  private final Shapes shapes;

  public ShaclValidator() {
    this.shapes = Shapes.parse(loadShapes());
  }

  /** Checks the union graph (what the endpoint serves); entries are in a stable order. */
  public ValidationResult validate(DatasetGraph dataset) {
    return validate(unionCopy(dataset));
  }

  /**
   * As {@link #validate(DatasetGraph)} for the dataset these quads make (a build's canonical quads:
   * no dataset of them is made, only the union graph the shapes check).
   */
  public ValidationResult validate(Collection<Quad> quads) {
    return validate(unionCopy(quads));
  }

  /**
   * As {@link #validate(DatasetGraph, Collection)} for the dataset these quads make: only what the
   * shapes read around {@code focus} is copied (see {@link FocusNeighbourhood}).
   */
  public ValidationResult validate(Collection<Quad> quads, Collection<Node> focus) {
    Graph data = GraphFactory.createDefaultGraph();
    boolean ontology = FocusNeighbourhood.copy(quads, focus, shapes.getGraph(), data);
    return validate(withOntology(data, ontology), focus);
  }

  private static Graph unionCopy(Collection<Quad> quads) {
    Graph union = GraphFactory.createDefaultGraph();
    boolean ontology = false;
    for (Quad q : quads) {
      union.add(q.asTriple());
      ontology |= Ontology.GRAPH.equals(q.getGraph());
    }
    return withOntology(union, ontology);
  }

  /**
   * The shapes accept a materialized triple by the ontology's axioms (rdfs:subPropertyOf ...): a
   * dataset built without the ontology's graph is checked with the jar's.
   */
  private static Graph withOntology(Graph union, boolean hasOntology) {
    if (!hasOntology) {
      Ontology.graph().find().forEachRemaining(union::add);
    }
    return union;
  }

  private static Graph unionCopy(DatasetGraph dataset) {
    return copy(dataset, union -> dataset.find().forEachRemaining(q -> union.add(q.asTriple())));
  }

  /**
   * A plain in-memory graph that {@code fill} copies triples of {@code dataset} into, with the
   * ontology's: the union view of a transactional store must not outlive its transaction, and
   * SHACL-SPARQL constraints query the graph many times.
   */
  private static Graph copy(DatasetGraph dataset, Consumer<Graph> fill) {
    Graph union = GraphFactory.createDefaultGraph();
    boolean[] ontology = {false};
    Runnable copy =
        () -> {
          fill.accept(union);
          ontology[0] = dataset.containsGraph(Ontology.GRAPH);
          if (ontology[0]) {
            dataset.getGraph(Ontology.GRAPH).find().forEachRemaining(union::add);
          }
        };
    if (dataset.supportsTransactions() && !dataset.isInTransaction()) {
      Txn.executeRead(dataset, copy);
    } else {
      copy.run();
    }
    return withOntology(union, ontology[0]);
  }

  /**
   * Checks only {@code focus} nodes (those of the graphs a build changed), each against every shape
   * that targets it, with what the shapes read of the whole union as data (see {@link
   * FocusNeighbourhood}), so constraints that span graphs (one label per entity, the class of a
   * relation's object, a statement supporting a relation) see every graph.
   */
  public ValidationResult validate(DatasetGraph dataset, Collection<Node> focus) {
    return validate(
        copy(
            dataset,
            data -> FocusNeighbourhood.copy(dataset::find, focus, shapes.getGraph(), data)),
        focus);
  }

  /** Checks only {@code focus} nodes of {@code data}, each against every shape that targets it. */
  ValidationResult validate(Graph data, Collection<Node> focus) {
    List<ReportEntry> entries = new ArrayList<>();
    org.apache.jena.shacl.ShaclValidator v = org.apache.jena.shacl.ShaclValidator.get();
    for (Node n : focus) {
      entries.addAll(v.validate(shapes, data, n).getEntries());
    }
    return result(entries, data);
  }

  /**
   * The SHA-256 (hex) of the shapes file: a graph validated under other shapes must be validated
   * again.
   */
  public static String shapesSha256() {
    MessageDigest d = CanonicalQuads.newSha256();
    try (InputStream in = ShaclValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SHAPES_RESOURCE + " is not on the classpath");
      }
      d.update(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(d.digest());
  }

  /** Checks one graph. */
  public ValidationResult validate(Graph data) {
    ValidationReport report = org.apache.jena.shacl.ShaclValidator.get().validate(shapes, data);
    return result(report.getEntries(), data);
  }

  private static ValidationResult result(Collection<ReportEntry> entries, Graph data) {
    List<String> lines = new ArrayList<>();
    int violations = 0;
    for (ReportEntry e : entries) {
      lines.add(describe(e, data));
      if (e.severity().level().equals(SHACL.Violation)) {
        violations++;
      }
    }
    lines.sort(CanonicalQuads.CODE_POINT_ORDER);
    // Warnings are reported but do not fail the graph; only violations do.
    return new ValidationResult(violations == 0, violations, String.join("\n", lines));
  }

  private static String describe(ReportEntry e, Graph data) {
    StringBuilder sb = new StringBuilder();
    sb.append(e.severity().level().getLocalName()).append(": ").append(focus(e.focusNode(), data));
    Path path = e.resultPath();
    if (path != null) {
      sb.append(" ").append(path.toString(new Prologue(prefixes())));
    }
    if (e.value() != null) {
      sb.append(" value ").append(str(e.value()));
    }
    sb.append(": ").append(e.message());
    return sb.toString();
  }

  /** Blank focus nodes are reification statements: name them by the triple they support. */
  private static String focus(Node n, Graph data) {
    if (!n.isBlank()) {
      return str(n);
    }
    return "[statement "
        + part(n, Rkg.subject, data)
        + " "
        + part(n, Rkg.predicate, data)
        + " "
        + part(n, Rkg.object, data)
        + "]";
  }

  private static String part(Node st, Node property, Graph data) {
    List<Node> values = data.find(st, property, Node.ANY).mapWith(t -> t.getObject()).toList();
    return values.size() == 1 ? str(values.get(0)) : "?";
  }

  private static String str(Node n) {
    return n.isBlank() ? "[blank node]" : NodeFmtLib.str(n, prefixMap());
  }

  private static PrefixMap prefixMap() {
    PrefixMap pm = PrefixMapFactory.create();
    for (String[] p : Rkg.PREFIXES) {
      pm.add(p[0], p[1]);
    }
    return pm;
  }

  private static PrefixMapping prefixes() {
    PrefixMapping pm = PrefixMapping.Factory.create();
    for (String[] p : Rkg.PREFIXES) {
      pm.setNsPrefix(p[0], p[1]);
    }
    return pm;
  }

  private static Graph loadShapes() {
    try (InputStream in = ShaclValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            SHAPES_RESOURCE + " is not on the classpath (the build copies ontology/ there)");
      }
      return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
