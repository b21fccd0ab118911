package org.radkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.corpus.CorpusLoader;
import org.radkg.extract.ReferenceData;
import org.radkg.graph.KnowledgeGraphBuilder;
import org.radkg.vocab.Rkg;

/**
 * An entity page lists each stated fact once: the rkg:participatesIn materialized beside a
 * rkg:leads or rkg:funds fact stays in the entity's RDF, but neither its relation tables nor its
 * drawing repeat the fact as "participates in".
 */
class EntityFactsOnceTest {
  private static final String NEWS =
      """
      Imaging Society of Testland (IST)

      A registry opens

      The Imaging Society of Testland (IST) launched the Testland Dose Registry in 2021. The registry is funded by the Bureau of Dose Studies.
      """;

  @TempDir Path tmp;

  @Test
  void aLeadsFactShowsOnceNotAgainAsParticipatesIn() throws Exception {
    Path input = Files.writeString(tmp.resolve("news.txt"), NEWS);
    DatasetGraph built =
        new KnowledgeGraphBuilder(ReferenceData.fromClasspath(), Rkg.DATA_BASE)
            .build(new CorpusLoader().load(List.of(input)));
    Dataset ds = TDB2Factory.createDataset();
    ds.getContext().set(TDB2.symUnionDefaultGraph, true);
    Txn.executeWrite(ds, () -> built.find().forEachRemaining(ds.asDatasetGraph()::add));
    Node registry = NodeFactory.createURI(Rkg.DATA_BASE + "initiative/testland-dose-registry");
    List<Node> participants =
        Txn.calculateRead(
            ds,
            () ->
                ds.asDatasetGraph()
                    .getUnionGraph()
                    .find(Node.ANY, Rkg.participatesIn, registry)
                    .mapWith(t -> t.getSubject())
                    .toList());
    assertEquals(2, participants.size(), "the leader and the funder take part: " + participants);

    for (Node org : participants) {
      EntityDescriber.Description d = EntityDescriber.describe(ds, org, 1).orElseThrow();
      assertTrue(
          d.graph().contains(org, Rkg.participatesIn, registry),
          "the entity's RDF keeps the materialized triple");
      Document page =
          Jsoup.parse(
              new EntityPage(d, org, new LinkMapper(Rkg.DATA_BASE, "/")).render("{}").html());
      List<String> relations =
          page.select("section:has(h2:matchesOwn(^Relations$)) tr td:eq(0)").eachText();
      assertEquals(1, relations.size(), org + " relations: " + relations);
      assertTrue(List.of("leads", "funds").contains(relations.get(0)), relations.toString());
      Element data = page.selectFirst("#neighbourhood-data, script[type=application/json]");
      if (data != null) {
        assertTrue(!data.data().contains("participates in"), data.data());
      }
    }
    EntityDescriber.Description d = EntityDescriber.describe(ds, registry, 1).orElseThrow();
    Document page =
        Jsoup.parse(
            new EntityPage(d, registry, new LinkMapper(Rkg.DATA_BASE, "/")).render("{}").html());
    List<String> incoming =
        page.select("section:has(h2:matchesOwn(^Pointing here$)) tr td:eq(1)").eachText();
    assertEquals(List.of("funds", "leads"), incoming.stream().sorted().toList(), page.html());
  }
}
