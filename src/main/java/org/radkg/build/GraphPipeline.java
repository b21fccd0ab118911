package org.radkg.build;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.radkg.canonical.CanonicalCollector;
import org.radkg.canonical.CanonicalQuads;
import org.radkg.corpus.Article;
import org.radkg.corpus.CorpusException;
import org.radkg.corpus.CorpusLoader;
import org.radkg.corpus.DocumentNote;
import org.radkg.extract.MethodConfidences;
import org.radkg.extract.ReferenceData;
import org.radkg.graph.CorpusExtraction;
import org.radkg.graph.KnowledgeGraphBuilder;
import org.radkg.vocab.Ontology;
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

  /**
   * The canonical quads of {@code articles} (re-extracting only those {@code cache} holds no
   * findings for) with the ontology's graph, gathered by {@code out}: each article's graph is
   * canonicalized as it is written, so no in-memory dataset of the whole corpus is made (see {@link
   * CanonicalCollector}).
   */
  static CanonicalQuads canonical(
      List<Article> articles,
      FindingsCache cache,
      double minConfidence,
      BuildListener listener,
      CanonicalCollector out) {
    return canonical(articles, cache, null, minConfidence, listener, out);
  }

  /**
   * As {@link #canonical(List, FindingsCache, double, BuildListener, CanonicalCollector)}, taking
   * from {@code graphs} (when not null) each article graph whose findings and dependencies it
   * holds, instead of writing and canonicalizing it again.
   */
  static CanonicalQuads canonical(
      List<Article> articles,
      FindingsCache cache,
      GraphCache graphs,
      double minConfidence,
      BuildListener listener,
      CanonicalCollector out) {
    collect(articles, cache, graphs, minConfidence, listener, out);
    // The ontology travels with the data, in a graph of its own, so a query can follow
    // rdfs:subPropertyOf; it joins the union default graph like every named graph.
    out.add(Ontology.quads());
    // The findings are unreachable by now (collect's frame is gone): only the canonical graphs
    // stay.
    CanonicalQuads canon = out.result();
    listener.step("canonical quads hashed");
    return canon;
  }

  private static void collect(
      List<Article> articles,
      FindingsCache cache,
      GraphCache graphs,
      double minConfidence,
      BuildListener listener,
      CanonicalCollector out) {
    KnowledgeGraphBuilder builder = builder(minConfidence, listener);
    listener.step("extracting"); // the fault tests wait for this exact line
    // Only the merged entities stay from here on: each article's findings are read again from the
    // cache when its graph is written.
    CorpusExtraction findings = builder.extractForWriting(articles, cache);
    listener.step(
        "extracted: "
            + cache.misses()
            + " article(s) extracted, "
            + cache.hits()
            + " from the cache");
    listener.step("canonicalizing");
    if (graphs == null) {
      builder.writeGroups(findings, out::add);
    } else {
      builder.writeGroups(findings, graphs.collectingInto(out));
      listener.step(
          "canonicalized: "
              + graphs.misses()
              + " article graph(s) written, "
              + graphs.hits()
              + " from the cache");
    }
  }

  private static KnowledgeGraphBuilder builder(double minConfidence, BuildListener listener) {
    listener.step("loading reference data");
    return new KnowledgeGraphBuilder(ReferenceData.fromClasspath(), Rkg.DATA_BASE)
        .withMinConfidence(minConfidence);
  }
}
