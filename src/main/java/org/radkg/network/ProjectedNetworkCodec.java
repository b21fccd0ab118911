package org.radkg.network;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.Graph;

/**
 * A {@link ProjectedNetwork} with its measures as bytes and back, equal to what was written: the
 * measures (betweenness above all) take seconds on a large network, so a build prepares the
 * projection the network page opens with and the server loads it.
 */
public final class ProjectedNetworkCodec {
  private static final int VERSION = 1;

  private ProjectedNetworkCodec() {}

  /** Writes {@code p}; its organizations are written by IRI, to be found again in the material. */
  public static void write(ProjectedNetwork p, DataOutputStream out) throws IOException {
    CodecStrings.Writer s = new CodecStrings.Writer(out);
    out.writeInt(VERSION);
    out.writeInt(p.communities());
    out.writeInt(p.links().size());
    for (Link l : p.links()) {
      s.write(l.id());
      s.write(l.source());
      s.write(l.target());
      out.writeInt(l.weight());
      s.writeAll(l.shared());
      s.years(l.years());
      s.writeAll(l.kinds());
      s.writeAll(l.articles());
    }
    out.writeInt(p.nodes().size());
    for (NetworkNode n : p.nodes().values()) {
      s.write(n.id());
      s.write(n.organization() == null ? null : n.organization().iri());
      s.years(n.years());
      out.writeBoolean(n.undatedLinks());
      out.writeInt(n.degree());
      out.writeDouble(n.weightedDegree());
      out.writeDouble(n.betweenness());
      out.writeDouble(n.pageRank());
      out.writeInt(n.community());
    }
  }

  /**
   * Reads what {@link #write} wrote, the organizations taken from {@code net} (the material it was
   * projected from); the graph is built again as the projector builds it, link by link.
   */
  public static ProjectedNetwork read(DataInputStream in, CollaborationNetwork net)
      throws IOException {
    CodecStrings.Reader s = new CodecStrings.Reader(in);
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException("projected network of version " + version + ", not " + VERSION);
    }
    int communities = in.readInt();
    Graph<String, Link> graph = NetworkProjector.linkGraph();
    List<Link> links = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      Link l =
          new Link(
              s.read(),
              s.read(),
              s.read(),
              in.readInt(),
              s.readAll(),
              s.years(),
              s.readAll(),
              s.readAll());
      links.add(l);
      NetworkProjector.addLink(graph, l);
    }
    Map<String, NetworkNode> nodes = new TreeMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      String id = s.read();
      String org = s.read();
      nodes.put(
          id,
          new NetworkNode(
              id,
              org == null ? null : net.organizations().get(org),
              s.years(),
              in.readBoolean(),
              in.readInt(),
              in.readDouble(),
              in.readDouble(),
              in.readDouble(),
              in.readInt()));
    }
    return new ProjectedNetwork(graph, nodes, links, communities);
  }
}
