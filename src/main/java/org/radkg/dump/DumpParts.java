package org.radkg.dump;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.radkg.canonical.CanonicalGraph;
import org.radkg.canonical.CanonicalQuads;

/**
 * The layout of each dump format as a list of parts whose bytes, one after the other, are the whole
 * file: the dumps gzip them piece by piece, and the RIOT writers of {@link RadkgFormats} write them
 * as they are, so a dump and {@code extract --format} are the same bytes.
 */
final class DumpParts {
  /**
   * Part of every fragment key: bump it when a fragment's layout changes, so old pieces are not
   * reused.
   */
  private static final int FRAGMENT_VERSION = 1;

  private DumpParts() {}

  /**
   * The pieces of one dump file: a header and footer written each time, one fragment per graph (for
   * Turtle and RDF/XML: per graph's own triples, after a shared block written each time), each
   * fragment keyed by what its bytes depend on.
   */
  static List<DumpAssembler.Part> of(DumpFormat format, UnionSplit split) {
    List<CanonicalGraph> graphs = split.graphs();
    List<DumpAssembler.Part> parts = new ArrayList<>(graphs.size() + 3);
    String version = format.name() + ' ' + FRAGMENT_VERSION + ' ';
    switch (format) {
      case NQUADS -> {
        for (CanonicalGraph g : graphs) {
          parts.add(DumpAssembler.Part.cached(key(version, g.sha256()), g::nquads));
        }
      }
      case TRIG -> {
        parts.add(DumpAssembler.Part.fresh(TurtleBlockWriter::header));
        for (CanonicalGraph g : graphs) {
          parts.add(
              DumpAssembler.Part.cached(
                  key(version, g.sha256()), () -> TurtleBlockWriter.graph(g.name(), triples(g))));
        }
      }
      case JSONLD -> {
        parts.add(DumpAssembler.Part.fresh(() -> utf8(JsonLdStreamWriter.HEADER)));
        for (int i = 0; i < graphs.size(); i++) {
          CanonicalGraph g = graphs.get(i);
          boolean first = i == 0; // the first piece has no leading comma: its bytes depend on it
          parts.add(
              DumpAssembler.Part.cached(
                  key(version + first + ' ', g.sha256()),
                  () -> text(w -> JsonLdStreamWriter.graph(w, g.name(), g.quads(), first))));
        }
        parts.add(DumpAssembler.Part.fresh(() -> utf8(JsonLdStreamWriter.FOOTER)));
      }
      case TURTLE -> {
        parts.add(
            DumpAssembler.Part.fresh(
                () ->
                    concat(TurtleBlockWriter.header(), TurtleBlockWriter.triples(split.shared()))));
        for (int i = 0; i < graphs.size(); i++) {
          int graph = i;
          if (split.hasOwn(i)) {
            parts.add(
                DumpAssembler.Part.cached(
                    key(version, split.key(i)), () -> TurtleBlockWriter.triples(split.own(graph))));
          }
        }
      }
      case RDFXML -> {
        parts.add(
            DumpAssembler.Part.fresh(
                () ->
                    text(
                        w -> {
                          RdfXmlStreamWriter.header(w);
                          RdfXmlStreamWriter.descriptions(w, split.shared());
                        })));
        for (int i = 0; i < graphs.size(); i++) {
          int graph = i;
          if (split.hasOwn(i)) {
            parts.add(
                DumpAssembler.Part.cached(
                    key(version, split.key(i)),
                    () -> text(w -> RdfXmlStreamWriter.descriptions(w, split.own(graph)))));
          }
        }
        parts.add(DumpAssembler.Part.fresh(() -> utf8(RdfXmlStreamWriter.FOOTER)));
      }
      default -> throw new IllegalStateException("no layout for " + format);
    }
    return parts;
  }

  private static String key(String version, String sha256) {
    MessageDigest d = CanonicalQuads.newSha256();
    d.update(utf8(version));
    d.update(utf8(sha256));
    return HexFormat.of().formatHex(d.digest());
  }

  private static List<Triple> triples(CanonicalGraph g) {
    List<Triple> out = new ArrayList<>(g.quads().size());
    g.quads().forEach(q -> out.add(q.asTriple()));
    return out;
  }

  private interface TextWriter {
    void write(Writer w) throws IOException;
  }

  private static byte[] text(TextWriter body) {
    StringWriter w = new StringWriter();
    try {
      body.write(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return utf8(w.toString());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
