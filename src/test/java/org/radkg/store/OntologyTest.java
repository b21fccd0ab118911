package org.radkg.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.radkg.vocab.Rkg;

class OntologyTest {
  @Test
  void everyRkgTermIsDeclaredWithLabelAndComment() throws Exception {
    Graph g =
        RDFParser.source(getClass().getResourceAsStream("/radkg/ontology/radkg.ttl"))
            .lang(org.apache.jena.riot.Lang.TURTLE)
            .toGraph();
    Node comment = NodeFactory.createURI(Rkg.RDFS + "comment");
    int checked = 0;
    for (Field f : Rkg.class.getFields()) {
      if (f.get(null) instanceof Node n && n.isURI() && n.getURI().startsWith(Rkg.NS)) {
        assertTrue(g.contains(n, Rkg.label, Node.ANY), n + " has no rdfs:label");
        assertTrue(g.contains(n, comment, Node.ANY), n + " has no rdfs:comment");
        checked++;
      }
    }
    assertTrue(checked >= 13);
    assertTrue(
        g.contains(
            Rkg.leads, NodeFactory.createURI(Rkg.RDFS + "subPropertyOf"), Rkg.participatesIn));
    assertTrue(
        g.contains(
            Rkg.Society, NodeFactory.createURI(Rkg.RDFS + "subClassOf"), Rkg.FormalOrganization));
  }
}
