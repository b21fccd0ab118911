package org.radkg.dump;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/**
 * Jena terms and quads as RDF4J values and statements, so Rio's parses can be compared with Jena's
 * data.
 */
public final class RdfConversion {
  private static final ValueFactory VF = SimpleValueFactory.getInstance();

  private RdfConversion() {}

  /** All quads; the default graph becomes the null context. */
  public static List<Statement> statements(DatasetGraph dsg) {
    List<Statement> out = new ArrayList<>();
    Txn.executeRead(
        dsg,
        () ->
            dsg.find()
                .forEachRemaining(
                    q ->
                        out.add(
                            VF.createStatement(
                                (Resource) value(q.getSubject()),
                                VF.createIRI(q.getPredicate().getURI()),
                                value(q.getObject()),
                                q.isDefaultGraph() ? null : (Resource) value(q.getGraph())))));
    return out;
  }

  /** The triples of one graph, in the null context. */
  public static List<Statement> statements(Graph g) {
    List<Statement> out = new ArrayList<>();
    g.find()
        .forEachRemaining(
            t ->
                out.add(
                    VF.createStatement(
                        (Resource) value(t.getSubject()),
                        VF.createIRI(t.getPredicate().getURI()),
                        value(t.getObject()))));
    return out;
  }

  public static Value value(Node n) {
    if (n.isURI()) {
      return VF.createIRI(n.getURI());
    }
    if (n.isBlank()) {
      return VF.createBNode(n.getBlankNodeLabel());
    }
    if (!n.getLiteralLanguage().isEmpty()) {
      return VF.createLiteral(n.getLiteralLexicalForm(), n.getLiteralLanguage());
    }
    return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
  }
}
