package org.radkg.dump;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes quads as expanded JSON-LD 1.1 one node object at a time, so the document never sits in
 * memory (Jena's JSON-LD 1.1 writer builds it whole through Titanium). The quads must be grouped by
 * graph (default graph first) and by subject within a graph; the output is then deterministic:
 *
 * <pre>
 * {"@graph": [ default-graph node objects..., {"@id": graph, "@graph": [node objects...]}, ...]}
 * </pre>
 *
 * Full IRIs are used as keys (no context), objects are {@code {"@id"}}, {@code {"@value"}}, {@code
 * {"@value","@type"}} or {@code {"@value","@language"}}, blank nodes are {@code "_:label"}.
 */
final class JsonLdStreamWriter {
  private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonLdStreamWriter() {}

  /** Opens the document; the graphs' pieces follow, then {@link #FOOTER}. */
  static final String HEADER = "{\n  \"@graph\": [";

  static final String FOOTER = "\n  ]\n}\n";

  /**
   * Writes {@code quads} (grouped as described above) to {@code out}; flushes but does not close
   * it.
   */
  static void write(OutputStream out, List<Quad> quads) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write(HEADER);
    int from = 0;
    for (int i = 1; i <= quads.size(); i++) {
      if (i == quads.size() || !graphOf(quads.get(i)).equals(graphOf(quads.get(from)))) {
        graph(w, graphOf(quads.get(from)), quads.subList(from, i), from == 0);
        from = i;
      }
    }
    w.write(FOOTER);
    w.flush();
  }

  /**
   * Writes one graph's piece of the top-level array: the default graph's node objects, or a named
   * graph object holding its node objects; {@code first} leaves out the comma that separates it
   * from the piece before. The quads must be grouped by subject.
   */
  static void graph(Writer w, Node graph, List<Quad> quads, boolean first) throws IOException {
    boolean named = !Quad.isDefaultGraph(graph);
    String indent = named ? "    " : "  ";
    boolean firstNode = true;
    if (named) {
      w.write(first ? "\n" : ",\n");
      w.write("  { \"@id\": ");
      string(w, id(graph));
      w.write(", \"@graph\": [");
    } else {
      firstNode = first;
    }
    Node subject = null;
    Node predicate = null;
    for (Quad q : quads) {
      if (!q.getSubject().equals(subject)) {
        if (subject != null) {
          w.write(" ] }");
        }
        subject = q.getSubject();
        predicate = null;
        w.write(firstNode ? "\n" : ",\n");
        firstNode = false;
        w.write(indent);
        w.write("{ \"@id\": ");
        string(w, id(subject));
      }
      if (!q.getPredicate().equals(predicate)) {
        if (predicate != null) {
          w.write(" ]");
        }
        predicate = q.getPredicate();
        w.write(",\n");
        w.write(indent);
        w.write("  ");
        string(w, predicate.getURI());
        w.write(": [ ");
      } else {
        w.write(", ");
      }
      object(w, q.getObject());
    }
    if (subject != null) {
      w.write(" ] }");
    }
    if (named) {
      w.write("\n  ] }");
    }
  }

  private static Node graphOf(Quad q) {
    return q.isDefaultGraph() ? Quad.defaultGraphIRI : q.getGraph();
  }

  private static String id(Node n) {
    return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
  }

  private static void object(Writer w, Node o) throws IOException {
    if (o.isURI() || o.isBlank()) {
      w.write("{ \"@id\": ");
      string(w, id(o));
      w.write(" }");
      return;
    }
    if (!o.isLiteral()) {
      throw new IllegalArgumentException("not an RDF term: " + o);
    }
    w.write("{ \"@value\": ");
    string(w, o.getLiteralLexicalForm());
    String lang = o.getLiteralLanguage();
    if (lang != null && !lang.isEmpty()) {
      w.write(", \"@language\": ");
      string(w, lang);
    } else if (!Objects.equals(o.getLiteralDatatypeURI(), XSD_STRING)) {
      w.write(", \"@type\": ");
      string(w, o.getLiteralDatatypeURI());
    }
    w.write(" }");
  }

  /**
   * A JSON string: quotes, backslash and control characters escaped; other characters as is
   * (UTF-8).
   */
  static void string(Writer w, String s) throws IOException {
    w.write('"');
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String esc =
          switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            default ->
                c < 0x20 || c == '\u2028' || c == '\u2029'
                    ? "\\u" + HEX[c >> 12 & 15] + HEX[c >> 8 & 15] + HEX[c >> 4 & 15] + HEX[c & 15]
                    : null;
          };
      if (esc != null) {
        w.write(s, start, i - start);
        w.write(esc);
        start = i + 1;
      }
    }
    w.write(s, start, s.length() - start);
    w.write('"');
  }
}
