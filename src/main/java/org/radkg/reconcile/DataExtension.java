package org.radkg.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A data extension query (the entity ids and the properties wanted) and its answer: for each
 * entity, the values of each property, strings as {@code str}, entities with {@code id} and {@code
 * name}, counts as {@code int}.
 */
final class DataExtension {
  private final List<String> ids;
  private final List<EntityProperty> properties;

  private DataExtension(List<String> ids, List<EntityProperty> properties) {
    this.ids = ids;
    this.properties = properties;
  }

  /** Reads a query; an {@link IllegalArgumentException} says what is wrong with it. */
  static DataExtension parse(JsonObject q, int maxIds) {
    if (!q.hasKey("ids") || !q.get("ids").isArray()) {
      throw new IllegalArgumentException("extend needs ids, an array of entity ids");
    }
    if (!q.hasKey("properties") || !q.get("properties").isArray()) {
      throw new IllegalArgumentException("extend needs properties, an array of {\"id\": ...}");
    }
    JsonArray idArray = q.get("ids").getAsArray();
    if (idArray.size() > maxIds) {
      throw new ReconciliationQuery.BatchTooLargeException(idArray.size(), maxIds);
    }
    List<String> ids = new ArrayList<>();
    for (JsonValue v : idArray) {
      if (!v.isString()) {
        throw new IllegalArgumentException("extend: each id is a string");
      }
      ids.add(v.getAsString().value());
    }
    List<EntityProperty> props = new ArrayList<>();
    for (JsonValue v : q.get("properties").getAsArray()) {
      if (!v.isObject() || !v.getAsObject().hasKey("id") || !v.getAsObject().get("id").isString()) {
        throw new IllegalArgumentException("extend: each property is {\"id\": ...}");
      }
      String id = v.getAsObject().get("id").getAsString().value();
      props.add(
          EntityProperty.of(id)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "extend: no property "
                              + id
                              + " (see /reconcile/properties?type=... for those offered)")));
    }
    return new DataExtension(ids, props);
  }

  /** The answer, reading each entity's values with {@code facts}. */
  JsonObject answer(Function<String, Map<String, List<EntityFacts.Value>>> facts) {
    JsonObject out = new JsonObject();
    JsonArray meta = new JsonArray();
    for (EntityProperty p : properties) {
      JsonObject m = new JsonObject();
      m.put("id", p.id());
      m.put("name", p.name());
      meta.add(m);
    }
    out.put("meta", meta);
    JsonObject rows = new JsonObject();
    for (String id : ids) {
      Map<String, List<EntityFacts.Value>> values = facts.apply(id);
      JsonObject row = new JsonObject();
      for (EntityProperty p : properties) {
        JsonArray cell = new JsonArray();
        for (EntityFacts.Value v : values.getOrDefault(p.id(), List.of())) {
          cell.add(json(p, v));
        }
        row.put(p.id(), cell);
      }
      rows.put(id, row);
    }
    out.put("rows", rows);
    return out;
  }

  private static JsonObject json(EntityProperty p, EntityFacts.Value v) {
    JsonObject o = new JsonObject();
    if (v.id() != null) {
      o.put("id", v.id());
      o.put("name", v.name());
    } else if (p.id().equals("articles")) {
      o.put("int", Long.parseLong(v.str()));
    } else {
      o.put("str", v.str());
    }
    return o;
  }
}
