package org.radkg.graph;

import java.util.List;
import java.util.function.Supplier;
import org.radkg.corpus.Article;
import org.radkg.extract.ArticleFindings;
import org.radkg.extract.Entity;

/**
 * Where a graph build may take an article's earlier extraction instead of extracting it again; the
 * build package keeps one on disk, and the graph package needs only this much of it.
 */
public interface ExtractionCache {
  /** The acronym definitions {@code article} introduces, kept or from {@code compute}. */
  List<Entity> definitions(Article article, Supplier<List<Entity>> compute);

  /** A key for the corpus-wide definitions that every article's findings depend on. */
  String contextKey(List<Entity> defined);

  /**
   * The findings of {@code article} under {@code context} (see {@link #contextKey}), kept or from
   * {@code compute}.
   */
  ArticleFindings findings(Article article, String context, Supplier<ArticleFindings> compute);

  /**
   * The findings {@link #findings} gave for {@code article} under {@code context}, read again (from
   * {@code compute} when they were not kept), for a build that lets each article's findings go
   * between its extraction and the writing of its graph; not counted as a hit or a miss.
   */
  default ArticleFindings again(
      Article article, String context, Supplier<ArticleFindings> compute) {
    return compute.get();
  }
}
