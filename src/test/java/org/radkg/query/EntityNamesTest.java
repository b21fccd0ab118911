package org.radkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.radkg.vocab.Rkg;

/**
 * A name finds the entities whose label, other name or acronym it is, case aside; a name of two
 * entities finds both; a name is bound as a literal, so quotes in it change nothing.
 */
class EntityNamesTest {
  private static final Duration T = Duration.ofSeconds(10);

  private static Dataset graph() {
    Dataset ds = DatasetFactory.createTxnMem();
    Node g = Quad.defaultGraphIRI; // a store reads the union of its article graphs as its default
    Node esr = NodeFactory.createURI("https://w3id.org/radkg/id/organization/esr");
    Node estro = NodeFactory.createURI("https://w3id.org/radkg/id/organization/estro");
    var dsg = ds.asDatasetGraph();
    dsg.add(
        new Quad(
            g,
            esr,
            Rkg.label,
            NodeFactory.createLiteralLang("European Society of Radiology", "en")));
    dsg.add(new Quad(g, esr, Rkg.acronym, NodeFactory.createLiteralString("ESR")));
    dsg.add(
        new Quad(
            g,
            estro,
            Rkg.label,
            NodeFactory.createLiteralLang("European Society for Radiotherapy", "en")));
    dsg.add(new Quad(g, estro, Rkg.altLabel, NodeFactory.createLiteralString("ESR")));
    return ds;
  }

  private static List<String> names(Dataset ds, String name) {
    return EntityNames.lookup(ds, name, T).stream().map(EntityNames.Candidate::label).toList();
  }

  @Test
  void findsByLabelOrAcronymCaseAside() {
    Dataset ds = graph();
    assertEquals(
        List.of("European Society of Radiology"), names(ds, "european society of RADIOLOGY"));
    assertEquals(
        List.of("European Society of Radiology", "European Society for Radiotherapy"),
        names(ds, "esr"));
    assertEquals(List.of(), names(ds, "ESR\") } } DROP ALL #"));
  }
}
