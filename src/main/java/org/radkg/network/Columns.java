package org.radkg.network;

import java.util.List;
import java.util.function.Function;

/**
 * The node and edge attributes every attribute-carrying format writes, with their types, declared
 * once so that GraphML keys, GEXF declarations, CSV headers and JSON fields agree.
 */
final class Columns {
  /** Attribute types, mapped by each writer onto its own type names. */
  enum Type {
    STRING,
    INT,
    DOUBLE
  }

  /** One attribute; its value may be null (then the format's "missing" applies). */
  record Column<T>(String name, Type type, Function<T, Object> value) {}

  static final List<Column<NetworkNode>> NODE =
      List.of(
          new Column<>("label", Type.STRING, NetworkNode::label),
          new Column<>("acronym", Type.STRING, n -> n.organization().acronym()),
          new Column<>("iri", Type.STRING, n -> n.organization().iri()),
          new Column<>("type", Type.STRING, n -> n.organization().type()),
          new Column<>("country", Type.STRING, n -> n.organization().country()),
          new Column<>("articles", Type.INT, n -> n.organization().articles()),
          new Column<>("degree", Type.INT, NetworkNode::degree),
          new Column<>("weightedDegree", Type.DOUBLE, NetworkNode::weightedDegree),
          new Column<>("betweenness", Type.DOUBLE, NetworkNode::betweenness),
          new Column<>("pagerank", Type.DOUBLE, NetworkNode::pageRank),
          new Column<>("community", Type.INT, NetworkNode::community),
          new Column<>("firstYear", Type.INT, n -> n.years().isEmpty() ? null : n.years().first()),
          new Column<>("lastYear", Type.INT, n -> n.years().isEmpty() ? null : n.years().last()));

  /**
   * Edge attributes besides source, target and weight, which every format has its own place for.
   * Their names differ from the node attributes' because JGraphT's GraphML exporter keys attributes
   * by name alone.
   */
  static final List<Column<Link>> EDGE =
      List.of(
          new Column<>("initiatives", Type.STRING, l -> String.join("; ", l.shared())),
          new Column<>("fromYear", Type.INT, Link::firstYear),
          new Column<>("toYear", Type.INT, Link::lastYear),
          new Column<>("kinds", Type.STRING, l -> String.join(" ", l.kinds())),
          new Column<>("evidenceArticles", Type.STRING, l -> String.join(" ", l.articles())));

  private Columns() {}

  /**
   * The value as text: integers without a decimal point, doubles as Java prints them, null as null.
   */
  static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
