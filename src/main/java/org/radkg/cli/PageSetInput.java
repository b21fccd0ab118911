package org.radkg.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.radkg.corpus.Article;
import org.radkg.corpus.CorpusException;
import org.radkg.corpus.CorpusLoader;
import org.radkg.eval.PageSet;

/**
 * A page set as {@code eval} and {@code train} read it: opened with bad input named (exit 3), and each chosen
 * page whose text was read into the set read as a document of its own, a page the reader refuses reported.
 */
final class PageSetInput {
  private PageSetInput() {}

  /** The page set in {@code dir}; a folder without {@code pages.tsv} or a malformed one is bad input. */
  static PageSet open(Path dir) throws BadInputException {
    if (!PageSet.isPageSet(dir)) {
      throw new BadInputException(dir + ": not a page set (no pages.tsv)");
    }
    try {
      return PageSet.load(dir);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  /**
   * The articles of every page of {@code set} that {@code which} chooses and whose text is present, in the set's
   * order, each document credited to {@code publisher} when not null; a refused page goes to {@code refused}.
   */
  static Map<PageSet.Page, List<Article>> read(PageSet set, Predicate<PageSet.Page> which, String publisher,
      BiConsumer<PageSet.Page, CorpusException> refused) {
    CorpusLoader loader = new CorpusLoader();
    Map<PageSet.Page, List<Article>> out = new LinkedHashMap<>();
    for (PageSet.Page page : set.pages()) {
      if (!which.test(page) || !page.hasText()) {
        continue;
      }
      try {
        out.put(page, loader.load(List.of(page.text()), publisher));
      } catch (CorpusException e) {
        refused.accept(page, e);
      }
    }
    return out;
  }
}
