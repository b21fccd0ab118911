package org.radkg.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.http.RadkgServer;
import org.radkg.http.ServerFixture;

/**
 * {@code /reconcile} driven as OpenRefine drives it (manifest, a column of names in batches, type
 * and property hints, suggest, preview, data extension), every answer checked against the JSON
 * Schemas published with the W3C Reconciliation Service API 0.2.
 */
class ReconciliationServiceTest {
  private static final String SCHEMAS = "https://reconciliation-api.github.io/specs/0.2/schemas/";
  private static final String ACR =
      "https://w3id.org/radkg/id/organization/american-college-of-radiology";
  private static final String RSNA =
      "https://w3id.org/radkg/id/organization/radiological-society-of-north-america";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static RadkgServer server;
  static JsonSchemaFactory schemas;

  @BeforeAll
  static void start() throws IOException {
    server = ServerFixture.serve(tmp, ServerFixture.SEARCH);
    Map<String, String> files = new HashMap<>();
    for (String name :
        List.of(
            "manifest",
            "reconciliation-query-batch",
            "reconciliation-result-batch",
            "suggest-entities-response",
            "suggest-properties-response",
            "suggest-types-response",
            "data-extension-property-proposal",
            "data-extension-query",
            "data-extension-response",
            "type")) {
      try (InputStream in =
          ReconciliationServiceTest.class.getResourceAsStream(
              "/reconciliation/0.2/schemas/" + name + ".json")) {
        files.put(SCHEMAS + name + ".json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    // The manifest schema takes its security scheme from Swagger 2.0's schema, which is not
    // fetched in a test: a stand-in accepts any scheme (the manifest declares none).
    files.put(
        "http://swagger.io/v2/schema.json",
        "{\"definitions\":{\"securityDefinitions\":{\"additionalProperties\":{}}}}");
    // The specification's schemas name their dialect "http://json-schema.org/schema#" (the latest
    // draft); they are read as draft 7, which their keywords are.
    JsonMetaSchema draft7 = JsonMetaSchema.getV7();
    schemas =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V7,
            b ->
                b.schemaLoaders(l -> l.schemas(files))
                    .metaSchema(
                        JsonMetaSchema.builder("http://json-schema.org/schema#", draft7).build())
                    .metaSchema(
                        JsonMetaSchema.builder("http://json-schema.org/schema", draft7).build()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void assertValid(String schema, String json) {
    JsonSchema s = schemas.getSchema(SchemaLocation.of(SCHEMAS + schema + ".json"));
    Set<ValidationMessage> errors = s.validate(json, InputFormat.JSON);
    assertTrue(errors.isEmpty(), schema + ": " + errors + "\n" + json);
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.address() + pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> postForm(String name, String json) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.address() + "reconcile"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    name + "=" + URLEncoder.encode(json, StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void theManifestDescribesEveryServiceOnThisSite() throws Exception {
    HttpResponse<String> r = get("reconcile");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertValid("manifest", r.body());
    JsonNode m = JSON.readTree(r.body());
    assertEquals("https://w3id.org/radkg/id/", m.get("identifierSpace").asText());
    assertEquals(
        server.address() + "reconcile/preview?id={{id}}", m.get("preview").get("url").asText());
    assertEquals(5, m.get("defaultTypes").size());
    // Web clients on other sites may call every part of the service (the specification's CORS
    // rule).
    HttpResponse<String> cors =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.address() + "reconcile"))
                .header("Origin", "https://openrefine.example")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(
        Set.of("*", "https://openrefine.example")
            .contains(cors.headers().firstValue("Access-Control-Allow-Origin").orElse("")),
        cors.headers().map().toString());
    HttpResponse<String> help = get("reconcile/help");
    assertEquals(200, help.statusCode());
    assertTrue(help.body().contains("Add Standard Service"), help.body());
  }

  @Test
  void aColumnOfOrganizationNamesReconcilesAsOpenRefineSendsIt() throws Exception {
    String batch =
        """
        {"q0": {"query": "American College of Radiology", "type": "http://www.w3.org/ns/org#Organization", "limit": 3, "type_strict": "should"},
         "q1": {"query": "ACR", "type": "http://www.w3.org/ns/org#Organization", "limit": 3},
         "q2": {"query": "Amercan College of Radiology", "type": "http://www.w3.org/ns/org#Organization", "limit": 3},
         "q3": {"query": "RSNA", "type": "http://www.w3.org/ns/org#Organization", "limit": 3},
         "q4": {"query": "radiological society of north america", "limit": 3},
         "q5": {"query": "Zebra Imaging Guild of Atlantis", "type": "http://www.w3.org/ns/org#Organization"}}
        """;
    assertValid("reconciliation-query-batch", batch);
    HttpResponse<String> r = postForm("queries", batch);
    assertEquals(200, r.statusCode(), r.body());
    assertValid("reconciliation-result-batch", r.body());
    JsonNode out = JSON.readTree(r.body());
    assertTop(out, "q0", ACR, true);
    assertTop(out, "q1", ACR, true);
    assertTop(out, "q2", ACR, false);
    // One edit in 29 characters: 100 × (1 − 1/29).
    assertEquals(96.6, out.get("q2").get("result").get(0).get("score").asDouble());
    assertTop(out, "q3", RSNA, true);
    assertTop(out, "q4", RSNA, true);
    assertEquals(0, out.get("q5").get("result").size(), r.body());

    // The same batch as a GET query string gives the same answer.
    HttpResponse<String> g = get("reconcile?queries=" + enc(batch));
    assertEquals(200, g.statusCode());
    assertEquals(JSON.readTree(r.body()), JSON.readTree(g.body()));
  }

  private static void assertTop(JsonNode out, String key, String id, boolean match) {
    JsonNode first = out.get(key).get("result").get(0);
    assertEquals(id, first.get("id").asText(), out.get(key).toString());
    assertEquals(match, first.get("match").asBoolean(), out.get(key).toString());
  }

  @Test
  void typesFilterAndHintsWeigh() throws Exception {
    String batch =
        """
        {"city": {"query": "Quito", "type": "https://schema.org/Place"},
         "notACity": {"query": "Quito", "type": "https://w3id.org/radkg/ontology#Initiative"},
         "hinted": {"query": "American College of Radiology", "properties": [{"pid": "acronym", "v": "ACR"}]},
         "contradicted": {"query": "American College of Radiology", "properties": [{"pid": "acronym", "v": "XYZ"}]},
         "byIri": {"query": "%s"}}
        """
            .formatted(RSNA);
    HttpResponse<String> r = postForm("queries", batch);
    assertEquals(200, r.statusCode(), r.body());
    assertValid("reconciliation-result-batch", r.body());
    JsonNode out = JSON.readTree(r.body());
    assertTrue(out.get("city").get("result").get(0).get("name").asText().startsWith("Quito"));
    assertEquals(0, out.get("notACity").get("result").size(), r.body());
    assertTop(out, "hinted", ACR, true);
    JsonNode contradicted = out.get("contradicted").get("result").get(0);
    assertEquals(ACR, contradicted.get("id").asText());
    assertFalse(contradicted.get("match").asBoolean());
    assertEquals(90.0, contradicted.get("score").asDouble());
    assertTop(out, "byIri", RSNA, true);
  }

  @Test
  void suggestServicesCompleteEntitiesTypesAndProperties() throws Exception {
    HttpResponse<String> e = get("reconcile/suggest/entity?prefix=" + enc("Radiolog"));
    assertEquals(200, e.statusCode(), e.body());
    assertValid("suggest-entities-response", e.body());
    assertTrue(e.body().contains(RSNA), e.body());
    HttpResponse<String> more = get("reconcile/suggest/entity?prefix=Radiolog&cursor=1");
    assertValid("suggest-entities-response", more.body());
    HttpResponse<String> t = get("reconcile/suggest/type?prefix=org");
    assertValid("suggest-types-response", t.body());
    assertEquals("Organization", JSON.readTree(t.body()).get("result").get(0).get("name").asText());
    HttpResponse<String> p = get("reconcile/suggest/property?prefix=co");
    assertValid("suggest-properties-response", p.body());
    assertEquals("country", JSON.readTree(p.body()).get("result").get(0).get("id").asText());
  }

  @Test
  void dataExtensionGivesTheMainPropertiesOfReconciledEntities() throws Exception {
    HttpResponse<String> proposal =
        get("reconcile/properties?type=" + enc("http://www.w3.org/ns/org#Organization"));
    assertEquals(200, proposal.statusCode(), proposal.body());
    assertValid("data-extension-property-proposal", proposal.body());
    String query =
        """
        {"ids": ["%s", "%s"], "properties": [{"id": "acronym"}, {"id": "leads"}, {"id": "articles"}, {"id": "wikidata"}]}
        """
            .formatted(ACR, RSNA);
    assertValid("data-extension-query", query);
    HttpResponse<String> r = postForm("extend", query);
    assertEquals(200, r.statusCode(), r.body());
    assertValid("data-extension-response", r.body());
    JsonNode rows = JSON.readTree(r.body()).get("rows");
    assertEquals("ACR", rows.get(ACR).get("acronym").get(0).get("str").asText());
    assertTrue(rows.get(ACR).get("articles").get(0).get("int").asInt() >= 2, r.body());
    assertTrue(
        rows.get(RSNA).get("leads").toString().contains("rsna-global-learning-centers"), r.body());
    assertEquals(
        "RSNA Global Learning Centers", rows.get(RSNA).get("leads").get(1).get("name").asText());
    assertEquals("Q980502", rows.get(RSNA).get("wikidata").get(0).get("str").asText(), r.body());
  }

  @Test
  void previewAndViewShowTheEntity() throws Exception {
    HttpResponse<String> p = get("reconcile/preview?id=" + enc(ACR));
    assertEquals(200, p.statusCode(), p.body());
    assertTrue(p.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(p.body().contains("American College of Radiology"), p.body());
    HttpResponse<String> v = get("reconcile/view?id=" + enc(ACR));
    assertEquals(303, v.statusCode());
    assertTrue(
        v.headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/id/organization/american-college-of-radiology"),
        v.headers().map().toString());
    assertEquals(
        404, get("reconcile/preview?id=" + enc("https://example.org/nothing")).statusCode());
  }

  @Test
  void badRequestsAreRefusedWithAReason() throws Exception {
    HttpResponse<String> notJson = postForm("queries", "{not json");
    assertEquals(400, notJson.statusCode());
    assertTrue(JSON.readTree(notJson.body()).get("error").asText().contains("not valid JSON"));
    HttpResponse<String> badType =
        postForm("queries", "{\"q0\": {\"query\": \"ACR\", \"type\": \"Spaceship\"}}");
    assertEquals(400, badType.statusCode());
    assertTrue(badType.body().contains("Spaceship"), badType.body());
    StringBuilder big = new StringBuilder("{");
    for (int i = 0; i <= ReconciliationService.BATCH_SIZE; i++) {
      big.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"query\":\"ACR\"}");
    }
    HttpResponse<String> tooMany = postForm("queries", big.append("}").toString());
    assertEquals(413, tooMany.statusCode(), tooMany.body());
    assertEquals(400, get("reconcile/suggest/entity").statusCode());
    assertEquals(404, get("reconcile/nothing").statusCode());
  }
}
