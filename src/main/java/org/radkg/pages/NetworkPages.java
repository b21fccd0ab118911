package org.radkg.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.radkg.network.NetworkFormat;
import org.radkg.network.NetworkNode;
import org.radkg.network.ProjectedNetwork;
import org.radkg.network.SvgNetworkRenderer;

/**
 * The network explorer: {@code /network} (filter form, drawing, node table, download bar) and
 * {@code /network.SUFFIX} (the drawing's Cytoscape JSON, each export as an attachment), all under
 * the same filters; a bad filter value is a 400 naming the parameter, SVG without Graphviz a 503.
 */
final class NetworkPages {
  private final NetworkSource source;
  private final LinkMapper links;

  NetworkPages(PageSettings settings, LinkMapper links) {
    this.source = new NetworkSource(served -> PreparedPages.network(served, settings.timeout()));
    this.links = links;
  }

  /** {@code /network}. */
  /** Reads {@code served}'s network now, so its first request needs no store read. */
  void warm(ServedDataset served) {
    source.material(served).projected(NetworkQuery.DEFAULT_FILTER);
  }

  void page(ServedDataset served, HttpServletRequest req, HttpServletResponse resp, boolean head)
      throws IOException {
    NetworkQuery q;
    try {
      q = NetworkQuery.parse(req);
    } catch (NetworkQuery.BadParameter e) {
      badRequest(resp, e.getMessage(), head);
      return;
    }
    NetworkSource.Material m = source.material(served);
    ProjectedNetwork net = m.projected(q.filter());
    HtmlPage page = new HtmlPage("Collaboration network", links);
    page.script("vendor/cytoscape.min.js");
    page.script("graph-common.js");
    page.script("network.js");
    new NetworkPageBody(links, q, m, net).write(page.main());
    HttpIo.sendHtml(resp, 200, page, head);
  }

  /** {@code /network.SUFFIX}: 404 for an unknown suffix. */
  void export(
      ServedDataset served,
      HttpServletRequest req,
      HttpServletResponse resp,
      String suffix,
      boolean head)
      throws IOException {
    Optional<NetworkExports.Export> export = NetworkExports.bySuffix(suffix);
    if (export.isEmpty()) {
      HttpIo.sendText(
          resp,
          404,
          "No network export ."
              + suffix.substring(0, Math.min(suffix.length(), 40))
              + "; there are: "
              + String.join(
                  ", ", NetworkExports.ALL.stream().map(NetworkExports.Export::suffix).toList()));
      return;
    }
    NetworkQuery q;
    try {
      q = NetworkQuery.parse(req);
    } catch (NetworkQuery.BadParameter e) {
      HttpIo.sendText(resp, 400, "Bad request: " + e.getMessage());
      return;
    }
    NetworkExports.Export x = export.get();
    if (x.format() == NetworkFormat.SVG && !SvgNetworkRenderer.available()) {
      HttpIo.sendText(
          resp,
          503,
          "SVG needs Graphviz's dot program on the server, which is not installed;"
              + " download DOT and render it yourself, or ask the operator to install Graphviz.");
      return;
    }
    ProjectedNetwork net = source.material(served).projected(q.filter());
    byte[] body;
    try {
      body =
          x.format() == NetworkFormat.JSON
              ? drawingJson(net)
              : NetworkExports.write(x.format(), net);
    } catch (SvgNetworkRenderer.GraphvizMissingException e) {
      HttpIo.sendText(
          resp, 503, "SVG needs Graphviz's dot program on the server: " + e.getMessage());
      return;
    }
    resp.setHeader("Content-Disposition", "attachment; filename=\"" + x.fileName() + "\"");
    HttpIo.send(resp, 200, x.mediaType(), body, head);
  }

  /**
   * The Cytoscape.js JSON of the command line, each node with the link to its page here ({@code
   * href}).
   */
  private byte[] drawingJson(ProjectedNetwork net) throws IOException {
    byte[] plain;
    try {
      plain = NetworkExports.write(NetworkFormat.JSON, net);
    } catch (SvgNetworkRenderer.GraphvizMissingException e) {
      throw new IllegalStateException("JSON needs no Graphviz", e);
    }
    JsonObject root = JSON.parse(new ByteArrayInputStream(plain));
    Map<String, NetworkNode> nodes = net.nodes();
    for (JsonValue n : root.getObj("elements").get("nodes").getAsArray()) {
      JsonObject data = n.getAsObject().getObj("data");
      NetworkNode node = nodes.get(data.getString("id"));
      if (node != null) {
        data.put("href", links.href(node.organization().iri()));
      }
    }
    return root.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void badRequest(HttpServletResponse resp, String message, boolean head)
      throws IOException {
    HtmlPage page = new HtmlPage("Bad request", links);
    page.main().appendElement("p").attr("id", "error").text(message);
    HtmlPage.link(
        page.main().appendElement("p"),
        links.siteBase() + "network",
        "Back to the network explorer");
    HttpIo.sendHtml(resp, 400, page, head);
  }

  /** Most connected first, then by name. */
  static final Comparator<NetworkNode> BY_DEGREE =
      Comparator.comparingInt(NetworkNode::degree)
          .reversed()
          .thenComparing(n -> n.label().toLowerCase(Locale.ROOT));
}
