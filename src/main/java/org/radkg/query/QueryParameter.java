package org.radkg.query;

import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * One parameter of a prebuilt query, as its header declares it ({@code name (TYPE) = default}): a
 * SPARQL variable that is bound to an RDF term of the declared type before the query runs.
 */
public record QueryParameter(String name, Type type, String defaultValue) {

  /** The kinds of RDF term a parameter value becomes. */
  public enum Type {
    IRI,
    STRING,
    INTEGER,
    YEAR;

    static Type parse(String text) {
      try {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown parameter type '" + text + "' (IRI, string, integer or year)");
      }
    }
  }

  /**
   * The RDF term for {@code value}; throws {@link IllegalArgumentException} with a message for
   * people when the value is not a valid term of the type (an IRI with spaces, a non-number).
   */
  public Node toNode(String value) {
    String v = value.strip();
    return switch (type) {
      case IRI -> {
        try {
          IRIx iri = IRIx.create(v);
          if (!iri.isAbsolute()) {
            throw new IllegalArgumentException(name + ": '" + v + "' is not an absolute IRI");
          }
          yield NodeFactory.createURI(iri.str());
        } catch (IRIException e) {
          throw new IllegalArgumentException(
              name + ": '" + v + "' is not a valid IRI (" + e.getMessage() + ")");
        }
      }
      case STRING -> NodeFactory.createLiteralString(value);
      case INTEGER -> {
        if (!v.matches("[+-]?\\d{1,18}")) {
          throw new IllegalArgumentException(name + ": '" + v + "' is not an integer");
        }
        yield NodeFactory.createLiteralDT(v, XSDDatatype.XSDinteger);
      }
      case YEAR -> {
        if (!v.matches("\\d{4}")) {
          throw new IllegalArgumentException(name + ": '" + v + "' is not a four-digit year");
        }
        yield NodeFactory.createLiteralDT(v, XSDDatatype.XSDgYear);
      }
    };
  }
}
