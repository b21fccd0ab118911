package org.radkg.network;

import java.util.Locale;

/** The export formats; two of them (CSV and VOSviewer) are a folder of two files, the rest one file. */
public enum NetworkFormat {
  GRAPHML("graphml"), GEXF("gexf"), DOT("dot"), SVG("svg"), CSV(null), JSON("json"), VOSVIEWER(null), PAJEK("net");

  private final String extension;

  NetworkFormat(String extension) {
    this.extension = extension;
  }

  /** True when {@code --out} names a folder (nodes.csv + edges.csv, or map.txt + network.txt). */
  public boolean isFolder() {
    return extension == null;
  }

  public String extension() {
    return extension;
  }

  public static NetworkFormat parse(String s) {
    try {
      return valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown format '" + s
          + "' (graphml, gexf, dot, svg, csv, json, vosviewer or pajek)");
    }
  }
}
