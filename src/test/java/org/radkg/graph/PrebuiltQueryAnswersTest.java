package org.radkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radkg.query.PrebuiltQuery;
import org.radkg.query.QueryCatalog;
import org.radkg.store.MaterializedUnion;
import org.radkg.store.StoreBuilder;

/**
 * Every prebuilt query gives on the seed store the same rows (a multiset of bindings) as recorded
 * in {@code src/test/resources/query-answers/NAME.txt} before the queries were rewritten for speed.
 * Rerecord (only when an answer is meant to change) with {@code -Dradkg.recordAnswers=true}.
 */
class PrebuiltQueryAnswersTest {
  private static final Path ANSWERS = Path.of("src/test/resources/query-answers");

  @TempDir Path tmp;

  @Test
  void answersOnTheSeedAreUnchanged() throws Exception {
    if (PrebuiltQueriesTest.seed == null) {
      PrebuiltQueriesTest.build();
    }
    boolean record = Boolean.getBoolean("radkg.recordAnswers");
    int compared = 0;
    for (PrebuiltQuery q : QueryCatalog.load(Path.of("queries")).all()) {
      Path file = ANSWERS.resolve(q.name() + ".txt");
      String actual = QueryAnswers.of(PrebuiltQueriesTest.seed, q, true);
      if (record) {
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      if (Files.exists(file)) {
        assertEquals(
            QueryAnswers.comparable(q, Files.readString(file, StandardCharsets.UTF_8)),
            QueryAnswers.comparable(q, actual),
            q.name() + " answers differently");
        compared++;
      }
    }
    assertTrue(compared >= 12, "only " + compared + " recorded answers");
  }

  /**
   * The same answers from a built store, whose default graph is the union materialized by the
   * build, read with TDB2's union default graph off, as served.
   */
  @Test
  void answersFromABuiltStoreWithTheMaterializedUnionAreTheSame() throws Exception {
    if (PrebuiltQueriesTest.seed == null) {
      PrebuiltQueriesTest.build();
    }
    Path store = tmp.resolve("store");
    new StoreBuilder().build(PrebuiltQueriesTest.seed.asDatasetGraph(), store);
    Dataset ds = StoreBuilder.open(store);
    try {
      assertTrue(MaterializedUnion.isOn(ds.asDatasetGraph()));
      int compared = 0;
      for (PrebuiltQuery q : QueryCatalog.load(Path.of("queries")).all()) {
        Path file = ANSWERS.resolve(q.name() + ".txt");
        if (Files.exists(file)) {
          assertEquals(
              QueryAnswers.comparable(q, Files.readString(file, StandardCharsets.UTF_8)),
              QueryAnswers.comparable(q, QueryAnswers.of(ds, q, false)),
              q.name() + " answers differently on the materialized default graph");
          compared++;
        }
      }
      assertTrue(compared >= 12, "only " + compared + " recorded answers");
    } finally {
      TDBInternal.expel(ds.asDatasetGraph());
    }
  }
}
