package org.radkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Exact scores of a hand-made two-article extraction against a hand-made gold file. */
class EvaluatorTest {

  private static final String TRIG =
      """
      @prefix rkg: <https://w3id.org/radkg/ontology#> .
      @prefix org: <http://www.w3.org/ns/org#> .
      @prefix schema: <https://schema.org/> .
      @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
      @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
      @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
      @prefix art: <https://w3id.org/radkg/id/article/> .
      @prefix orgn: <https://w3id.org/radkg/id/organization/> .
      @prefix ini: <https://w3id.org/radkg/id/initiative/> .
      @prefix pl: <https://w3id.org/radkg/id/place/> .
      @prefix ev: <https://w3id.org/radkg/id/event/> .
      @prefix top: <https://w3id.org/radkg/id/topic/> .

      art:alpha {
        art:alpha a schema:NewsArticle ; schema:headline "  Alpha News " ;
          schema:mentions orgn:acr, orgn:rsna, ini:midrc,
                          pl:hurghada, orgn:iaea, top:ai .
        orgn:acr a org:Organization, rkg:Society ; rdfs:label "The American College Of Radiology"@en .
        orgn:rsna a org:Organization, rkg:Society ; rdfs:label "RSNA"@en ; rkg:acronym "RSNA" .
        ini:midrc a rkg:Initiative ; rdfs:label "MIDRC Program"@en ;
          skos:altLabel "Medical Imaging & Data Resource Center"@en .
        pl:hurghada a schema:Place, schema:City ; rdfs:label "Hurghada"@en .
        orgn:iaea a org:Organization ; rdfs:label "IAEA"@en .
        top:ai a skos:Concept ; rdfs:label "Artificial intelligence"@en .

        orgn:acr rkg:leads ini:midrc .
        orgn:rsna rkg:partnersIn ini:midrc .
        orgn:rsna rkg:collaboratesWith orgn:acr .
        orgn:acr rkg:collaboratesWith orgn:rsna .
        ini:midrc schema:startDate "2023-03"^^xsd:gYearMonth .
        ini:midrc schema:location pl:hurghada .
        orgn:acr org:memberOf orgn:iaea .
      }

      art:beta {
        art:beta a schema:NewsArticle ; schema:headline "Beta News" ;
          schema:mentions orgn:esr, ev:ecr-2022, pl:vienna .
        orgn:esr a org:Organization, rkg:Society ; rdfs:label "European Society of Radiology"@en ;
          rkg:acronym "ESR" .
        ev:ecr-2022 a schema:Event ; rdfs:label "ECR 2022"@en .
        pl:vienna a schema:Place, schema:City ; rdfs:label "Vienna"@en .
        orgn:esr rkg:leads ev:ecr-2022 .
        orgn:esr rkg:participatesIn ev:ecr-2022 .
        ev:ecr-2022 schema:startDate "2022-03-02"^^xsd:date .
      }

      art:gamma {
        art:gamma a schema:NewsArticle ; schema:headline "Gamma News" ;
          schema:mentions orgn:who .
        orgn:who a org:Organization ; rdfs:label "WHO"@en .
        orgn:who rkg:leads ev:ecr-2022 .
      }
      """;

  private static final String GOLD =
      String.join(
          "\n",
          "# split: dev",
          "Alpha News\tentity\tAmerican College of Radiology\tSociety\tACR",
          "Alpha News\tentity\tRadiological Society of North America\tSociety\tRSNA",
          "Alpha News\tentity\tMedical Imaging and Data Resource Center\tInitiative\tMIDRC",
          "Alpha News\tentity\tHurghada\tCity\t",
          "Alpha News\tentity\tUmar Mahmood\tPerson\t",
          "Alpha News\trelation\tAmerican College of Radiology\tpartnersIn\tMedical Imaging and Data Resource Center",
          "Alpha News\trelation\tRadiological Society of North America\tparticipatesIn\tMedical Imaging and Data Resource Center",
          "Alpha News\trelation\tAmerican College of Radiology\tcollaboratesWith\tRadiological Society of North America",
          "Alpha News\trelation\tMedical Imaging and Data Resource Center\tstartDate\t2023-03-15",
          "Alpha News\trelation\tMedical Imaging and Data Resource Center\tlocation\tHurghada",
          "Alpha News\trelation\tUmar Mahmood\tjobTitle\tPresident",
          "");
  private static final String GOLD_TEST =
      String.join(
          "\n",
          "# split: test",
          "Beta News\tentity\tEuropean Society of Radiology\tSociety\tESR",
          "Beta News\tentity\tEuropean Congress of Radiology 2022\tEvent\tECR 2022",
          "Beta News\trelation\tEuropean Society of Radiology\tleads\tEuropean Congress of Radiology 2022",
          "Beta News\trelation\tEuropean Congress of Radiology 2022\tstartDate\t2022-03-02",
          "Delta News\tentity\tZambia\tCountry\t",
          "");

  private static EvaluationReport report;

  @BeforeAll
  static void evaluate() {
    Dataset ds = DatasetFactory.createTxnMem();
    RDFParser.fromString(TRIG, Lang.TRIG).parse(ds.asDatasetGraph());
    List<GoldFact> gold = new java.util.ArrayList<>(GoldFile.parse("dev.tsv", GOLD));
    gold.addAll(GoldFile.parse("test.tsv", GOLD_TEST));
    report = new Evaluator().evaluate(ds, gold);
  }

  private static void assertScore(Score s, long tp, long fp, long fn) {
    assertEquals(List.of(tp, fp, fn), List.of(s.tp(), s.fp(), s.fn()), s.toString());
  }

  @Test
  void entitiesMatchByAliasAcronymAndTheDroppedArticle() {
    var dev = report.split("dev");
    assertEquals(1, dev.articles());
    assertScore(
        dev.entities().get(CoarseType.ORGANIZATION),
        2,
        1,
        0); // ACR via label, RSNA via acronym; IAEA is FP
    assertScore(dev.entities().get(CoarseType.INITIATIVE), 1, 0, 0); // MIDRC via altLabel with "&"
    assertScore(dev.entities().get(CoarseType.PLACE), 1, 0, 0);
    assertScore(dev.entities().get(CoarseType.PERSON), 0, 0, 1);
    assertScore(dev.entities().get(CoarseType.EVENT), 0, 0, 0); // the skos:Concept topic is ignored
    assertScore(dev.entityMicro(), 4, 1, 1);
    assertEquals(0.8, dev.entityMicro().f1(), 1e-9);
  }

  @Test
  void relationsPerPredicate() {
    var r = report.split("dev").relations();
    assertScore(r.get("partnersIn"), 0, 0, 1); // an extracted leads does not state partnersIn
    assertScore(r.get("leads"), 0, 1, 0);
    assertScore(r.get("participatesIn"), 1, 0, 0); // found through the sub-property partnersIn
    assertScore(r.get("collaboratesWith"), 1, 0, 0); // both directions extracted, one fact
    assertScore(r.get("startDate"), 0, 1, 1);
    assertScore(r.get("location"), 1, 0, 0);
    assertScore(r.get("memberOf"), 0, 1, 0);
    assertScore(r.get("jobTitle"), 0, 0, 1);
    Score micro = report.split("dev").relationMicro();
    assertScore(micro, 3, 3, 3);
    assertEquals(0.5, micro.precision(), 1e-9);
    assertEquals(0.5, micro.recall(), 1e-9);
    assertEquals(0.5, micro.f1(), 1e-9);
  }

  @Test
  void participationAggregateAndLenientDates() {
    var dev = report.split("dev").extra();
    assertScore(dev.get(EvaluationReport.PARTICIPATION_ANY), 2, 0, 0);
    assertScore(
        dev.get(EvaluationReport.START_DATE_LENIENT),
        1,
        0,
        0); // "2023-03" is a prefix of "2023-03-15"
  }

  @Test
  void testSplitAndMaterializedSuperPropertyAndMissingArticle() {
    var test = report.split("test");
    assertEquals(2, test.articles());
    assertEquals(List.of("[test] Delta News"), test.missingArticles());
    assertScore(test.entities().get(CoarseType.ORGANIZATION), 1, 0, 0);
    assertScore(
        test.entities().get(CoarseType.EVENT), 1, 0, 0); // "ECR 2022" matches the gold acronym
    assertScore(
        test.entities().get(CoarseType.PLACE),
        0,
        1,
        1); // Vienna FP, Zambia of the missing article FN
    assertScore(test.relations().get("leads"), 1, 0, 0);
    assertScore(
        test.relations().get("participatesIn"),
        0,
        0,
        0); // entailed by gold leads: not a false positive
    assertScore(test.relations().get("startDate"), 1, 0, 0);
    assertScore(test.extra().get(EvaluationReport.PARTICIPATION_ANY), 1, 0, 0);
  }

  @Test
  void allSplitSumsAndArticlesWithoutGoldAreIgnored() {
    var all = report.split("all");
    assertEquals(3, all.articles());
    assertScore(all.entityMicro(), 6, 2, 2); // nothing from "Gamma News" (no gold facts)
    assertScore(all.relationMicro(), 5, 3, 3);
    assertScore(all.relations().get("leads"), 1, 1, 0); // Gamma's WHO leads ECR is not counted
    assertTrue(all.falsePositives().stream().noneMatch(l -> l.contains("Gamma")));
    assertTrue(
        all.falseNegatives().stream()
            .anyMatch(l -> l.contains("Umar Mahmood") && l.contains("dev.tsv:6")));
  }

  @Test
  void rendersTableAndJson() {
    String table = report.toTable();
    assertTrue(table.contains("== split: dev"), table);
    assertTrue(
        table
            .lines()
            .anyMatch(l -> l.matches("\\s+micro\\s+4\\s+1\\s+1\\s+0\\.800\\s+0\\.800\\s+0\\.800")),
        table);
    String json = report.toJson();
    assertTrue(json.startsWith("{\"splits\":{\"dev\":{"), json);
    assertTrue(
        json.contains("\"entityMicro\":{\"tp\":4,\"fp\":1,\"fn\":1,\"precision\":0.8000"), json);
    assertTrue(report.debugListing().contains("MISSING ARTICLE [test] Delta News"));
  }

  @Test
  void reportsEverySplitNamedInTheGoldInOrder() {
    Dataset ds = DatasetFactory.createTxnMem();
    RDFParser.fromString(TRIG, Lang.TRIG).parse(ds.asDatasetGraph());
    List<GoldFact> gold = new java.util.ArrayList<>();
    gold.addAll(
        GoldFile.parse("zeta.tsv", "# split: zeta\nDelta News\tentity\tZambia\tCountry\t\n"));
    gold.addAll(
        GoldFile.parse("unseen.tsv", GOLD_TEST.replace("# split: test", "# split: unseen")));
    gold.addAll(GoldFile.parse("dev.tsv", GOLD));
    EvaluationReport r = new Evaluator().evaluate(ds, gold);
    assertEquals(List.of("dev", "unseen", "zeta", "all"), r.splitNames());
    assertEquals(null, r.split("test")); // no gold file names it
    var unseen = r.split("unseen");
    assertEquals(2, unseen.articles());
    assertEquals(List.of("[unseen] Delta News"), unseen.missingArticles());
    assertScore(unseen.entities().get(CoarseType.EVENT), 1, 0, 0);
    assertScore(unseen.relations().get("leads"), 1, 0, 0);
    assertScore(r.split("zeta").entities().get(CoarseType.PLACE), 0, 0, 1);
    assertEquals(4, r.split("all").articles());
    assertScore(r.split("all").entityMicro(), 6, 2, 3);
    String table = r.toTable();
    int dev = table.indexOf("== split: dev");
    int uns = table.indexOf("== split: unseen");
    int zeta = table.indexOf("== split: zeta");
    int all = table.indexOf("== split: all");
    assertTrue(dev >= 0 && dev < uns && uns < zeta && zeta < all, table);
    assertTrue(r.toJson().startsWith("{\"splits\":{\"dev\":{"), r.toJson());
    assertTrue(r.toJson().contains("\"unseen\":{\"articles\":2"), r.toJson());
    assertTrue(r.debugListing().contains("MISSING ARTICLE [unseen] Delta News"));
  }

  @Test
  void splitOrderIsDevTestOthersAlphabeticallyThenAll() {
    assertEquals(
        List.of("dev", "test", "alpha", "unseen", "all"),
        EvaluationReport.ordered(List.of("all", "unseen", "test", "alpha", "dev")));
    assertEquals(
        List.of("test", "unseen"), EvaluationReport.ordered(java.util.Set.of("unseen", "test")));
  }
}
