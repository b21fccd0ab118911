package org.radkg.graph;

import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.Quad;
import org.radkg.extract.ArticleFindings;

/**
 * Where {@link KnowledgeGraphBuilder#writeGroups(List, GraphGroups)} hands the corpus's graphs, one
 * group of quads at a time and from several threads at once: each article's graph with what it
 * depends on besides its findings, so that a receiver that kept the graph of the same findings and
 * dependencies from an earlier build may take it instead of having the quads made.
 */
public interface GraphGroups {
  /**
   * The graph of {@code findings}' article: {@code quads} makes its quads; {@code dependencies} is
   * the SHA-256 (hex) of everything else they depend on (see {@link ArticleGraphDependencies}), so
   * equal findings and equal dependencies give equal quads.
   */
  void article(ArticleFindings findings, String dependencies, Supplier<List<Quad>> quads);

  /** A graph that is not an article's (a source document's). */
  void other(List<Quad> quads);
}
