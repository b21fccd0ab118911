package org.radkg.network;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a Pajek {@code .net} file: numbered vertices with quoted labels, then weighted undirected
 * edges.
 */
public final class PajekNetworkWriter {
  private PajekNetworkWriter() {}

  public static void write(ProjectedNetwork net, OutputStream out) {
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    Map<String, Integer> number = new HashMap<>();
    w.print("*Vertices " + net.nodes().size() + "\r\n");
    for (NetworkNode n : net.nodes().values()) {
      number.put(n.id(), number.size() + 1);
      // Pajek labels cannot hold a double quote; a single quote keeps the name readable.
      w.print(
          number.get(n.id())
              + " \""
              + n.label().replace('"', '\'').replaceAll("[\\r\\n]+", " ")
              + "\"\r\n");
    }
    w.print("*Edges\r\n");
    for (Link l : net.links()) {
      w.print(number.get(l.source()) + " " + number.get(l.target()) + " " + l.weight() + "\r\n");
    }
    w.flush();
  }
}
