package org.radkg.dump;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.radkg.canonical.CanonicalQuads;

class StreamWritersTest {
  @Test
  void escapesAndTermKindsRoundTripThroughRio() throws IOException {
    DatasetGraph dsg = DatasetGraphFactory.create();
    Node s = NodeFactory.createURI("https://example.org/s?a=1&b=%222");
    Node p = NodeFactory.createURI("https://example.org/p");
    Node g = NodeFactory.createURI("https://example.org/g");
    Node b = NodeFactory.createBlankNode("c14n0");
    dsg.add(
        Quad.defaultGraphIRI,
        s,
        p,
        NodeFactory.createLiteralString(
            "quote \" backslash \\ nl\n tab\t cr\r ctl\u0001 \u2028 é 😀"));
    dsg.add(Quad.defaultGraphIRI, s, p, NodeFactory.createLiteralLang("x", "en-GB"));
    dsg.add(g, s, p, NodeFactory.createLiteralDT("007", XSDDatatype.XSDinteger));
    dsg.add(g, s, p, b);
    dsg.add(g, b, p, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
    dsg.add(b, b, p, NodeFactory.createLiteralString(""));
    List<Quad> grouped = new ArrayList<>();
    List<Quad> canonical = CanonicalQuads.of(dsg).quads();
    canonical.stream().filter(Quad::isDefaultGraph).forEach(grouped::add);
    canonical.stream()
        .filter(q -> q.getGraph().isURI() && !q.isDefaultGraph())
        .forEach(grouped::add);
    canonical.stream().filter(q -> q.getGraph().isBlank()).forEach(grouped::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonLdStreamWriter.write(out, grouped);
    var parsed = Rio.parse(new ByteArrayInputStream(out.toByteArray()), "", RDFFormat.JSONLD);
    assertTrue(Models.isomorphic(RdfConversion.statements(dsg), parsed), out.toString());

    // The same terms as plain RDF/XML (one graph), plus a predicate outside the known namespaces.
    Graph union = GraphFactory.createDefaultGraph();
    grouped.forEach(q -> union.add(q.asTriple()));
    // XML 1.0 cannot carry U+0001 at all (Jena's writer refuses it too): that literal is left out
    // here.
    union.find().toList().stream()
        .filter(
            t ->
                t.getObject().isLiteral()
                    && t.getObject().getLiteralLexicalForm().contains("\u0001"))
        .forEach(union::delete);
    union.add(
        s,
        NodeFactory.createURI("https://example.org/other/x-1.y"),
        NodeFactory.createLiteralString("<a & \"b\">\r"));
    List<Triple> bySubject = new ArrayList<>(union.find().toList());
    bySubject.sort(
        Comparator.comparing((Triple t) -> t.getSubject().toString())
            .thenComparing(t -> t.toString()));
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    RdfXmlStreamWriter.write(xml, bySubject);
    var parsedXml = Rio.parse(new ByteArrayInputStream(xml.toByteArray()), "", RDFFormat.RDFXML);
    assertTrue(Models.isomorphic(RdfConversion.statements(union), parsedXml), xml.toString());
  }
}
