package org.radkg.network;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * The export formats, each with its writer, file extension, download suffix, media type and label:
 * the one place a format is chosen. Two of them (CSV and VOSviewer) are a folder of two files,
 * written to a folder on the command line and served as a zip of that folder; the rest are one
 * file.
 */
public enum NetworkFormat {
  GRAPHML("graphml", "application/graphml+xml", "GraphML", GraphMlNetworkWriter::write),
  GEXF("gexf", "application/gexf+xml", "GEXF (Gephi)", NetworkFormat::gexf),
  DOT("dot", "text/vnd.graphviz; charset=utf-8", "DOT (Graphviz)", DotNetworkWriter::write),
  SVG("svg", "image/svg+xml", "SVG", SvgNetworkRenderer::write),
  CSV("csv", "CSV (zip)", CsvNetworkWriter::write),
  JSON("json", "application/json", "Cytoscape JSON", CytoscapeJsonNetworkWriter::write),
  VOSVIEWER("vosviewer", "VOSviewer (zip)", VosviewerNetworkWriter::write),
  VOSVIEWER_ONLINE(
      "vosviewer.json",
      "application/json",
      "VOSviewer Online JSON",
      (net, out) -> VosviewerJsonNetworkWriter.write(net, out)),
  PAJEK("net", "text/plain; charset=utf-8", "Pajek", PajekNetworkWriter::write);

  /** Writes a one-file format. */
  @FunctionalInterface
  interface FileWriter {
    void write(ProjectedNetwork net, OutputStream out)
        throws IOException, SvgNetworkRenderer.GraphvizMissingException;
  }

  private final String extension;
  private final String suffix;
  private final String mediaType;
  private final String label;
  private final FileWriter fileWriter;
  private final FolderZip.FolderWriter folderWriter;

  NetworkFormat(String extension, String mediaType, String label, FileWriter writer) {
    this.extension = extension;
    this.suffix = extension;
    this.mediaType = mediaType;
    this.label = label;
    this.fileWriter = writer;
    this.folderWriter = null;
  }

  /** A folder format, downloaded as {@code NAME.zip}. */
  NetworkFormat(String name, String label, FolderZip.FolderWriter writer) {
    this.extension = null;
    this.suffix = name + ".zip";
    this.mediaType = "application/zip";
    this.label = label;
    this.fileWriter = null;
    this.folderWriter = writer;
  }

  /** True when {@code --out} names a folder (nodes.csv + edges.csv, or map.txt + network.txt). */
  public boolean isFolder() {
    return folderWriter != null;
  }

  /** The file extension of a one-file format; null for a folder format. */
  public String extension() {
    return extension;
  }

  /** The suffix of the download ({@code graphml}, {@code csv.zip}, ...). */
  public String suffix() {
    return suffix;
  }

  /** The media type of the download. */
  public String mediaType() {
    return mediaType;
  }

  /** The format's name for people (a download button). */
  public String label() {
    return label;
  }

  /**
   * Writes the network as one file, or as a zip of its files for a folder format; SVG throws when
   * Graphviz is missing.
   */
  public void write(ProjectedNetwork net, OutputStream out)
      throws IOException, SvgNetworkRenderer.GraphvizMissingException {
    if (isFolder()) {
      FolderZip.write(folderWriter, net, out);
    } else {
      fileWriter.write(net, out);
    }
  }

  /** Writes a folder format's files into {@code folder}. */
  public void writeFolder(ProjectedNetwork net, Path folder) throws IOException {
    if (!isFolder()) {
      throw new IllegalStateException(this + " is written to one file, not a folder");
    }
    folderWriter.write(net, folder);
  }

  public static NetworkFormat parse(String s) {
    try {
      return valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown format '"
              + s
              + "' (graphml, gexf, dot, svg, csv, json, vosviewer, vosviewer_online or pajek)");
    }
  }

  private static void gexf(ProjectedNetwork net, OutputStream out) throws IOException {
    try {
      GexfNetworkWriter.write(net, out);
    } catch (XMLStreamException e) {
      throw new IOException("writing GEXF failed", e);
    }
  }
}
