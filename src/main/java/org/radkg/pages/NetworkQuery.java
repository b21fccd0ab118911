package org.radkg.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.radkg.network.LinkKind;
import org.radkg.network.NetworkFilter;

/**
 * The explorer's filter parameters, named and valued as {@code ./radkg network}'s options: {@code
 * from}, {@code to} (years), {@code topic} (slug, label or IRI), {@code society} (acronym), {@code
 * projection} (initiatives, membership, stated, all), {@code nodeKind} (organization, society) and
 * {@code minWeight}; a bad value is a {@link BadParameter} naming the parameter.
 */
record NetworkQuery(Map<String, String> values, NetworkFilter filter) {
  static final String[] NAMES = {
    "from", "to", "topic", "society", "projection", "nodeKind", "minWeight"
  };

  /** A parameter whose value cannot be used; the message names it. */
  static final class BadParameter extends Exception {
    BadParameter(String message) {
      super(message);
    }
  }

  /** No parameter: the whole organization network, the page's first view. */
  static final NetworkFilter DEFAULT_FILTER =
      new NetworkFilter(LinkKind.parseProjection("all"), false, null, null, null, null, 1);

  static NetworkQuery parse(HttpServletRequest req) throws BadParameter {
    Map<String, String> v = new LinkedHashMap<>();
    for (String name : NAMES) {
      String s = req.getParameter(name);
      if (s != null && !s.isBlank()) {
        if (s.length() > 300) {
          throw new BadParameter("parameter '" + name + "' is too long");
        }
        v.put(name, s.strip());
      }
    }
    Integer from = year(v, "from");
    Integer to = year(v, "to");
    String projection = v.getOrDefault("projection", "all");
    String nodeKind = v.getOrDefault("nodeKind", "organization");
    if (!nodeKind.equals("organization") && !nodeKind.equals("society")) {
      throw new BadParameter(
          "parameter 'nodeKind': '" + nodeKind + "' is neither organization nor society");
    }
    int minWeight = 1;
    if (v.containsKey("minWeight")) {
      try {
        minWeight = Integer.parseInt(v.get("minWeight"));
      } catch (NumberFormatException e) {
        throw new BadParameter(
            "parameter 'minWeight': '" + v.get("minWeight") + "' is not a whole number");
      }
      if (minWeight < 1) {
        throw new BadParameter("parameter 'minWeight' must be at least 1");
      }
    }
    if (from != null && to != null && from > to) {
      throw new BadParameter(
          "parameter 'from' (" + from + ") is after parameter 'to' (" + to + ")");
    }
    try {
      return new NetworkQuery(
          v,
          new NetworkFilter(
              LinkKind.parseProjection(projection),
              nodeKind.equals("society"),
              from,
              to,
              v.get("topic"),
              v.get("society"),
              minWeight));
    } catch (IllegalArgumentException e) {
      throw new BadParameter("parameter 'projection': " + e.getMessage());
    }
  }

  private static Integer year(Map<String, String> v, String name) throws BadParameter {
    String s = v.get(name);
    if (s == null) {
      return null;
    }
    if (!s.matches("\\d{4}")) {
      throw new BadParameter("parameter '" + name + "': '" + s + "' is not a four-digit year");
    }
    return Integer.parseInt(s);
  }

  String value(String name) {
    return values.getOrDefault(name, "");
  }

  /** The filters as a query string ("" or "?from=2020&..."), for the data and download links. */
  String queryString() {
    StringJoiner j = new StringJoiner("&", "?", "").setEmptyValue("");
    values.forEach((k, val) -> j.add(k + "=" + URLEncoder.encode(val, StandardCharsets.UTF_8)));
    return j.toString();
  }
}
