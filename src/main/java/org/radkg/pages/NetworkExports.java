package org.radkg.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.radkg.network.NetworkFormat;
import org.radkg.network.ProjectedNetwork;
import org.radkg.network.SvgNetworkRenderer;

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

  static final List<Export> ALL =
      Arrays.stream(NetworkFormat.values())
          .map(f -> new Export(f, f.suffix(), f.mediaType(), f.label()))
          .toList();

  private NetworkExports() {}

  /** The export served at {@code /network.SUFFIX}. */
  static Optional<Export> bySuffix(String suffix) {
    return ALL.stream().filter(e -> e.suffix().equals(suffix)).findFirst();
  }

  /** The file's bytes; SVG throws when Graphviz is missing. */
  static byte[] write(NetworkFormat format, ProjectedNetwork net)
      throws IOException, SvgNetworkRenderer.GraphvizMissingException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(net, out);
    return out.toByteArray();
  }
}
