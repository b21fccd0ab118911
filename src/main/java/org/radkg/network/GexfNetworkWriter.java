package org.radkg.network;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes GEXF 1.3 with StAX: declared node and edge attributes, edge weights, and a dynamic graph
 * whose nodes and edges carry one spell per run of consecutive years, so Gephi's timeline filters
 * by year. Undated links, and the nodes they touch, get no spell: in GEXF that means "always
 * present".
 */
public final class GexfNetworkWriter {
  static final String NS = "http://gexf.net/1.3";

  private GexfNetworkWriter() {}

  public static void write(ProjectedNetwork net, OutputStream out) throws XMLStreamException {
    // The JDK's own writer, whatever StAX implementation a class path brings (Woodstox escapes
    // differently), so the bytes never depend on the class path.
    XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("gexf");
    x.writeDefaultNamespace(NS);
    x.writeAttribute("version", "1.3");
    x.writeStartElement("meta");
    x.writeStartElement("creator");
    x.writeCharacters("radkg");
    x.writeEndElement();
    x.writeStartElement("description");
    x.writeCharacters(
        "Organizations linked by shared initiatives, events, collaborations and stated collaboration");
    x.writeEndElement();
    x.writeEndElement();
    x.writeStartElement("graph");
    x.writeAttribute("defaultedgetype", "undirected");
    x.writeAttribute("mode", "dynamic");
    x.writeAttribute("timeformat", "date");
    x.writeAttribute("timerepresentation", "interval");
    declare(x, "node", Columns.NODE);
    declare(x, "edge", Columns.EDGE);
    x.writeStartElement("nodes");
    x.writeAttribute("count", Integer.toString(net.nodes().size()));
    int maxDegree = net.nodes().values().stream().mapToInt(NetworkNode::degree).max().orElse(1);
    for (NetworkNode n : net.nodes().values()) {
      x.writeStartElement("node");
      x.writeAttribute("id", n.id());
      x.writeAttribute("label", n.label());
      attvalues(x, Columns.NODE, n);
      // A node with an undated link stays always present, or Gephi would hide that link with it.
      spells(x, n.undatedLinks() ? new java.util.TreeSet<>() : n.years());
      // Viz elements are in the GEXF namespace in 1.3 (viz.xsd has no namespace of its own).
      String[] rgb =
          DotNetworkWriter.PALETTE[n.community() % DotNetworkWriter.PALETTE.length]
              .substring(1)
              .split("(?<=\\G..)");
      x.writeEmptyElement("color");
      x.writeAttribute("r", Integer.toString(Integer.parseInt(rgb[0], 16)));
      x.writeAttribute("g", Integer.toString(Integer.parseInt(rgb[1], 16)));
      x.writeAttribute("b", Integer.toString(Integer.parseInt(rgb[2], 16)));
      x.writeEmptyElement("size");
      x.writeAttribute(
          "value", String.format(Locale.ROOT, "%.1f", 5 + 25.0 * n.degree() / maxDegree));
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeStartElement("edges");
    x.writeAttribute("count", Integer.toString(net.links().size()));
    for (Link l : net.links()) {
      x.writeStartElement("edge");
      x.writeAttribute("id", l.id());
      x.writeAttribute("source", l.source());
      x.writeAttribute("target", l.target());
      x.writeAttribute("weight", Integer.toString(l.weight()));
      attvalues(x, Columns.EDGE, l);
      spells(x, l.years());
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    x.flush();
  }

  private static <T> void declare(XMLStreamWriter x, String cls, List<Columns.Column<T>> columns)
      throws XMLStreamException {
    x.writeStartElement("attributes");
    x.writeAttribute("class", cls);
    x.writeAttribute("mode", "static");
    for (Columns.Column<T> c : columns) {
      x.writeEmptyElement("attribute");
      x.writeAttribute("id", c.name());
      x.writeAttribute("title", c.name());
      x.writeAttribute(
          "type",
          switch (c.type()) {
            case INT -> "integer";
            case DOUBLE -> "double";
            case STRING -> "string";
          });
    }
    x.writeEndElement();
  }

  private static <T> void attvalues(XMLStreamWriter x, List<Columns.Column<T>> columns, T item)
      throws XMLStreamException {
    x.writeStartElement("attvalues");
    for (Columns.Column<T> c : columns) {
      String v = Columns.text(c.value().apply(item));
      if (v != null) {
        x.writeEmptyElement("attvalue");
        x.writeAttribute("for", c.name());
        x.writeAttribute("value", v);
      }
    }
    x.writeEndElement();
  }

  /**
   * One spell per run of consecutive years, from 1 January of its first to 31 December of its last.
   */
  private static void spells(XMLStreamWriter x, SortedSet<Integer> years)
      throws XMLStreamException {
    if (years.isEmpty()) {
      return;
    }
    x.writeStartElement("spells");
    for (int[] run : runs(years)) {
      x.writeEmptyElement("spell");
      x.writeAttribute("start", LocalDate.of(run[0], 1, 1).toString());
      x.writeAttribute("end", LocalDate.of(run[1], 12, 31).toString());
    }
    x.writeEndElement();
  }

  static List<int[]> runs(SortedSet<Integer> years) {
    List<int[]> out = new ArrayList<>();
    for (int y : years) {
      if (!out.isEmpty() && out.get(out.size() - 1)[1] == y - 1) {
        out.get(out.size() - 1)[1] = y;
      } else {
        out.add(new int[] {y, y});
      }
    }
    return out;
  }
}
