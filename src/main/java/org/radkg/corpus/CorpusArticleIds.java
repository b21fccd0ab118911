package org.radkg.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.radkg.vocab.Slugs;

/**
 * Makes article ids unique across a corpus whatever order its documents were read in.
 *
 * <p>The {@link Segmenter}'s ids ("source-society-title") are unique within their document, and no
 * two documents share a source slug, so two documents can claim one id only when one's source slug
 * is the other's plus a dash and words: "news" under the society "ESR Asia" and "news-esr" under
 * "Asia". Then the document with the shorter source slug (of equal ones, the smaller name) keeps
 * the id, and the other's article gets "--" and a hash of its document's name appended. The ids of
 * documents that do not meet this way never change when other files come or go.
 */
final class CorpusArticleIds {
  private static final Comparator<SourceDocument> KEEPER =
      Comparator.comparingInt((SourceDocument d) -> SourceNames.slug(d.name()).length())
          .thenComparing(SourceDocument::name);
  private static final int MAX_TRIES = 1000;

  private CorpusArticleIds() {}

  /** The articles of all documents in order, each with an id no other article of the corpus has. */
  static List<Article> unique(List<List<Article>> byDocument) {
    Map<String, SourceDocument> keeper = new HashMap<>();
    for (List<Article> articles : byDocument) {
      for (Article a : articles) {
        keeper.merge(a.id(), a.source(), (x, y) -> KEEPER.compare(x, y) <= 0 ? x : y);
      }
    }
    Set<String> taken = new HashSet<>(keeper.keySet());
    List<Article> all = new ArrayList<>();
    for (List<Article> articles : byDocument) {
      for (Article a : articles) {
        all.add(keeper.get(a.id()) == a.source() ? a : renamed(a, taken));
      }
    }
    return all;
  }

  private static Article renamed(Article a, Set<String> taken) {
    for (int k = 0; k < MAX_TRIES; k++) {
      String id =
          a.id()
              + Slugs.HASH_MARK
              + Slugs.hash(k == 0 ? a.source().name() : a.source().name() + "\n" + k);
      if (taken.add(id)) {
        return new Article(
            id, a.society(), a.title(), a.titleBegin(), a.bodyBegin(), a.bodyEnd(), a.source());
      }
    }
    throw new IllegalStateException(
        "no free id for article " + a.id() + " of " + a.source().name());
  }
}
