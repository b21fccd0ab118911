package org.radkg.pages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.radkg.network.NetworkNode;
import org.radkg.network.ProjectedNetwork;

/**
 * The body of {@code /network}: the GET filter form ({@code #network-filters}), the drawing's
 * container ({@code #network-graph}, filled by network.js) with its zoom buttons and details panel,
 * the live status ({@code #network-status}), the download bar and the node table ({@code
 * #network-nodes}) that carries the same information without scripts.
 */
final class NetworkPageBody {
  private final LinkMapper links;
  private final NetworkQuery q;
  private final NetworkSource.Material material;
  private final ProjectedNetwork net;

  NetworkPageBody(
      LinkMapper links, NetworkQuery q, NetworkSource.Material material, ProjectedNetwork net) {
    this.links = links;
    this.q = q;
    this.material = material;
    this.net = net;
  }

  void write(Element main) {
    main.appendElement("p")
        .text(
            "Organizations linked when they share an initiative or event, belong to the same"
                + " collaboration, or are stated to collaborate; the weight counts what they share. The same filters as"
                + " ./radkg network.");
    form(main);
    Element status =
        main.appendElement("p")
            .attr("id", "network-status")
            .attr("role", "status")
            .attr("aria-live", "polite");
    status.text(
        count(net.nodes().size(), "organization") + ", " + count(net.links().size(), "link"));
    main.appendElement("p")
        .addClass("graph-help")
        .text("Drag to pan, scroll to zoom, click an organization to open it.");
    Element explorer = main.appendElement("div").addClass("network-explorer");
    Element tools =
        explorer
            .appendElement("div")
            .addClass("graph-tools")
            .attr("role", "toolbar")
            .attr("aria-label", "Zoom");
    for (String[] b :
        new String[][] {{"zoom-in", "Zoom in"}, {"zoom-out", "Zoom out"}, {"fit", "Fit"}}) {
      tools.appendElement("button").attr("type", "button").attr("data-action", b[0]).text(b[1]);
    }
    explorer
        .appendElement("div")
        .attr("id", "network-graph")
        .addClass("graph")
        .attr("tabindex", "0")
        .attr("role", "application")
        .attr(
            "aria-label",
            "Collaboration network drawing: arrow keys select an organization, Enter opens its page,"
                + " + and - zoom")
        .attr("data-src", links.siteBase() + "network.json" + q.queryString());
    explorer
        .appendElement("aside")
        .attr("id", "network-details")
        .addClass("graph-details")
        .attr("aria-label", "Selected organization")
        .appendElement("p")
        .text("Point at or select an organization to see its figures.");
    Element legend =
        main.appendElement("section").attr("id", "network-legend").addClass("graph-legend");
    legend.appendElement("h2").text("Legend");
    Element key = legend.appendElement("ul").addClass("graph-key");
    key.appendElement("li").text("Size: number of partners (a bigger shape has more).");
    key.appendElement("li")
        .text("Shape: rounded squares are societies, circles other organizations.");
    key.appendElement("li").text("Line width: link weight (how much two organizations share).");
    key.appendElement("li")
        .text(
            "Names: acronyms or short names on the shapes; the full name on hover, in the panel"
                + " and in the table. Zoom in to read the names of a dense part.");
    legend.appendElement("h3").text("Colour: community");
    legend
        .appendElement("ul")
        .attr("id", "network-legend-communities")
        .addClass("communities")
        .appendElement("li")
        .text("Communities are listed once the drawing has loaded.");
    downloads(main);
    table(main);
  }

  private void form(Element main) {
    Element form =
        main.appendElement("form")
            .attr("id", "network-filters")
            .attr("method", "get")
            .attr("action", links.siteBase() + "network")
            .addClass("filters");
    input(form, "from", "From year", "number")
        .attr("min", "1950")
        .attr("max", "2099")
        .attr("step", "1");
    input(form, "to", "To year", "number")
        .attr("min", "1950")
        .attr("max", "2099")
        .attr("step", "1");
    Map<String, String> topics = new java.util.LinkedHashMap<>();
    topics.put("", "any topic");
    topics.putAll(material.topics());
    select(form, "topic", "Topic", topics);
    Map<String, String> societies = new java.util.LinkedHashMap<>();
    societies.put("", "any society");
    material.societies().forEach(s -> societies.put(s, s));
    select(form, "society", "Reported by", societies);
    select(
        form,
        "projection",
        "Link kinds",
        Map.of(
            "all",
            "all links",
            "initiatives",
            "shared initiatives and events",
            "membership",
            "shared collaborations",
            "stated",
            "stated collaborations"),
        List.of("all", "initiatives", "membership", "stated"));
    select(
        form,
        "nodeKind",
        "Organizations",
        Map.of("organization", "all organizations", "society", "societies only"),
        List.of("organization", "society"));
    input(form, "minWeight", "Minimum weight", "number")
        .attr("min", "1")
        .attr("step", "1")
        .attr("placeholder", "1");
    Element buttons = form.appendElement("div").addClass("filter-buttons");
    buttons.appendElement("button").attr("type", "submit").text("Show");
    HtmlPage.link(buttons, links.siteBase() + "network", "Reset");
  }

  private Element input(Element form, String name, String label, String type) {
    Element field = form.appendElement("div").addClass("field");
    field.appendElement("label").attr("for", "f-" + name).text(label);
    return field
        .appendElement("input")
        .attr("type", type)
        .attr("id", "f-" + name)
        .attr("name", name)
        .attr("value", q.value(name));
  }

  private void select(Element form, String name, String label, Map<String, String> options) {
    select(form, name, label, options, List.copyOf(options.keySet()));
  }

  private void select(
      Element form, String name, String label, Map<String, String> options, List<String> order) {
    Element field = form.appendElement("div").addClass("field");
    field.appendElement("label").attr("for", "f-" + name).text(label);
    Element sel = field.appendElement("select").attr("id", "f-" + name).attr("name", name);
    String current = q.value(name);
    for (String value : order) {
      Element o = sel.appendElement("option").attr("value", value).text(options.get(value));
      if (value.equals(current)) {
        o.attr("selected", "");
      }
    }
  }

  private void downloads(Element main) {
    Element bar =
        main.appendElement("section")
            .addClass("downloads")
            .attr("aria-labelledby", "downloads-title");
    bar.appendElement("h2").attr("id", "downloads-title").text("Download this network");
    Element ul = bar.appendElement("ul");
    for (NetworkExports.Export x : NetworkExports.ALL) {
      ul.appendElement("li")
          .appendElement("a")
          .addClass("download")
          .attr("href", links.siteBase() + "network." + x.suffix() + q.queryString())
          .attr("data-format", x.format().name().toLowerCase(Locale.ROOT))
          .attr("download", x.fileName())
          .text(x.title());
    }
  }

  private void table(Element main) {
    Element section = main.appendElement("section").attr("aria-labelledby", "nodes-title");
    section.appendElement("h2").attr("id", "nodes-title").text("Organizations in this network");
    if (net.isEmpty()) {
      section.appendElement("p").text("No organization links match these filters.");
    }
    Element table = section.appendElement("table").attr("id", "network-nodes");
    table
        .appendElement("caption")
        .text(count(net.nodes().size(), "organization") + " by number of partners");
    Element head = table.appendElement("thead").appendElement("tr");
    for (String h :
        List.of("Organization", "Type", "Partners (degree)", "Betweenness", "Community")) {
      head.appendElement("th").attr("scope", "col").text(h);
    }
    Element body = table.appendElement("tbody");
    net.nodes().values().stream().sorted(NetworkPages.BY_DEGREE).forEach(n -> row(body, n));
  }

  private void row(Element body, NetworkNode n) {
    Element tr = body.appendElement("tr");
    HtmlPage.link(
        tr.appendElement("th").attr("scope", "row"), links.href(n.organization().iri()), n.label());
    tr.appendElement("td").text(n.organization().type());
    tr.appendElement("td").text(Integer.toString(n.degree()));
    tr.appendElement("td").text(String.format(Locale.ROOT, "%.3f", n.betweenness()));
    tr.appendElement("td").text(Integer.toString(n.community() + 1));
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
