package org.radkg.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * The SPARQL editor's completion lists, read from the ontology in the jar: its prefixes, its
 * classes and its properties (the project's own and the reused terms it declares), as the JSON
 * served at {@code /editor/terms.json}.
 */
final class EditorTerms {
  private static final String ONTOLOGY = "radkg/ontology/radkg.ttl";

  /**
   * Terms the vocabulary contract has every query use that the ontology does not declare, being
   * RDF's and RDFS's own (types, labels, the supporting statements' parts).
   */
  private static final List<String> CORE_PROPERTIES =
      List.of(
          RDF.type.getURI(),
          RDFS.label.getURI(),
          RDF.subject.getURI(),
          RDF.predicate.getURI(),
          RDF.object.getURI());

  private static final Set<String> PROPERTY_TYPES =
      Set.of(
          OWL.ObjectProperty.getURI(),
          OWL.DatatypeProperty.getURI(),
          OWL.AnnotationProperty.getURI(),
          RDF.Property.getURI());

  private static final byte[] JSON_BYTES = build(load()).getBytes(StandardCharsets.UTF_8);

  private EditorTerms() {}

  /** The JSON: {@code {"prefixes": {prefix: namespace}, "classes": [iri], "properties": [iri]}}. */
  static byte[] json() {
    return JSON_BYTES.clone();
  }

  static String build(Model ontology) {
    Set<String> classes = new TreeSet<>();
    Set<String> properties = new TreeSet<>(CORE_PROPERTIES);
    ontology
        .listSubjects()
        .forEachRemaining(
            s -> {
              if (!s.isURIResource()) {
                return;
              }
              if (isProperty(s)) {
                properties.add(s.getURI());
              } else if (isClass(s)) {
                classes.add(s.getURI());
              }
            });
    // A class named only as a domain, range or superclass (rdf:Statement, org:FormalOrganization).
    for (var p : List.of(RDFS.domain, RDFS.range, RDFS.subClassOf)) {
      ontology
          .listObjectsOfProperty(p)
          .forEachRemaining(
              o -> {
                if (o.isURIResource() && !isDatatype(o)) {
                  classes.add(o.asResource().getURI());
                }
              });
    }
    ontology
        .listObjectsOfProperty(RDFS.subPropertyOf)
        .forEachRemaining(o -> properties.add(o.asResource().getURI()));
    JsonObject out = new JsonObject();
    JsonObject prefixes = new JsonObject();
    new TreeMap<>(ontology.getNsPrefixMap()).forEach(prefixes::put);
    out.put("prefixes", prefixes);
    out.put("classes", array(classes));
    out.put("properties", array(properties));
    return JSON.toString(out);
  }

  private static boolean isProperty(Resource s) {
    if (s.listProperties(RDF.type).toList().stream()
        .anyMatch(t -> PROPERTY_TYPES.contains(t.getObject().toString()))) {
      return true;
    }
    // A reused term declared without a type (owl:sameAs): by the naming convention every
    // vocabulary here follows, lower case is a property.
    return !hasType(s) && Character.isLowerCase(localName(s.getURI()).codePointAt(0));
  }

  private static boolean isClass(Resource s) {
    if (s.hasProperty(RDF.type, OWL.Class) || s.hasProperty(RDF.type, RDFS.Class)) {
      return true;
    }
    // A reused class the ontology only declares (org:Organization rdfs:isDefinedBy ...).
    return !hasType(s)
        && s.hasProperty(RDFS.isDefinedBy)
        && Character.isUpperCase(localName(s.getURI()).codePointAt(0));
  }

  private static boolean hasType(Resource s) {
    return s.hasProperty(RDF.type);
  }

  private static boolean isDatatype(RDFNode o) {
    String iri = o.asResource().getURI();
    return iri.startsWith(XSD.NS) || iri.equals(RDFS.Literal.getURI());
  }

  private static String localName(String iri) {
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return cut + 1 < iri.length() ? iri.substring(cut + 1) : " ";
  }

  private static JsonArray array(Set<String> values) {
    JsonArray a = new JsonArray();
    values.forEach(a::add);
    return a;
  }

  private static Model load() {
    try (InputStream in = EditorTerms.class.getClassLoader().getResourceAsStream(ONTOLOGY)) {
      if (in == null) {
        throw new IOException("the jar lacks " + ONTOLOGY);
      }
      Model m = ModelFactory.createDefaultModel();
      RDFParser.source(in).lang(Lang.TURTLE).parse(m);
      return m;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
