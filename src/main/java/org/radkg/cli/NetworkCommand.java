package org.radkg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.radkg.network.CollaborationNetwork;
import org.radkg.network.LinkKind;
import org.radkg.network.NetworkExtractor;
import org.radkg.network.NetworkFilter;
import org.radkg.network.NetworkFormat;
import org.radkg.network.NetworkProjector;
import org.radkg.network.ProjectedNetwork;
import org.radkg.network.SvgNetworkRenderer;
import org.radkg.store.StoreBuilder;
import org.radkg.store.StoreInUseException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code radkg network}: exports the organizations' collaboration network for Gephi, Cytoscape,
 * VOSviewer, yEd, Graphviz or Pajek.
 */
@Command(
    name = "network",
    mixinStandardHelpOptions = true,
    description =
        "Export the collaboration network of organizations: two are linked when they share an initiative "
            + "or event, belong to the same collaboration, or are stated to collaborate. Weight = distinct shared "
            + "initiatives, events and collaborations, +1 for a stated collaboration. See docs/network.md.",
    footer = {
      "",
      "Examples:",
      "  ./radkg network --format gexf --out net.gexf     Gephi, timeline by year",
      "  ./radkg network --format svg --out net.svg       needs Graphviz",
      "  ./radkg network --format csv --out net/          nodes.csv + edges.csv",
      "  ./radkg network --projection initiatives --from 2021 --to 2023",
      "  ./radkg network --node-kind society --topic \"health equity\" --society ACR",
      "",
      "An empty network is a success (exit 0), with a message on stderr."
    })
@ExitCodeHelp({
  ExitCode.OK,
  ExitCode.USAGE,
  ExitCode.BAD_INPUT,
  ExitCode.STORE_IN_USE,
  ExitCode.TOOL_MISSING,
  ExitCode.STORE_DAMAGED,
  ExitCode.STORE_NOT_WRITABLE
})
final class NetworkCommand implements Callable<Integer> {
  /**
   * The links {@code --projection} keeps, by {@link LinkKind#parseProjection}'s names ("initiative"
   * too, as it accepts).
   */
  enum Projection {
    initiatives,
    initiative,
    membership,
    stated,
    all;

    Set<LinkKind> kinds() {
      return LinkKind.parseProjection(name());
    }
  }

  enum NodeKind {
    organization,
    society
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "graphml",
      description =
          "graphml, gexf, dot, svg, csv, json (Cytoscape.js), vosviewer, vosviewer_online (VOSviewer Online JSON) or pajek. Default: ${DEFAULT-VALUE}")
  NetworkFormat format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Output file (a folder for csv and vosviewer). Default: stdout")
  Path out;

  @Option(
      names = "--projection",
      defaultValue = "all",
      description = "initiatives, membership, stated or all. Default: ${DEFAULT-VALUE}")
  Projection projection;

  @Option(
      names = "--node-kind",
      defaultValue = "organization",
      description = "organization (all) or society (societies only). Default: ${DEFAULT-VALUE}")
  NodeKind nodeKind;

  @Option(names = "--from", paramLabel = "YEAR", description = "Only links dated in or after YEAR.")
  Integer from;

  @Option(names = "--to", paramLabel = "YEAR", description = "Only links dated in or before YEAR.")
  Integer to;

  @Option(
      names = "--topic",
      paramLabel = "TOPIC",
      description = "Only links supported by articles about TOPIC (label, slug or IRI).")
  String topic;

  @Option(
      names = "--society",
      paramLabel = "ACRONYM",
      description = "Only links reported in ACRONYM's section.")
  String society;

  @Option(
      names = "--min-weight",
      paramLabel = "N",
      defaultValue = "1",
      description = "Drop links lighter than N. Default: ${DEFAULT-VALUE}")
  int minWeight;

  @Mixin TimeoutOption timeout = new TimeoutOption(120);

  @ArgGroup(exclusive = true)
  StoreOrEndpoint target = new StoreOrEndpoint();

  @Override
  public Integer call() throws Exception {
    NetworkFilter filter;
    try {
      filter =
          new NetworkFilter(
              projection.kinds(),
              nodeKind == NodeKind.society,
              from,
              to,
              topic,
              society,
              minWeight);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    if (format.isFolder() && out == null) {
      throw new BadInputException(
          "--format "
              + format.name().toLowerCase(Locale.ROOT)
              + " writes two files: name their folder with --out DIR");
    }
    if (format == NetworkFormat.SVG && !SvgNetworkRenderer.available()) {
      spec.commandLine()
          .getErr()
          .println(
              "radkg: --format svg needs Graphviz's dot program on the PATH"
                  + " (apt-get install graphviz); --format dot writes the graph it would draw");
      return ExitCode.TOOL_MISSING.code();
    }
    ProjectedNetwork net = NetworkProjector.project(read(), filter);
    if (net.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println("radkg: no organization links match these options; writing an empty network");
    }
    write(format, net);
    if (out != null) {
      // Said only for a file: on standard output the network itself is the answer.
      spec.commandLine()
          .getErr()
          .printf(
              "radkg: wrote %d organizations, %d links and %d communities to %s (%s)%n",
              net.nodes().size(),
              net.links().size(),
              net.communities(),
              out,
              format.name().toLowerCase(Locale.ROOT));
    }
    return ExitCode.OK.code();
  }

  private CollaborationNetwork read() throws Exception {
    if (target.endpoint != null) {
      return NetworkExtractor.extract(target.endpoint, timeout.duration());
    }
    Path dir = target.existingStore();
    Dataset ds;
    try {
      ds = StoreBuilder.open(dir);
    } catch (StoreInUseException e) {
      return NetworkExtractor.extract(
          RunningServer.askInstead(dir, e, spec.commandLine().getErr()), timeout.duration());
    }
    try {
      return NetworkExtractor.extract(ds, timeout.duration());
    } finally {
      ds.close();
    }
  }

  private void write(NetworkFormat fmt, ProjectedNetwork net) throws Exception {
    if (fmt.isFolder()) {
      fmt.writeFolder(net, out);
      return;
    }
    if (out != null && out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    try (OutputStream os =
        out != null
            ? new BufferedOutputStream(Files.newOutputStream(out))
            : new CommandOutputStream(spec.commandLine().getOut())) {
      fmt.write(net, os);
      os.flush();
    }
  }
}
