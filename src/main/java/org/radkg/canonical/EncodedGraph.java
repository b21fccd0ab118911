package org.radkg.canonical;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * A named {@link CanonicalGraph} as bytes, to keep between builds: its key, hash and number of
 * quads, and its quads in RDF Thrift (lexical forms and blank node labels as they were), the form a
 * {@link SpillFile} holds, so a build can take it into its spill file without decoding it.
 *
 * @param key the graph's N-Quads term; an IRI ({@code <...>}): only named graphs are encoded
 * @param sha256 the graph's {@link CanonicalGraph#sha256()}
 * @param size its number of quads
 * @param thrift its quads in line order, in RDF Thrift
 * @param nquads its {@link CanonicalGraph#nquads()}
 */
public record EncodedGraph(String key, String sha256, int size, byte[] thrift, byte[] nquads) {
  private static final String FORMAT = "radkg encoded graph 2";

  /** {@code g} encoded; a spilled graph's bytes are read back, not encoded again. */
  public static EncodedGraph of(CanonicalGraph g) {
    if (!g.key().startsWith("<")) {
      throw new IllegalArgumentException("only graphs named by an IRI are encoded: " + g.key());
    }
    byte[] bytes = g.quads() instanceof SpilledQuads s ? s.bytes() : ThriftQuads.encode(g.quads());
    return new EncodedGraph(g.key(), g.sha256(), g.quads().size(), bytes, g.nquads());
  }

  /** The graph's name. */
  public Node name() {
    return NodeFactory.createURI(key.substring(1, key.length() - 1));
  }

  /** The graph with its quads decoded onto the heap. */
  public CanonicalGraph decode() {
    return new CanonicalGraph(name(), key, ThriftQuads.decode(thrift, size), sha256);
  }

  /** The graph with its quads in {@code file} (appended there as they are, not decoded). */
  CanonicalGraph spill(SpillFile file) {
    return new CanonicalGraph(name(), key, SpilledQuads.append(file, thrift, nquads, size), sha256);
  }

  /** Writes this graph to {@code out}, in the form {@link #read} reads. */
  public void write(DataOutputStream out) throws IOException {
    out.writeUTF(FORMAT);
    out.writeUTF(key);
    out.writeUTF(sha256);
    out.writeInt(size);
    out.writeInt(thrift.length);
    out.write(thrift);
    out.writeInt(nquads.length);
    out.write(nquads);
  }

  /** Reads what {@link #write} wrote; throws {@link IOException} on anything else. */
  public static EncodedGraph read(DataInputStream in) throws IOException {
    if (!FORMAT.equals(in.readUTF())) {
      throw new IOException("not an encoded graph of this version");
    }
    String key = in.readUTF();
    String sha256 = in.readUTF();
    int size = in.readInt();
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    byte[] lines = new byte[in.readInt()];
    in.readFully(lines);
    return new EncodedGraph(key, sha256, size, bytes, lines);
  }
}
