package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.radkg.corpus.Article;
import org.radkg.corpus.Segmenter;
import org.radkg.corpus.SourceDocument;

/**
 * Builds one-article synthetic newsletters and runs the real extractor on them (reference data
 * loaded once).
 */
final class TestArticles {
  static final ReferenceData REFERENCE = ReferenceData.fromClasspath();
  private static final Extractor EXTRACTOR = new Extractor(REFERENCE, List.of());

  private TestArticles() {}

  /** The article of a newsletter with one society section, one title and one paragraph. */
  static Article article(String societyHeader, String title, String paragraph) {
    String text =
        "Test Bulletin\n\nShort news from member societies of a test network.\n\n\n"
            + societyHeader
            + "\n\n"
            + title
            + "\n\n"
            + paragraph
            + "\n";
    SourceDocument doc = new SourceDocument("urn:test:doc", "test.txt", text, "text/plain");
    List<Article> articles = new Segmenter().segment(doc);
    return articles.get(articles.size() - 1);
  }

  static ArticleFindings extract(String societyHeader, String title, String paragraph) {
    return EXTRACTOR.extract(article(societyHeader, title, paragraph));
  }

  /** The names the name-phrase finder reads in all of {@code text}. */
  static List<String> phraseNames(String text) {
    return new NamePhraseFinder()
        .find(text, 0, text.length()).stream().map(NamePhraseFinder.Candidate::name).toList();
  }

  /** The labels of the organizations of a one-paragraph article in an EFRS section, each once. */
  static List<String> organizationLabels(String paragraph) {
    return extract("European Federation of Radiographer Societies (EFRS)", "News", paragraph)
        .mentions()
        .stream()
        .filter(m -> m.entity().primaryType().isOrganization())
        .map(m -> m.entity().label())
        .distinct()
        .toList();
  }

  /** Fails unless every one of {@code expected} is among {@code relations}. */
  static void assertHas(List<String> relations, String... expected) {
    for (String e : expected) {
      org.junit.jupiter.api.Assertions.assertTrue(
          relations.contains(e), () -> "missing " + e + " in " + relations);
    }
  }

  /** The relations of a one-paragraph article titled "News Item" in the section {@code header}. */
  static List<String> newsItem(String header, String paragraph) {
    return relations(header, "News Item", paragraph);
  }

  /**
   * Relations as "subject | PREDICATE | object" strings (labels, or the literal's lexical form).
   */
  static List<String> relations(String societyHeader, String title, String paragraph) {
    List<String> out = new ArrayList<>();
    for (Relation r : extract(societyHeader, title, paragraph).relations()) {
      String o = r.object() instanceof Entity e ? e.label() : ((LiteralValue) r.object()).lexical();
      out.add(r.subject().label() + " | " + r.predicate() + " | " + o);
    }
    return out;
  }
}
