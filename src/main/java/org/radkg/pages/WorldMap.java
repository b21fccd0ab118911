package org.radkg.pages;

import com.ibm.icu.util.Region;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.nodes.Element;
import org.radkg.vocab.NameKey;

/**
 * A world map drawn on the server as SVG from the world-atlas country shapes (no tile server, no
 * script): each country shaded by how much the graph places there, a link to its page and its name
 * and count on hover. Countries of the graph are matched to shapes by their ISO code, found from
 * their name through the gazetteer's country table.
 */
final class WorldMap {
  /** The map's width in SVG units; its height is half (an equirectangular projection). */
  static final int WIDTH = 960;

  private static final double SCALE = WIDTH / 360.0;
  private static final WorldMap SHAPES = load();

  /** A country's outline as an SVG path, with its ISO 3166 alpha-2 code and name. */
  private record Shape(String code, String name, String path) {}

  private final List<Shape> shapes;
  private final Map<String, String> codeByName;

  private WorldMap(List<Shape> shapes, Map<String, String> codeByName) {
    this.shapes = shapes;
    this.codeByName = codeByName;
  }

  /** The shapes and the country table, read once from the jar. */
  static WorldMap get() {
    return SHAPES;
  }

  /**
   * Appends the map to {@code parent}: {@code activity} counts what the graph places in each
   * country, by the country's name (any name the gazetteer knows), with the IRI to link to.
   */
  void draw(Element parent, Map<String, Activity> activity, LinkMapper links) {
    Map<String, Activity> byCode = new HashMap<>();
    long max = 1;
    for (Map.Entry<String, Activity> e : activity.entrySet()) {
      String code = codeByName.get(NameKey.of(e.getKey()));
      if (code != null) {
        byCode.merge(code, e.getValue(), (a, b) -> a.count() >= b.count() ? a : b);
        max = Math.max(max, e.getValue().count());
      }
    }
    Element svg =
        parent
            .appendElement("svg")
            .addClass("world-map")
            .attr("xmlns", "http://www.w3.org/2000/svg")
            .attr("viewBox", "0 0 " + WIDTH + " " + (WIDTH / 2))
            .attr("role", "img")
            .attr("aria-label", "Map of the countries where the graph places activity");
    for (Shape s : shapes) {
      Activity a = byCode.get(s.code());
      Element target = svg;
      if (a != null) {
        target = svg.appendElement("a").attr("href", links.href(a.iri()));
      }
      Element path = target.appendElement("path").attr("d", s.path());
      path.addClass("country").addClass("level-" + level(a == null ? 0 : a.count(), max));
      path.appendElement("title")
          .text(a == null ? s.name() : s.name() + ": " + a.count() + " located there");
    }
  }

  /** What the graph places in one country: how many things, and the country's IRI. */
  record Activity(String iri, long count) {}

  // 0 for none, then four steps on a square-root scale so one busy country does not wash out all.
  private static int level(long count, long max) {
    if (count <= 0) {
      return 0;
    }
    return 1 + (int) Math.min(3, Math.floor(4 * Math.sqrt((double) count / max) - 1e-9));
  }

  private static WorldMap load() {
    try {
      return new WorldMap(shapes(), countryCodes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the world map's data from the jar", e);
    }
  }

  private static Map<String, String> countryCodes() throws IOException {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = resource("/radkg/data/gazetteer/countries.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = r.readLine(); // header
      while ((line = r.readLine()) != null) {
        String[] cells = line.split("\t", -1);
        if (cells.length < 3) {
          continue;
        }
        out.putIfAbsent(NameKey.of(cells[2]), cells[0]);
        if (cells.length > 3) {
          for (String alias : cells[3].split("\\|")) {
            if (!alias.isBlank()) {
              out.putIfAbsent(NameKey.of(alias), cells[0]);
            }
          }
        }
      }
    }
    return out;
  }

  // TopoJSON: quantized, delta-encoded arcs shared between countries; a ring lists arc indexes, a
  // negative one (~i) walked backwards.
  private static List<Shape> shapes() throws IOException {
    JsonObject topo;
    try (InputStream in = resource("/radkg/data/world-atlas/countries-110m.json")) {
      topo = JSON.parse(in);
    }
    JsonArray scale = topo.get("transform").getAsObject().get("scale").getAsArray();
    JsonArray translate = topo.get("transform").getAsObject().get("translate").getAsArray();
    double sx = num(scale.get(0));
    double sy = num(scale.get(1));
    double tx = num(translate.get(0));
    double ty = num(translate.get(1));
    List<double[][]> arcs = new ArrayList<>();
    for (JsonValue arc : topo.get("arcs").getAsArray()) {
      JsonArray points = arc.getAsArray();
      double[][] xy = new double[points.size()][2];
      double x = 0;
      double y = 0;
      for (int i = 0; i < points.size(); i++) {
        x += num(points.get(i).getAsArray().get(0));
        y += num(points.get(i).getAsArray().get(1));
        xy[i][0] = (x * sx + tx + 180) * SCALE;
        xy[i][1] = (90 - (y * sy + ty)) * SCALE;
      }
      arcs.add(xy);
    }
    List<Shape> out = new ArrayList<>();
    JsonArray geometries =
        topo.get("objects")
            .getAsObject()
            .get("countries")
            .getAsObject()
            .get("geometries")
            .getAsArray();
    for (JsonValue g : geometries) {
      JsonObject geo = g.getAsObject();
      if (!geo.hasKey("arcs") || !geo.hasKey("id")) {
        continue;
      }
      String name = geo.get("properties").getAsObject().get("name").getAsString().value();
      String code = alpha2(geo.get("id").getAsString().value());
      if (code == null || name.equals("Antarctica")) {
        continue;
      }
      StringBuilder d = new StringBuilder();
      JsonArray polygons = geo.get("arcs").getAsArray();
      boolean multi = geo.get("type").getAsString().value().equals("MultiPolygon");
      for (JsonValue polygon : multi ? polygons : List.of((JsonValue) polygons)) {
        for (JsonValue ring : polygon.getAsArray()) {
          ring(d, ring.getAsArray(), arcs);
        }
      }
      out.add(new Shape(code, name, d.toString()));
    }
    return out;
  }

  private static void ring(StringBuilder d, JsonArray ring, List<double[][]> arcs) {
    boolean first = true;
    double lastX = Double.NaN;
    for (JsonValue index : ring) {
      int i = (int) num(index);
      double[][] arc = arcs.get(i < 0 ? ~i : i);
      int n = arc.length;
      // Each arc after the first repeats the previous one's last point.
      for (int k = first ? 0 : 1; k < n; k++) {
        double[] p = i < 0 ? arc[n - 1 - k] : arc[k];
        // A step across half the world is a shape crossing the antimeridian (Russia, Fiji): the
        // outline jumps to the other edge of the map instead of drawing a line across it.
        boolean jump = !Double.isNaN(lastX) && Math.abs(p[0] - lastX) > WIDTH / 2.0;
        d.append((first && k == 0) || jump ? 'M' : 'L')
            .append(String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]));
        lastX = p[0];
      }
      first = false;
    }
    d.append('Z');
  }

  private static String alpha2(String numeric) {
    try {
      Region r = Region.getInstance(Integer.parseInt(numeric));
      return r.getType() == Region.RegionType.TERRITORY ? r.toString() : null;
    } catch (IllegalArgumentException e) {
      return null; // Kosovo, Northern Cyprus and Somaliland have no ISO number
    }
  }

  private static double num(JsonValue v) {
    return v.getAsNumber().value().doubleValue();
  }

  private static InputStream resource(String path) throws IOException {
    InputStream in = WorldMap.class.getResourceAsStream(path);
    if (in == null) {
      throw new IOException("the jar lacks " + path);
    }
    return in;
  }
}
