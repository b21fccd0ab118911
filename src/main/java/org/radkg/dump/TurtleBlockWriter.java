package org.radkg.dump;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.RDF;
import org.radkg.vocab.Rkg;

/**
 * Writes Turtle and TriG in independent pieces: the prefix header, then blocks of triples grouped
 * by subject ({@code s p o, o ; p o .}), optionally inside a TriG graph block. Pieces can be
 * written apart and concatenated in any order because blank nodes keep their (canonical,
 * document-wide) labels; Jena's stream writers renumber blank nodes per writer and print the header
 * themselves, which would make separately written pieces collide.
 */
final class TurtleBlockWriter {
  private static final PrefixMap PREFIXES = PrefixMapFactory.create();

  static {
    for (String[] p : Rkg.PREFIXES) {
      PREFIXES.add(p[0], p[1]);
    }
  }

  private TurtleBlockWriter() {}

  /** The {@code @prefix} lines of {@link Rkg#PREFIXES}. */
  static byte[] header() {
    StringBuilder sb = new StringBuilder();
    for (String[] p : Rkg.PREFIXES) {
      sb.append("@prefix ").append(p[0]).append(": <").append(p[1]).append("> .\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Turtle blocks of {@code triples}, which must be grouped by subject. */
  static byte[] triples(List<Triple> triples) {
    IndentedLineBuffer out = new IndentedLineBuffer();
    blocks(out, formatter(), triples, "");
    return out.asString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * One TriG graph block ({@code g { ... }}; bare triples for the default graph), triples grouped
   * by subject.
   */
  static byte[] graph(Node name, List<Triple> triples) {
    IndentedLineBuffer out = new IndentedLineBuffer();
    NodeFormatter f = formatter();
    if (org.apache.jena.sparql.core.Quad.isDefaultGraph(name)) {
      blocks(out, f, triples, "");
    } else {
      out.print('\n');
      f.format(out, name);
      out.print(" {");
      blocks(out, f, triples, "  ");
      out.print("}\n");
    }
    return out.asString().getBytes(StandardCharsets.UTF_8);
  }

  private static NodeFormatter formatter() {
    // Labels as given: the canonical labels are valid Turtle labels and unique across the document.
    return new NodeFormatterTTL(null, PREFIXES, NodeToLabel.createBNodeByLabelAsGiven());
  }

  private static void blocks(
      IndentedLineBuffer out, NodeFormatter f, List<Triple> triples, String indent) {
    Node subject = null;
    Node predicate = null;
    for (Triple t : triples) {
      if (!t.getSubject().equals(subject)) {
        if (subject != null) {
          out.print(" .\n");
        }
        subject = t.getSubject();
        predicate = null;
        out.print('\n');
        out.print(indent);
        f.format(out, subject);
      }
      if (!t.getPredicate().equals(predicate)) {
        if (predicate != null) {
          out.print(" ;\n");
          out.print(indent);
          out.print("   ");
        }
        predicate = t.getPredicate();
        out.print(' ');
        if (predicate.equals(RDF.type.asNode())) {
          out.print('a');
        } else {
          f.format(out, predicate);
        }
        out.print(' ');
      } else {
        out.print(" , ");
      }
      f.format(out, t.getObject());
    }
    if (subject != null) {
      out.print(" .\n");
    }
  }
}
