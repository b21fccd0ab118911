package org.radkg.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * One query of a reconciliation batch, as the W3C Reconciliation Service API 0.2 defines it: the
 * name to look for, the types to keep, how many candidates to return, and property hints.
 *
 * @param query the name, acronym or entity IRI to look for (may be empty when hints are given)
 * @param types the types candidates must have (none: any)
 * @param limit the most candidates to return
 * @param hints property values the candidates should have ({@code acronym}, {@code country}, …)
 */
public record ReconciliationQuery(
    String query, List<ReconciliationType> types, int limit, List<Hint> hints) {
  /** At most this many characters of a name are read. */
  static final int MAX_QUERY_LENGTH = 200;

  /** Candidates returned when the query sets no limit. */
  static final int DEFAULT_LIMIT = 5;

  /** Candidates returned at most. */
  static final int MAX_LIMIT = 50;

  /**
   * A property hint: a property id and one of the values the candidate should have for it.
   *
   * @param pid the property id (see {@link EntityProperty})
   * @param value the value: a string, or the IRI of an entity already reconciled
   */
  public record Hint(String pid, String value) {}

  /**
   * Reads one query of a batch; an {@link IllegalArgumentException} says what is wrong with it in
   * words.
   */
  static ReconciliationQuery parse(String key, JsonValue json) {
    if (!json.isObject()) {
      throw new IllegalArgumentException("query " + key + " is not a JSON object");
    }
    JsonObject q = json.getAsObject();
    String text = q.hasKey("query") ? string(q.get("query"), key + ".query") : "";
    if (text.length() > MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException(
          "query " + key + " has " + text.length() + " characters; at most " + MAX_QUERY_LENGTH);
    }
    List<ReconciliationType> types = new ArrayList<>();
    if (q.hasKey("type")) {
      JsonValue t = q.get("type");
      List<JsonValue> values = t.isArray() ? t.getAsArray() : List.of(t);
      for (JsonValue v : values) {
        String id = string(v, key + ".type");
        types.add(
            ReconciliationType.of(id)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "query "
                                + key
                                + " asks for type "
                                + id
                                + ", which this service does not know (its types are listed in"
                                + " the manifest's defaultTypes)")));
      }
    }
    int limit = DEFAULT_LIMIT;
    if (q.hasKey("limit")) {
      JsonValue l = q.get("limit");
      if (!l.isNumber() || l.getAsNumber().value().intValue() < 1) {
        throw new IllegalArgumentException("query " + key + ": limit must be a positive integer");
      }
      limit = Math.min(MAX_LIMIT, l.getAsNumber().value().intValue());
    }
    List<Hint> hints = new ArrayList<>();
    if (q.hasKey("properties")) {
      if (!q.get("properties").isArray()) {
        throw new IllegalArgumentException("query " + key + ": properties must be an array");
      }
      for (JsonValue p : q.get("properties").getAsArray()) {
        hints.addAll(hints(key, p));
      }
    }
    if (text.isBlank() && hints.isEmpty()) {
      throw new IllegalArgumentException(
          "query " + key + " has neither a query string nor properties");
    }
    return new ReconciliationQuery(text.strip(), List.copyOf(types), limit, List.copyOf(hints));
  }

  private static List<Hint> hints(String key, JsonValue p) {
    if (!p.isObject() || !p.getAsObject().hasKey("pid") || !p.getAsObject().hasKey("v")) {
      throw new IllegalArgumentException(
          "query " + key + ": each property is an object with pid and v");
    }
    String pid = string(p.getAsObject().get("pid"), key + ".properties.pid");
    JsonValue v = p.getAsObject().get("v");
    List<JsonValue> values = v.isArray() ? v.getAsArray() : List.of(v);
    List<Hint> out = new ArrayList<>();
    for (JsonValue one : values) {
      if (one.isObject() && one.getAsObject().hasKey("id")) {
        out.add(new Hint(pid, string(one.getAsObject().get("id"), key + ".properties.v.id")));
      } else if (one.isString() || one.isNumber() || one.isBoolean()) {
        out.add(new Hint(pid, one.isString() ? one.getAsString().value() : one.toString()));
      } else {
        throw new IllegalArgumentException(
            "query " + key + ": a property value is a string, a number or {\"id\": ...}");
      }
    }
    return out;
  }

  private static String string(JsonValue v, String where) {
    if (!v.isString()) {
      throw new IllegalArgumentException(where + " must be a string");
    }
    return v.getAsString().value();
  }

  /** Reads a whole batch, keyed as the client keyed it. */
  static Map<String, ReconciliationQuery> parseBatch(JsonObject batch, int maxSize) {
    if (batch.keys().size() > maxSize) {
      throw new BatchTooLargeException(batch.keys().size(), maxSize);
    }
    Map<String, ReconciliationQuery> out = new java.util.LinkedHashMap<>();
    for (String key : batch.keys()) {
      out.put(key, parse(key, batch.get(key)));
    }
    return out;
  }

  /** A batch with more queries than the manifest's batchSize allows. */
  static final class BatchTooLargeException extends IllegalArgumentException {
    BatchTooLargeException(int size, int max) {
      super("the batch has " + size + " queries; at most " + max + " are answered at once");
    }
  }
}
