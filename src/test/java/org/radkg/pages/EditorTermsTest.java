package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** How the editor's completion lists sort an ontology's terms into classes and properties. */
class EditorTermsTest {
  private static final String EX = "https://example.org/voc#";
  private static final String OTHER = "https://example.org/other/";

  @Test
  void declaredTypedAndImpliedTermsAreSorted() {
    Model m = ModelFactory.createDefaultModel();
    m.read(
        new StringReader(
            """
            @prefix ex: <https://example.org/voc#> .
            @prefix other: <https://example.org/other/> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <https://example.org/voc> a owl:Ontology .
            ex:Guild a owl:Class ; rdfs:subClassOf other:Club .
            ex:Lodge a owl:Class .
            ex:meetsIn a owl:ObjectProperty ; rdfs:domain ex:Guild ; rdfs:range other:Hall ;
                rdfs:subPropertyOf other:usesPlace .
            ex:motto a owl:DatatypeProperty ; rdfs:range xsd:string .
            ex:Chapters a ex:Lodge .
            other:Member rdfs:isDefinedBy <https://example.org/other/> .
            other:joined rdfs:isDefinedBy <https://example.org/other/> .
            """),
        null,
        "TURTLE");
    JsonObject json = JSON.parse(EditorTerms.build(m));
    assertEquals(EX, json.getObj("prefixes").getString("ex"));
    assertEquals(OTHER, json.getObj("prefixes").getString("other"));
    assertEquals(
        Set.of(EX + "Guild", EX + "Lodge", OTHER + "Club", OTHER + "Hall", OTHER + "Member"),
        strings(json, "classes"),
        "no individual (ex:Chapters), no ontology, no datatype");
    Set<String> properties = strings(json, "properties");
    assertTrue(
        properties.containsAll(
            Set.of(EX + "meetsIn", EX + "motto", OTHER + "usesPlace", OTHER + "joined")),
        properties.toString());
    assertTrue(properties.contains("http://www.w3.org/2000/01/rdf-schema#label"), "RDFS's own");
  }

  private static Set<String> strings(JsonObject json, String key) {
    Set<String> out = new java.util.HashSet<>();
    for (JsonValue v : json.get(key).getAsArray()) {
      out.add(v.getAsString().value());
    }
    return out;
  }
}
