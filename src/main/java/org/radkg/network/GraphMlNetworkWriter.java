package org.radkg.network;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes GraphML with JGraphT's exporter: one typed key per attribute, every edge's weight in the
 * "weight" key.
 */
public final class GraphMlNetworkWriter {
  private GraphMlNetworkWriter() {}

  public static void write(ProjectedNetwork net, OutputStream out) {
    GraphMLExporter<String, Link> exporter = new GraphMLExporter<>(id -> id);
    exporter.setEdgeIdProvider(Link::id);
    // Our own "weight" key rather than setExportEdgeWeights: JGraphT omits weights equal to its
    // key's
    // default (1.0), and readers that ignore <default> (networkx) would then see no weight at all.
    exporter.setExportEdgeWeights(false);
    exporter.setEdgeWeightAttributeName("jgraphtEdgeWeight"); // frees the name "weight" for our key
    exporter.registerAttribute("weight", AttributeCategory.EDGE, AttributeType.DOUBLE);
    for (Columns.Column<NetworkNode> c : Columns.NODE) {
      exporter.registerAttribute(c.name(), AttributeCategory.NODE, type(c.type()));
    }
    for (Columns.Column<Link> c : Columns.EDGE) {
      exporter.registerAttribute(c.name(), AttributeCategory.EDGE, type(c.type()));
    }
    exporter.setVertexAttributeProvider(id -> attributes(Columns.NODE, net.nodes().get(id)));
    exporter.setEdgeAttributeProvider(
        link -> {
          Map<String, Attribute> a = new LinkedHashMap<>();
          a.put("weight", DefaultAttribute.createAttribute((double) link.weight()));
          a.putAll(attributes(Columns.EDGE, link));
          return a;
        });
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    exporter.exportGraph(net.graph(), w);
  }

  static <T> Map<String, Attribute> attributes(List<Columns.Column<T>> columns, T item) {
    Map<String, Attribute> out = new LinkedHashMap<>();
    for (Columns.Column<T> c : columns) {
      Object v = c.value().apply(item);
      if (v != null) {
        out.put(
            c.name(),
            switch (c.type()) {
              case INT -> DefaultAttribute.createAttribute(((Number) v).intValue());
              case DOUBLE -> DefaultAttribute.createAttribute(((Number) v).doubleValue());
              case STRING -> DefaultAttribute.createAttribute(v.toString());
            });
      }
    }
    return out;
  }

  private static AttributeType type(Columns.Type t) {
    return switch (t) {
      case INT -> AttributeType.INT;
      case DOUBLE -> AttributeType.DOUBLE;
      case STRING -> AttributeType.STRING;
    };
  }
}
