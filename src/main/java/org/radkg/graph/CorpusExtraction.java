package org.radkg.graph;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.radkg.corpus.Article;
import org.radkg.corpus.Reprints;
import org.radkg.extract.ArticleFindings;

/**
 * A corpus's extraction as far as writing its graphs needs it: the articles, their reprints, the
 * corpus-wide merged entity descriptions, and where each article's findings are had again when its
 * graph is written, so that a large build need not hold every article's findings at once (see
 * {@link KnowledgeGraphBuilder#extractForWriting}).
 */
public final class CorpusExtraction {
  private final List<Article> articles;
  private final Reprints reprints;
  private final EntityRegistry registry;
  private final Function<Article, ArticleFindings> findings;

  CorpusExtraction(
      List<Article> articles,
      Reprints reprints,
      EntityRegistry registry,
      Function<Article, ArticleFindings> findings) {
    this.articles = articles;
    this.reprints = reprints;
    this.registry = registry;
    this.findings = findings;
  }

  /** The extraction of findings held in memory, each article's as given (reprints included). */
  static CorpusExtraction of(
      List<ArticleFindings> all, EntityRegistry registry, Reprints reprints) {
    Map<Article, ArticleFindings> byArticle = new IdentityHashMap<>();
    all.forEach(f -> byArticle.put(f.article(), f));
    return new CorpusExtraction(
        all.stream().map(ArticleFindings::article).toList(), reprints, registry, byArticle::get);
  }

  /** Every article of the corpus, in corpus order, reprints included. */
  List<Article> articles() {
    return articles;
  }

  /** The articles that get a graph of their own: all but the reprints, in corpus order. */
  List<Article> written() {
    return reprints.count() == 0
        ? articles
        : articles.stream().filter(a -> !reprints.isReprint(a)).toList();
  }

  Reprints reprints() {
    return reprints;
  }

  EntityRegistry registry() {
    return registry;
  }

  /** The findings of {@code article}, made or read again on each call. */
  ArticleFindings findings(Article article) {
    return findings.apply(article);
  }
}
