package org.radkg.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radkg.corpus.CorpusLoader;
import org.radkg.extract.ReferenceData;
import org.radkg.vocab.Rkg;

/** Every prebuilt query in queries/ parses, has its header, and answers on the seed graph. */
class PrebuiltQueriesTest {
  private static final Pattern PARAM = Pattern.compile("^# parameters: (\\w+) \\(IRI\\) = (\\S+)", Pattern.MULTILINE);
  static Dataset seed;

  @BeforeAll
  static void build() throws Exception {
    seed = DatasetFactory.wrap(new KnowledgeGraphBuilder(ReferenceData.fromClasspath(), Rkg.DATA_BASE)
        .build(new CorpusLoader().load(List.of(Path.of("data/corpus")))));
  }

  @Test
  void everyQueryAnswersOnTheSeed() throws Exception {
    List<Path> queries;
    try (Stream<Path> s = Files.list(Path.of("queries"))) {
      queries = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
    }
    assertTrue(queries.size() >= 4);
    for (Path q : queries) {
      String text = Files.readString(q);
      assertTrue(text.startsWith("# title: ") && text.contains("\n# description: ") && text.contains("\n# parameters: "),
          q + " lacks its header");
      var builder = QueryExecution.dataset(seed).query(text);
      Matcher m = PARAM.matcher(text);
      if (m.find()) {
        builder = builder.substitution(m.group(1), org.apache.jena.rdf.model.ResourceFactory.createResource(m.group(2)));
      }
      try (QueryExecution qe = builder.build()) {
        int rows = ResultSetFormatter.consume(qe.execSelect());
        assertTrue(rows > 0, q + " returned no rows on the seed graph");
      }
    }
  }
}
