package org.radkg.pages;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A horizontal bar chart drawn on the server as inline SVG built with jsoup elements (so labels are
 * escaped text): a {@code figure.chart} holding the picture ({@code role="img"} with a title) and
 * the same numbers as a table in a {@code details} for screen readers and copying. Styled by CSS
 * classes.
 */
final class BarChart {
  private static final int WIDTH = 480;
  private static final int LABEL_WIDTH = 200;
  private static final int VALUE_WIDTH = 36;
  private static final int ROW = 22;
  private static final int MAX_LABEL = 32;

  private BarChart() {}

  /** Appends the chart; {@code column} names what the numbers count (the table's header). */
  static Element append(
      Element parent,
      String id,
      String title,
      String column,
      List<LandingFigures.Bar> bars,
      LinkMapper links) {
    Element figure = parent.appendElement("figure").addClass("chart").attr("id", id);
    figure.appendElement("figcaption").attr("id", id + "-caption").text(title);
    if (bars.isEmpty()) {
      figure.appendElement("p").text("No data.");
      return figure;
    }
    long max = bars.stream().mapToLong(LandingFigures.Bar::value).max().orElse(1);
    int height = bars.size() * ROW + 4;
    Element svg =
        figure
            .appendElement("svg")
            .attr("xmlns", "http://www.w3.org/2000/svg")
            .attr("viewBox", "0 0 " + WIDTH + " " + height)
            .attr("role", "img")
            .attr("aria-labelledby", id + "-title")
            .attr("preserveAspectRatio", "xMinYMin meet");
    svg.appendElement("title").attr("id", id + "-title").text(title + ": " + summary(bars));
    double scale = (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / (double) Math.max(1, max);
    for (int i = 0; i < bars.size(); i++) {
      LandingFigures.Bar b = bars.get(i);
      int y = i * ROW + 2;
      Element g = svg.appendElement("g").addClass("bar");
      g.appendElement("title").text(b.label() + ": " + b.value());
      g.appendElement("text")
          .addClass("bar-label")
          .attr("x", Integer.toString(LABEL_WIDTH - 6))
          .attr("y", Integer.toString(y + ROW / 2 + 4))
          .attr("text-anchor", "end")
          .text(shorten(b.label()));
      long w = Math.max(1, Math.round(b.value() * scale));
      g.appendElement("rect")
          .attr("x", Integer.toString(LABEL_WIDTH))
          .attr("y", Integer.toString(y + 2))
          .attr("width", Long.toString(w))
          .attr("height", Integer.toString(ROW - 5));
      g.appendElement("text")
          .addClass("bar-value")
          .attr("x", Long.toString(LABEL_WIDTH + w + 5))
          .attr("y", Integer.toString(y + ROW / 2 + 4))
          .text(Long.toString(b.value()));
    }
    Element details = figure.appendElement("details");
    details.appendElement("summary").text("The numbers as a table");
    Element table = details.appendElement("table");
    table.appendElement("caption").addClass("visually-hidden").text(title);
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").attr("scope", "col").text("Name");
    head.appendElement("th").attr("scope", "col").text(column);
    Element body = table.appendElement("tbody");
    for (LandingFigures.Bar b : bars) {
      Element tr = body.appendElement("tr");
      Element th = tr.appendElement("th").attr("scope", "row");
      if (b.iri() != null) {
        HtmlPage.link(th, links.href(b.iri()), b.label());
      } else {
        th.text(b.label());
      }
      tr.appendElement("td").addClass("number").text(Long.toString(b.value()));
    }
    return figure;
  }

  private static String summary(List<LandingFigures.Bar> bars) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < Math.min(3, bars.size()); i++) {
      s.append(i == 0 ? "" : ", ")
          .append(bars.get(i).label())
          .append(" ")
          .append(bars.get(i).value());
    }
    return s.append(bars.size() > 3 ? ", …" : "").toString();
  }

  private static String shorten(String label) {
    return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
  }
}
