package org.radkg.extract;

import java.util.List;
import org.radkg.corpus.Article;

/**
 * Everything the extractor found in one article.
 *
 * @param article the article read
 * @param mentions every entity occurrence, in text order
 * @param relations the facts stated, each with its evidence
 * @param topics the article's topics (skos:Concept entities)
 * @param society the society the article is reported by, or {@code null} when unknown
 * @param published when the article's document was published ({@code xsd:date} or coarser), or
 *     {@code null} when unknown
 */
public record ArticleFindings(
    Article article,
    List<Mention> mentions,
    List<Relation> relations,
    List<Entity> topics,
    Entity society,
    LiteralValue published) {}
