package org.radkg.reconcile;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** The service manifest: what the reconciliation service offers and where, for one site URL. */
final class Manifest {
  private Manifest() {}

  /**
   * The manifest for a graph whose entity IRIs start with {@code dataBase}, served at {@code
   * siteUrl} (absolute, ending in "/").
   */
  static JsonObject of(String dataBase, String siteUrl, int batchSize) {
    String service = siteUrl + "reconcile";
    JsonObject m = new JsonObject();
    JsonArray versions = new JsonArray();
    versions.add("0.2");
    m.put("versions", versions);
    m.put("name", "radkg: radiology societies' organizations, initiatives, events and places");
    m.put("identifierSpace", dataBase);
    m.put("schemaSpace", "https://w3id.org/radkg/ontology#");
    m.put("documentation", siteUrl + "reconcile/help");
    JsonArray types = new JsonArray();
    for (ReconciliationType t : ReconciliationType.ALL) {
      JsonObject o = new JsonObject();
      o.put("id", t.id());
      o.put("name", t.name());
      types.add(o);
    }
    m.put("defaultTypes", types);
    JsonObject view = new JsonObject();
    view.put("url", service + "/view?id={{id}}");
    m.put("view", view);
    JsonObject preview = new JsonObject();
    preview.put("url", service + "/preview?id={{id}}");
    preview.put("width", 420);
    preview.put("height", 180);
    m.put("preview", preview);
    JsonObject suggest = new JsonObject();
    for (String kind : new String[] {"entity", "type", "property"}) {
      JsonObject s = new JsonObject();
      s.put("service_url", service);
      s.put("service_path", "/suggest/" + kind);
      suggest.put(kind, s);
    }
    m.put("suggest", suggest);
    JsonObject extend = new JsonObject();
    JsonObject propose = new JsonObject();
    propose.put("service_url", service);
    propose.put("service_path", "/properties");
    extend.put("propose_properties", propose);
    extend.put("property_settings", new JsonArray());
    m.put("extend", extend);
    m.put("batchSize", batchSize);
    return m;
  }
}
