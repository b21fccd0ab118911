package org.radkg.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radkg.corpus.CorpusLoader;
import org.radkg.extract.ReferenceData;
import org.radkg.store.SummaryGraph;
import org.radkg.vocab.Ontology;
import org.radkg.vocab.Rkg;

/** Every prebuilt query in queries/ parses, has its header, and answers on the seed graph. */
class PrebuiltQueriesTest {
  private static final Pattern PARAMS = Pattern.compile("^# parameters: (.*)$", Pattern.MULTILINE);
  private static final Pattern IRI_PARAM = Pattern.compile("\\s*(\\w+) \\(IRI\\) = (\\S+)\\s*");
  static Dataset seed;

  @BeforeAll
  static void build() throws Exception {
    DatasetGraph built =
        new KnowledgeGraphBuilder(ReferenceData.fromClasspath(), Rkg.DATA_BASE)
            .build(new CorpusLoader().load(List.of(Path.of("data/corpus"))));
    Ontology.addTo(built); // as a build does: the queries must not count the ontology's triples
    // An in-memory TDB2 dataset, so the default graph is the union of the named graphs, as
    // served.
    seed = TDB2Factory.createDataset();
    Txn.executeWrite(seed, () -> built.find().forEachRemaining(seed.asDatasetGraph()::add));
    SummaryGraph.writeOverUnionView(seed); // as a build does: some queries read it
  }

  @Test
  void everyQueryAnswersOnTheSeed() throws Exception {
    List<Path> queries;
    try (Stream<Path> s = Files.list(Path.of("queries"))) {
      queries = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
    }
    assertTrue(queries.size() >= 12);
    for (Path q : queries) {
      String text = Files.readString(q);
      assertTrue(
          text.startsWith("# title: ")
              && text.contains("\n# description: ")
              && text.contains("\n# parameters: "),
          q + " lacks its header");
      var builder = QueryExecution.dataset(seed).query(text).set(TDB2.symUnionDefaultGraph, true);
      Matcher m = PARAMS.matcher(text);
      if (m.find()) {
        for (String declared : m.group(1).split(";")) { // several parameters are separated by ';'
          Matcher p = IRI_PARAM.matcher(declared);
          if (p.matches()) {
            builder =
                builder.substitution(
                    p.group(1),
                    org.apache.jena.rdf.model.ResourceFactory.createResource(p.group(2)));
          }
        }
      }
      var ready = builder;
      int rows =
          Txn.calculateRead(
              seed,
              () -> {
                try (QueryExecution qe = ready.build()) {
                  return ResultSetFormatter.consume(qe.execSelect());
                }
              });
      assertTrue(rows > 0, q + " returned no rows on the seed graph");
    }
  }
}
