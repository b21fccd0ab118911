package org.radkg.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.radkg.network.CsvNetworkWriter;
import org.radkg.network.CytoscapeJsonNetworkWriter;
import org.radkg.network.DotNetworkWriter;
import org.radkg.network.GexfNetworkWriter;
import org.radkg.network.GraphMlNetworkWriter;
import org.radkg.network.NetworkFormat;
import org.radkg.network.PajekNetworkWriter;
import org.radkg.network.ProjectedNetwork;
import org.radkg.network.SvgNetworkRenderer;
import org.radkg.network.VosviewerNetworkWriter;

/**
 * The explorer's downloads: every {@link NetworkFormat} at {@code /network.SUFFIX}, written by the
 * command line's own writers; the folder formats (CSV, VOSviewer) come as a zip of their files.
 */
final class NetworkExports {
  /** A format as served: its URL suffix, media type and the name of the button. */
  record Export(NetworkFormat format, String suffix, String mediaType, String title) {
    String fileName() {
      return "radkg-network." + suffix;
    }
  }

  static final List<Export> ALL = List.of(
      new Export(NetworkFormat.GRAPHML, "graphml", "application/graphml+xml", "GraphML"),
      new Export(NetworkFormat.GEXF, "gexf", "application/gexf+xml", "GEXF (Gephi)"),
      new Export(NetworkFormat.DOT, "dot", "text/vnd.graphviz; charset=utf-8", "DOT (Graphviz)"),
      new Export(NetworkFormat.SVG, "svg", "image/svg+xml", "SVG"),
      new Export(NetworkFormat.CSV, "csv.zip", "application/zip", "CSV (zip)"),
      new Export(NetworkFormat.JSON, "json", "application/json", "Cytoscape JSON"),
      new Export(NetworkFormat.VOSVIEWER, "vosviewer.zip", "application/zip", "VOSviewer (zip)"),
      new Export(NetworkFormat.PAJEK, "net", "text/plain; charset=utf-8", "Pajek"));

  private NetworkExports() {}

  /** The export served at {@code /network.SUFFIX}. */
  static Optional<Export> bySuffix(String suffix) {
    return ALL.stream().filter(e -> e.suffix().equals(suffix)).findFirst();
  }

  /** The file's bytes; SVG throws when Graphviz is missing. */
  static byte[] write(NetworkFormat format, ProjectedNetwork net)
      throws IOException, SvgNetworkRenderer.GraphvizMissingException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (format) {
      case GRAPHML -> GraphMlNetworkWriter.write(net, out);
      case GEXF -> gexf(net, out);
      case DOT -> DotNetworkWriter.write(net, out);
      case SVG -> SvgNetworkRenderer.write(net, out);
      case JSON -> CytoscapeJsonNetworkWriter.write(net, out);
      case PAJEK -> PajekNetworkWriter.write(net, out);
      case CSV, VOSVIEWER -> zipFolder(format, net, out);
      default -> throw new IllegalStateException(format.toString());
    }
    return out.toByteArray();
  }

  private static void gexf(ProjectedNetwork net, ByteArrayOutputStream out) throws IOException {
    try {
      GexfNetworkWriter.write(net, out);
    } catch (javax.xml.stream.XMLStreamException e) {
      throw new IOException("writing GEXF failed", e);
    }
  }

  /** The folder writers write files; a temporary folder holds them while they are zipped. */
  private static void zipFolder(NetworkFormat format, ProjectedNetwork net, ByteArrayOutputStream out) throws IOException {
    Path dir = Files.createTempDirectory("radkg-network-");
    try {
      if (format == NetworkFormat.CSV) {
        CsvNetworkWriter.write(net, dir);
      } else {
        VosviewerNetworkWriter.write(net, dir);
      }
      try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
          Files.copy(f, zip);
          zip.closeEntry();
        }
      }
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
