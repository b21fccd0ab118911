package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.radkg.vocab.Rkg;

/**
 * "N of M relations" counts the relations a page lists: a participatesIn that the build
 * materialized from a stated rkg:leads is hidden from the page, so it is not counted either; a
 * participatesIn that a statement states is.
 */
class RelationCountTest {
  private static final Node LEADS = NodeFactory.createURI(Rkg.NS + "leads");
  private static final Node PARTICIPATES = NodeFactory.createURI(Rkg.NS + "participatesIn");

  @Test
  void materializedRelationsAreNotCounted() {
    // As the store serves it: the default graph is the union of the article graphs.
    Dataset ds = TDB2Factory.createDataset();
    ds.getContext().set(TDB2.symUnionDefaultGraph, true);
    DatasetGraph dsg = ds.asDatasetGraph();
    ds.begin(ReadWrite.WRITE);
    Node g = NodeFactory.createURI(Rkg.DATA_BASE + "article/a1");
    Node society = NodeFactory.createURI(Rkg.DATA_BASE + "organization/society");
    dsg.add(g, society, Rkg.label, NodeFactory.createLiteralString("Society"));
    for (int i = 0; i < 60; i++) {
      Node initiative = NodeFactory.createURI(Rkg.DATA_BASE + "initiative/i" + i);
      dsg.add(g, society, LEADS, initiative);
      state(dsg, g, society, LEADS, initiative, i);
      dsg.add(g, society, PARTICIPATES, initiative);
    }
    // One participation stated as such: listed, so counted.
    Node stated = NodeFactory.createURI(Rkg.DATA_BASE + "initiative/stated");
    dsg.add(g, society, PARTICIPATES, stated);
    state(dsg, g, society, PARTICIPATES, stated, 99);
    ds.commit();
    EntityDescriber.Description d = EntityDescriber.describe(ds, society, 1).orElseThrow();
    assertEquals(61, d.outgoing(), "60 leads and one stated participation");
  }

  private static void state(DatasetGraph dsg, Node g, Node s, Node p, Node o, int n) {
    Node st = NodeFactory.createURI(Rkg.DATA_BASE + "statement/s" + n);
    dsg.add(g, st, Rkg.type, Rkg.Statement);
    dsg.add(g, st, Rkg.subject, s);
    dsg.add(g, st, Rkg.predicate, p);
    dsg.add(g, st, Rkg.object, o);
  }
}
