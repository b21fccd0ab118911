package org.radkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/**
 * The catalog reads headers and parameters; values are bound as terms, so text cannot change the
 * query.
 */
class QueryCatalogTest {
  private static final String TEXT =
      """
      # title: Labels of a thing
      # description: One line.
      # parameters: thing (IRI) = https://example.org/a ; name (string)
      SELECT ?label WHERE { ?thing <http://www.w3.org/2000/01/rdf-schema#label> ?label . OPTIONAL { ?x ?y ?name } }
      """;

  @Test
  void headerAndParameters() {
    PrebuiltQuery q = QueryCatalog.parse("labels", TEXT);
    assertEquals("Labels of a thing", q.title());
    assertEquals("One line.", q.description());
    assertEquals(2, q.parameters().size());
    assertEquals(QueryParameter.Type.IRI, q.parameters().get(0).type());
    assertEquals("https://example.org/a", q.parameters().get(0).defaultValue());
    assertEquals(null, q.parameters().get(1).defaultValue());
  }

  @Test
  void everyPackedAndFolderQueryLoads() {
    QueryCatalog catalog = QueryCatalog.load(Path.of("queries"));
    assertTrue(catalog.all().size() >= 12, "the issue asks for at least twelve questions");
    assertTrue(catalog.find("partners-of-organization").isPresent());
  }

  @Test
  void badValuesAndNamesAreRefusedWithAMessage() {
    PrebuiltQuery q = QueryCatalog.parse("labels", TEXT);
    assertThrows(
        IllegalArgumentException.class,
        () -> QueryRunner.bindings(q, Map.of("name", "x", "nope", "1")));
    assertThrows(
        IllegalArgumentException.class,
        () -> QueryRunner.bindings(q, Map.of()),
        "name has no default");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                QueryRunner.bindings(
                    q, Map.of("name", "x", "thing", "https://e.org/> } ; DROP ALL ; #")));
    assertTrue(e.getMessage().contains("thing"), e.getMessage());
  }

  @Test
  void aStringValueStaysOneLiteral() {
    PrebuiltQuery q =
        QueryCatalog.parse(
            "labels",
            """
        # title: t
        # description: d
        # parameters: name (string)
        SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?name }
        """);
    String sneaky = "x\" } UNION { ?s ?p ?o } #";
    Map<String, Node> b = QueryRunner.bindings(q, Map.of("name", sneaky));
    Dataset ds = DatasetFactory.createTxnMem();
    ds.asDatasetGraph()
        .add(
            Quad.defaultGraphIRI,
            NodeFactory.createURI("https://e.org/s"),
            NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
            NodeFactory.createLiteralString(sneaky));
    ds.asDatasetGraph()
        .add(
            Quad.defaultGraphIRI,
            NodeFactory.createURI("https://e.org/t"),
            NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
            NodeFactory.createLiteralString("other"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QueryRunner.run(ds, q, b, Duration.ofSeconds(10), QueryRunner.Format.CSV, out);
    assertEquals("s\r\nhttps://e.org/s\r\n", out.toString(StandardCharsets.UTF_8));
  }
}
