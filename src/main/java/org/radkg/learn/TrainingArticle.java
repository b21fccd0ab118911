package org.radkg.learn;

import java.util.List;
import org.radkg.corpus.Article;
import org.radkg.eval.GoldFact;

/**
 * One annotated article to learn from: the article as the reader cut it, and the gold facts of the
 * article or page it belongs to.
 *
 * @param key the gold article key (a seed title or a real page id), also the fold unit of
 *     cross-validation
 * @param article the article
 * @param gold the gold facts keyed to it (entity and relation rows)
 */
public record TrainingArticle(String key, Article article, List<GoldFact> gold) {}
