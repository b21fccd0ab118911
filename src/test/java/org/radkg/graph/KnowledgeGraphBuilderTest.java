package org.radkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.radkg.corpus.Article;
import org.radkg.corpus.Segmenter;
import org.radkg.corpus.SourceDocument;
import org.radkg.extract.ArticleFindings;
import org.radkg.extract.Entity;
import org.radkg.extract.EntityType;
import org.radkg.extract.ReferenceData;
import org.radkg.vocab.Rkg;

/**
 * The graph build through an extraction cache gives what a fresh extraction gives, and the cache
 * spares the work.
 */
class KnowledgeGraphBuilderTest {
  private static final ReferenceData REFERENCE = ReferenceData.fromClasspath();
  private static final String TEXT =
      """
      Imaging Society of Testland (IST)

      A registry opens

      The Imaging Society of Testland (IST) launched the Testland Dose Registry in 2021. The registry is funded by the Bureau of Dose Studies.

      A course in Oslo

      IST will hold the IST Ultrasound Course in Oslo, Norway, in 2022, together with the Nordic Imaging Network (NIN).
      """;

  /** A cache in memory that counts the extractions it could not spare. */
  private static class MemoryCache implements ExtractionCache {
    final Map<String, Object> entries = new ConcurrentHashMap<>();
    final AtomicInteger computed = new AtomicInteger();

    @Override
    @SuppressWarnings("unchecked")
    public List<Entity> definitions(Article article, Supplier<List<Entity>> compute) {
      return (List<Entity>)
          entries.computeIfAbsent("d" + article.titleBegin(), k -> count(compute));
    }

    @Override
    public String contextKey(List<Entity> defined) {
      return defined.stream().map(Entity::key).toList().toString();
    }

    @Override
    public ArticleFindings findings(
        Article article, String context, Supplier<ArticleFindings> compute) {
      return (ArticleFindings)
          entries.computeIfAbsent("f" + article.titleBegin() + context, k -> count(compute));
    }

    @Override
    public ArticleFindings again(
        Article article, String context, Supplier<ArticleFindings> compute) {
      return (ArticleFindings) entries.get("f" + article.titleBegin() + context);
    }

    private <T> T count(Supplier<T> compute) {
      computed.incrementAndGet();
      return compute.get();
    }
  }

  private static List<Article> articles() {
    return new Segmenter()
        .segment(new SourceDocument("urn:test:kgb", "kgb.txt", TEXT, "text/plain"));
  }

  @Test
  void aCachedBuildIsIsomorphicToAFreshOneAndASecondBuildExtractsNothing() {
    KnowledgeGraphBuilder builder = new KnowledgeGraphBuilder(REFERENCE, Rkg.DATA_BASE);
    List<Article> articles = articles();
    assertEquals(2, articles.size());
    DatasetGraph fresh = builder.build(articles);
    MemoryCache cache = new MemoryCache();
    DatasetGraph first = builder.build(articles, cache);
    assertEquals(4, cache.computed.get(), "each article's definitions and findings, once");
    DatasetGraph second = builder.build(articles(), cache);
    assertEquals(4, cache.computed.get(), "nothing extracted again");
    assertTrue(IsoMatcher.isomorphic(fresh, first));
    assertTrue(IsoMatcher.isomorphic(fresh, second));
  }

  @Test
  void theStreamedExtractionWritesTheSameGraphOneArticleAtATimeAndReadsTheFindingsAgain() {
    KnowledgeGraphBuilder builder = new KnowledgeGraphBuilder(REFERENCE, Rkg.DATA_BASE);
    DatasetGraph fresh = builder.build(articles());
    MemoryCache cache = new MemoryCache();
    // One article per batch: the entities are merged across batches in corpus order.
    DatasetGraph streamed = written(builder, builder.extractForWriting(articles(), cache, 1));
    assertEquals(4, cache.computed.get(), "each article extracted once, its findings read again");
    assertTrue(IsoMatcher.isomorphic(fresh, streamed));
    // A cache that keeps nothing between the passes: the findings are extracted again, the same.
    ExtractionCache keepsNothing =
        new MemoryCache() {
          @Override
          public ArticleFindings again(
              Article article, String context, Supplier<ArticleFindings> compute) {
            return compute.get();
          }
        };
    assertTrue(
        IsoMatcher.isomorphic(
            fresh, written(builder, builder.extractForWriting(articles(), keepsNothing, 1))));
  }

  private static DatasetGraph written(KnowledgeGraphBuilder builder, CorpusExtraction e) {
    DatasetGraph dsg = DatasetGraphFactory.create();
    builder.writeGroups(e, quads -> quads.forEach(dsg::add));
    return dsg;
  }

  @Test
  void eachArticleIsANamedGraphAndTheFirstDefinitionOfAnAcronymWins() {
    KnowledgeGraphBuilder builder = new KnowledgeGraphBuilder(REFERENCE, Rkg.DATA_BASE);
    DatasetGraph dsg = builder.build(articles());
    // The two articles' graphs and their source document's.
    assertEquals(
        3,
        dsg.stream().map(Quad::getGraph).filter(g -> !Quad.isDefaultGraph(g)).distinct().count());
    Entity first = Entity.of("ain", "Alpha Imaging Network", EntityType.ORGANIZATION);
    Entity again = Entity.of("ain", "Alpha Imaging Net", EntityType.ORGANIZATION);
    Entity other = Entity.of("bin", "Beta Imaging Network", EntityType.ORGANIZATION);
    assertEquals(
        List.of(first, other),
        KnowledgeGraphBuilder.defined(List.of(List.of(first), List.of(again, other))));
  }
}
