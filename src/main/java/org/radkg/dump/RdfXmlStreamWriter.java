package org.radkg.dump;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.radkg.vocab.Rkg;

/**
 * Writes triples as plain RDF/XML (one {@code rdf:Description} per subject, no abbreviation) one
 * subject at a time, so no in-memory graph is needed. The triples must be grouped by subject; the
 * output is then deterministic. Predicates in the {@link Rkg#PREFIXES} namespaces use those
 * prefixes; any other predicate declares its namespace on its own element.
 */
final class RdfXmlStreamWriter {
  private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
  private static final String RDF_LANG_STRING = RDF.dtLangString.getURI();

  private RdfXmlStreamWriter() {}

  private static final Map<String, String> PREFIX_OF = new LinkedHashMap<>();

  static {
    for (String[] p : Rkg.PREFIXES) {
      PREFIX_OF.putIfAbsent(p[1], p[0]);
    }
    if (!"rdf".equals(PREFIX_OF.get(RDF.getURI()))) {
      throw new IllegalStateException("the rdf prefix must be declared");
    }
  }

  /** Closes the document opened by {@link #header(Writer)}. */
  static final String FOOTER = "</rdf:RDF>\n";

  /** Writes {@code triples} (grouped by subject) to {@code out}; flushes but does not close it. */
  static void write(OutputStream out, List<Triple> triples) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    header(w);
    descriptions(w, triples);
    w.write(FOOTER);
    w.flush();
  }

  /** The XML declaration and the {@code rdf:RDF} start tag with the namespace declarations. */
  static void header(Writer w) throws IOException {
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF");
    for (Map.Entry<String, String> e : PREFIX_OF.entrySet()) {
      w.write("\n    xmlns:" + e.getValue() + "=\"");
      escape(w, e.getKey(), true);
      w.write('"');
    }
    w.write(">\n");
  }

  /**
   * One {@code rdf:Description} per subject of {@code triples} (grouped by subject); pieces written
   * apart can be concatenated between header and footer as long as no subject spans two of them.
   */
  static void descriptions(Writer w, List<Triple> triples) throws IOException {
    Node subject = null;
    for (Triple t : triples) {
      if (!t.getSubject().equals(subject)) {
        if (subject != null) {
          w.write("  </rdf:Description>\n");
        }
        subject = t.getSubject();
        w.write("  <rdf:Description ");
        node(w, subject, "rdf:about");
        w.write(">\n");
      }
      String iri = t.getPredicate().getURI();
      int split = split(iri);
      if (split < 0) {
        throw new IllegalArgumentException(
            "predicate cannot be written as an RDF/XML element name: " + iri);
      }
      String ns = iri.substring(0, split);
      String local = iri.substring(split);
      String prefix = PREFIX_OF.get(ns);
      String element = prefix != null ? prefix + ":" + local : "ns0:" + local;
      w.write("    <" + element);
      if (prefix == null) {
        w.write(" xmlns:ns0=\"");
        escape(w, ns, true);
        w.write('"');
      }
      Node o = t.getObject();
      if (o.isURI() || o.isBlank()) {
        w.write(' ');
        node(w, o, "rdf:resource");
        w.write("/>\n");
        continue;
      }
      String lang = o.getLiteralLanguage();
      String dt = o.getLiteralDatatypeURI();
      if (lang != null && !lang.isEmpty()) {
        w.write(" xml:lang=\"");
        escape(w, lang, true);
        w.write('"');
      } else if (!Objects.equals(dt, XSD_STRING) && !Objects.equals(dt, RDF_LANG_STRING)) {
        w.write(" rdf:datatype=\"");
        escape(w, dt, true);
        w.write('"');
      }
      w.write('>');
      escape(w, o.getLiteralLexicalForm(), false);
      w.write("</" + element + ">\n");
    }
    if (subject != null) {
      w.write("  </rdf:Description>\n");
    }
  }

  private static void node(Writer w, Node n, String iriAttribute) throws IOException {
    if (n.isBlank()) {
      // Canonical labels are letters and digits; the "b" makes any label start as an NCName must.
      w.write("rdf:nodeID=\"b");
      escape(w, n.getBlankNodeLabel(), true);
    } else {
      w.write(iriAttribute + "=\"");
      escape(w, n.getURI(), true);
    }
    w.write('"');
  }

  /**
   * Start of the longest NCName suffix of {@code iri} that starts with a name start character, or
   * -1.
   */
  static int split(String iri) {
    int start = -1;
    for (int i = iri.length() - 1; i > 0; i--) {
      char c = iri.charAt(i);
      if (!nameChar(c)) {
        break;
      }
      if (nameStart(c)) {
        start = i;
      }
    }
    return start;
  }

  private static boolean nameStart(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
  }

  private static boolean nameChar(char c) {
    return nameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.';
  }

  /**
   * XML escaping; {@code \r}, tabs and newlines in attributes as character references so they
   * survive.
   */
  private static void escape(Writer w, String s, boolean attribute) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> w.write("&amp;");
        case '<' -> w.write("&lt;");
        case '>' -> w.write("&gt;");
        case '"' -> w.write(attribute ? "&quot;" : "\"");
        case '\r' -> w.write("&#xD;");
        case '\n' -> w.write(attribute ? "&#xA;" : "\n");
        case '\t' -> w.write(attribute ? "&#x9;" : "\t");
        default -> {
          if (c < 0x20) {
            throw new IllegalArgumentException(
                "character U+" + Integer.toHexString(c) + " cannot be written in XML 1.0");
          }
          w.write(c);
        }
      }
    }
  }
}
