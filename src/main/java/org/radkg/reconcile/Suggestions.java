package org.radkg.reconcile;

import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.radkg.search.SearchIndex;

/** The answers of the suggest services: entities, types and properties for what a user typed. */
final class Suggestions {
  private Suggestions() {}

  /** The entities found, each with its kind as its notable type. */
  static JsonObject entities(List<SearchIndex.Hit> hits) {
    JsonArray result = new JsonArray();
    for (SearchIndex.Hit h : hits) {
      JsonObject o = new JsonObject();
      o.put("id", h.iri());
      o.put("name", h.label());
      o.put("description", EntityDescription.of(h));
      JsonArray notable = new JsonArray();
      ReconciliationType.ALL.stream()
          .filter(t -> t.includes(h.typeIris()))
          .forEach(
              t -> {
                JsonObject type = new JsonObject();
                type.put("id", t.id());
                type.put("name", t.name());
                notable.add(type);
              });
      o.put("notable", notable);
      result.add(o);
    }
    return wrap(result);
  }

  /** The types whose name starts with {@code prefix}. */
  static JsonObject types(String prefix) {
    String p = prefix.strip().toLowerCase(Locale.ROOT);
    JsonArray result = new JsonArray();
    for (ReconciliationType t : ReconciliationType.ALL) {
      if (t.name().toLowerCase(Locale.ROOT).startsWith(p) || t.id().equals(prefix.strip())) {
        JsonObject o = new JsonObject();
        o.put("id", t.id());
        o.put("name", t.name());
        result.add(o);
      }
    }
    return wrap(result);
  }

  /** The properties whose id or name starts with {@code prefix}. */
  static JsonObject properties(String prefix) {
    JsonArray result = new JsonArray();
    for (EntityProperty e : EntityProperty.starting(prefix)) {
      JsonObject o = new JsonObject();
      o.put("id", e.id());
      o.put("name", e.name());
      o.put("description", e.description());
      result.add(o);
    }
    return wrap(result);
  }

  private static JsonObject wrap(JsonArray result) {
    JsonObject out = new JsonObject();
    out.put("result", result);
    return out;
  }
}
