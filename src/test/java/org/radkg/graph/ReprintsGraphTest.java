package org.radkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.corpus.Article;
import org.radkg.corpus.CorpusLoader;
import org.radkg.corpus.Reprints;
import org.radkg.extract.ReferenceData;
import org.radkg.vocab.Rkg;

/**
 * The same story in two editions of a newsletter is one article that is part of both editions,
 * dated by the first; a different story under the same headline stays its own article.
 */
class ReprintsGraphTest {
  private static final String STORY =
      """
      Lagoon Society Opens an Imaging Academy

      The Lagoon Society of Imaging opened the Harbour Imaging Academy in Porto in 2024 together with
      the Northern Radiographers Union. The academy trains sixty radiographers a year.
      """;
  private static final String OTHER =
      """
      News in brief

      The Coastal Radiology Forum met in Tallinn in March and elected a new board.
      """;

  @TempDir Path tmp;

  private static String edition(String date, String story, String brief) {
    return "IS3R Global Scan\n"
        + date
        + "\nDublin, IE\n\nAmerican College of Radiology (ACR)\n\n"
        + story
        + "\n"
        + brief;
  }

  @Test
  void aStoryInTwoEditionsIsOneArticleOfBoth() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    // The later edition reprints the story with a changed line break and a hyphenated word joined.
    Files.writeString(corpus.resolve("a-spring.txt"), edition("12 May 2024", STORY, OTHER));
    Files.writeString(
        corpus.resolve("b-autumn.txt"),
        edition(
            "10 October 2024",
            STORY.replace("together with\n", "together with ").replace("sixty", "60"),
            OTHER.replace(
                "Tallinn in March and elected a new board", "Riga and chose a new logo")));
    List<Article> articles = new CorpusLoader().load(List.of(corpus));
    assertEquals(4, articles.size());
    assertEquals(1, Reprints.of(articles).count());

    DatasetGraph dsg =
        new KnowledgeGraphBuilder(ReferenceData.fromClasspath(), Rkg.DATA_BASE).build(articles);
    Dataset ds = DatasetFactory.wrap(dsg);
    List<QuerySolution> rows =
        select(
            ds,
            "PREFIX schema: <https://schema.org/> SELECT ?a ?date ?edition ?editionDate WHERE {"
                + " GRAPH ?a { ?a schema:headline ?h . FILTER(STR(?h) = 'Lagoon Society Opens an"
                + " Imaging Academy') ?a schema:datePublished ?date ; schema:isPartOf ?edition ."
                + " ?edition schema:datePublished ?editionDate } }");
    assertEquals(1, rows.stream().map(r -> r.get("a")).distinct().count(), "one article");
    assertEquals("2024-05-12", rows.get(0).getLiteral("date").getLexicalForm());
    assertEquals(
        Set.of("2024-05-12", "2024-10-10"),
        rows.stream()
            .map(r -> r.getLiteral("editionDate").getLexicalForm())
            .collect(Collectors.toSet()));
    long briefs =
        select(
                ds,
                "PREFIX schema: <https://schema.org/> SELECT ?a WHERE { GRAPH ?a { ?a"
                    + " schema:headline ?h . FILTER(STR(?h) = 'News in brief') } }")
            .size();
    assertEquals(2, briefs, "a different story under the same headline is kept");
    long academies =
        select(
                ds,
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT DISTINCT ?g WHERE {"
                    + " GRAPH ?g { ?x rdfs:label ?l FILTER(CONTAINS(STR(?l), 'Harbour Imaging"
                    + " Academy')) } }")
            .size();
    assertTrue(academies <= 1, "the academy is told of in one article graph, not two");
  }

  private static List<QuerySolution> select(Dataset ds, String query) {
    try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
      List<QuerySolution> out = new java.util.ArrayList<>();
      qe.execSelect().forEachRemaining(out::add);
      return out;
    }
  }
}
