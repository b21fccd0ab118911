package org.radkg.build;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.radkg.corpus.Article;
import org.radkg.corpus.CorpusException;
import org.radkg.corpus.CorpusLoader;
import org.radkg.corpus.DocumentNote;
import org.radkg.extract.MethodConfidences;
import org.radkg.extract.ReferenceData;
import org.radkg.graph.KnowledgeGraphBuilder;
import org.radkg.vocab.Rkg;

/**
 * The first half of a build, also used alone by {@code extract} and {@code eval}: read the
 * documents, extract the in-memory graph.
 */
public final class GraphPipeline {
  private GraphPipeline() {}

  /**
   * Reads the articles of {@code inputs}, with what {@code given} states (publisher, date) in place
   * of what each document says.
   */
  public static List<Article> read(List<Path> inputs, DocumentNote given, BuildListener listener)
      throws CorpusException {
    listener.step("reading " + inputs);
    List<Article> articles = new CorpusLoader().load(inputs, given);
    listener.step(articles.size() + " articles");
    return articles;
  }

  /** The graph of {@code articles} with the facts at or above the committed default confidence. */
  public static DatasetGraph graph(List<Article> articles, BuildListener listener) {
    return graph(articles, MethodConfidences.fromClasspath().defaultMinConfidence(), listener);
  }

  /**
   * The graph of {@code articles} with the facts whose confidence is at least {@code
   * minConfidence}.
   */
  public static DatasetGraph graph(
      List<Article> articles, double minConfidence, BuildListener listener) {
    KnowledgeGraphBuilder builder = builder(minConfidence, listener);
    listener.step("extracting");
    DatasetGraph dsg = builder.build(articles);
    listener.step("graph built");
    return dsg;
  }

  /**
   * As {@link #graph(List, double, BuildListener)}, re-extracting only the articles {@code cache}
   * holds no findings for.
   */
  static DatasetGraph graph(
      List<Article> articles, FindingsCache cache, double minConfidence, BuildListener listener) {
    KnowledgeGraphBuilder builder = builder(minConfidence, listener);
    listener.step("extracting"); // the fault tests wait for this exact line
    DatasetGraph dsg = builder.build(articles, cache);
    listener.step(
        "graph built: "
            + cache.misses()
            + " article(s) extracted, "
            + cache.hits()
            + " from the cache");
    return dsg;
  }

  private static KnowledgeGraphBuilder builder(double minConfidence, BuildListener listener) {
    listener.step("loading reference data");
    return new KnowledgeGraphBuilder(ReferenceData.fromClasspath(), Rkg.DATA_BASE)
        .withMinConfidence(minConfidence);
  }
}
