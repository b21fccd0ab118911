package org.radkg.network;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Writes Graphviz DOT with JGraphT's exporter, styled to render readably as it is: a force-directed
 * layout (neato), labels, node size by degree, fill colour by community, pen width by weight.
 */
public final class DotNetworkWriter {
  /** A qualitative palette (ColorBrewer Set3 and Pastel1), light enough for black labels. */
  static final String[] PALETTE = {
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5",
    "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f", "#fbb4ae", "#b3cde3", "#decbe4", "#fed9a6"
  };

  private DotNetworkWriter() {}

  public static void write(ProjectedNetwork net, OutputStream out) {
    // Ids are "n_" + [a-z0-9_] (Slugs.nodeId), which DOTExporter accepts; labels are escaped by it.
    DOTExporter<String, Link> exporter = new DOTExporter<>(id -> id);
    exporter.setGraphIdProvider(() -> "radkg");
    exporter.setGraphAttributeProvider(
        () -> {
          Map<String, Attribute> g = new LinkedHashMap<>();
          g.put("layout", DefaultAttribute.createAttribute("neato"));
          g.put("overlap", DefaultAttribute.createAttribute("false"));
          g.put("splines", DefaultAttribute.createAttribute("true"));
          g.put("outputorder", DefaultAttribute.createAttribute("edgesfirst"));
          g.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
          return g;
        });
    int maxDegree = net.nodes().values().stream().mapToInt(NetworkNode::degree).max().orElse(1);
    exporter.setVertexAttributeProvider(
        id -> {
          NetworkNode n = net.nodes().get(id);
          Map<String, Attribute> a = new LinkedHashMap<>();
          a.put("label", DefaultAttribute.createAttribute(wrap(dotText(shortLabel(n)))));
          a.put("tooltip", DefaultAttribute.createAttribute(dotText(n.label())));
          a.put(
              "shape",
              DefaultAttribute.createAttribute(n.organization().society() ? "box" : "ellipse"));
          a.put("style", DefaultAttribute.createAttribute("filled,rounded"));
          a.put(
              "fillcolor",
              DefaultAttribute.createAttribute(PALETTE[n.community() % PALETTE.length]));
          a.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
          a.put(
              "fontsize",
              DefaultAttribute.createAttribute(
                  String.format(Locale.ROOT, "%.1f", 9 + 9.0 * n.degree() / maxDegree)));
          a.put("margin", DefaultAttribute.createAttribute("0.05,0.03"));
          return a;
        });
    exporter.setEdgeAttributeProvider(
        l -> {
          Map<String, Attribute> a = new LinkedHashMap<>();
          a.put("weight", DefaultAttribute.createAttribute(l.weight()));
          a.put(
              "penwidth",
              DefaultAttribute.createAttribute(
                  String.format(Locale.ROOT, "%.1f", 0.6 + 0.8 * l.weight())));
          a.put(
              "color",
              DefaultAttribute.createAttribute(
                  l.kinds().contains("stated") ? "#555555" : "#9a9a9a"));
          a.put(
              "tooltip", DefaultAttribute.createAttribute(dotText(String.join("; ", l.shared()))));
          return a;
        });
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    exporter.exportGraph(net.graph(), w);
  }

  /**
   * Text for a quoted DOT string: DOTExporter escapes double quotes but not backslashes, so a name
   * ending in a backslash would swallow the closing quote; doubling them keeps them literal.
   */
  static String dotText(String s) {
    return s.replace("\\", "\\\\").replaceAll("[\\r\\n]+", " ");
  }

  /**
   * Breaks a long name over lines of about 22 characters with DOT's "\\n" escape, so nodes stay
   * compact.
   */
  static String wrap(String s) {
    if (s.length() <= 26) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (String word : s.split(" ")) {
      if (line > 0 && line + word.length() > 22) {
        out.append("\\n");
        line = 0;
      } else if (line > 0) {
        out.append(' ');
        line++;
      }
      out.append(word);
      line += word.length();
    }
    return out.toString();
  }

  /** The acronym where there is one (readable at a glance), else the label. */
  static String shortLabel(NetworkNode n) {
    String acronym = n.organization().acronym();
    return acronym != null && !acronym.isBlank() ? acronym : n.label();
  }
}
