package org.radkg.network;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes VOSviewer's {@code map.txt} (tab-separated: id, label, url, cluster, weight and score
 * columns) and {@code network.txt} (id, id, strength); VOSviewer wants integer ids and clusters
 * from 1.
 */
public final class VosviewerNetworkWriter {
  private VosviewerNetworkWriter() {}

  public static void write(ProjectedNetwork net, Path folder) throws IOException {
    Files.createDirectories(folder);
    Map<String, Integer> number = new HashMap<>();
    try (Writer w = Files.newBufferedWriter(folder.resolve("map.txt"), StandardCharsets.UTF_8)) {
      w.write(
          "id\tlabel\turl\tcluster\tweight<Links>\tweight<Total link strength>\tweight<Articles>"
              + "\tscore<Betweenness>\n");
      for (NetworkNode n : net.nodes().values()) {
        int id = number.size() + 1;
        number.put(n.id(), id);
        w.write(
            String.format(
                Locale.ROOT,
                "%d\t%s\t%s\t%d\t%d\t%s\t%d\t%s%n",
                id,
                clean(n.label()),
                clean(n.organization().iri()),
                n.community() + 1,
                n.degree(),
                plain(n.weightedDegree()),
                n.organization().articles(),
                plain(n.betweenness())));
      }
    }
    try (Writer w =
        Files.newBufferedWriter(folder.resolve("network.txt"), StandardCharsets.UTF_8)) {
      for (Link l : net.links()) {
        w.write(number.get(l.source()) + "\t" + number.get(l.target()) + "\t" + l.weight() + "\n");
      }
    }
  }

  private static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ");
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.6f", d);
  }
}
