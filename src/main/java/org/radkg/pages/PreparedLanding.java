package org.radkg.pages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;

/**
 * What the start page reads from one generation, its figures and its dataset description, and the
 * JSON its build prepares it as ({@link #toJson}, {@link #fromJson}: equal after the round trip).
 */
record PreparedLanding(LandingFigures figures, DatasetDescription description) {

  /** Reads both from {@code dataset}. */
  static PreparedLanding compute(Dataset dataset, Duration timeout) {
    return new PreparedLanding(
        LandingFigures.compute(dataset, timeout), DatasetDescription.of(dataset));
  }

  String toJson() {
    JsonObject o = new JsonObject();
    // An array, not an object: the page shows the counts in the order they were computed.
    JsonArray counts = new JsonArray();
    figures
        .counts()
        .forEach(
            (kind, n) -> {
              JsonObject count = new JsonObject();
              count.put("kind", kind);
              count.put("n", n);
              counts.add(count);
            });
    o.put("counts", counts);
    o.put("bySociety", bars(figures.bySociety()));
    o.put("byTopic", bars(figures.byTopic()));
    o.put("byYear", bars(figures.byYear()));
    o.put("byPublished", bars(figures.byPublished()));
    o.put("mostConnected", bars(figures.mostConnected()));
    JsonArray countries = new JsonArray();
    description.countries().forEach(countries::add);
    o.put("countries", countries);
    return JSON.toString(o);
  }

  static PreparedLanding fromJson(String text) {
    JsonObject o = JSON.parse(text);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (JsonValue v : o.get("counts").getAsArray()) {
      JsonObject count = v.getAsObject();
      counts.put(
          count.get("kind").getAsString().value(),
          count.get("n").getAsNumber().value().longValue());
    }
    List<String> countries = new ArrayList<>();
    for (JsonValue v : o.get("countries").getAsArray()) {
      countries.add(v.getAsString().value());
    }
    return new PreparedLanding(
        new LandingFigures(
            counts,
            bars(o, "bySociety"),
            bars(o, "byTopic"),
            bars(o, "byYear"),
            bars(o, "byPublished"),
            bars(o, "mostConnected")),
        DatasetDescription.ofCountries(countries));
  }

  private static JsonArray bars(List<LandingFigures.Bar> bars) {
    JsonArray a = new JsonArray();
    for (LandingFigures.Bar b : bars) {
      JsonObject bar = new JsonObject();
      bar.put("label", b.label());
      if (b.iri() != null) {
        bar.put("iri", b.iri());
      }
      bar.put("value", b.value());
      a.add(bar);
    }
    return a;
  }

  private static List<LandingFigures.Bar> bars(JsonObject o, String key) {
    List<LandingFigures.Bar> out = new ArrayList<>();
    for (JsonValue v : o.get(key).getAsArray()) {
      JsonObject bar = v.getAsObject();
      out.add(
          new LandingFigures.Bar(
              bar.get("label").getAsString().value(),
              bar.hasKey("iri") ? bar.get("iri").getAsString().value() : null,
              bar.get("value").getAsNumber().value().longValue()));
    }
    return out;
  }
}
