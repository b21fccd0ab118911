package org.radkg.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.radkg.corpus.Article;
import org.radkg.corpus.CorpusException;
import org.radkg.corpus.CorpusLoader;
import org.radkg.corpus.DocumentNote;

/**
 * A page set as {@code eval}, {@code train} and {@code calibrate} read it: opened with bad input
 * named, and each chosen page whose text was read into the set read as a document of its own, a
 * page the reader refuses reported.
 */
public final class PageSetReader {
  private PageSetReader() {}

  /**
   * The page set in {@code dir}; a folder without {@code pages.tsv} or a malformed one is bad
   * input.
   */
  public static PageSet open(Path dir) throws EvalInputException {
    if (!PageSet.isPageSet(dir)) {
      throw new EvalInputException(dir + ": not a page set (no pages.tsv)");
    }
    try {
      return PageSet.load(dir);
    } catch (IllegalArgumentException e) {
      throw new EvalInputException(e.getMessage());
    }
  }

  /**
   * The articles of every page of {@code set} that {@code which} chooses and whose text is present,
   * in the set's order, each document credited to {@code publisher} when not null; a refused page
   * goes to {@code refused}.
   */
  public static Map<PageSet.Page, List<Article>> read(
      PageSet set,
      Predicate<PageSet.Page> which,
      String publisher,
      BiConsumer<PageSet.Page, CorpusException> refused) {
    CorpusLoader loader = new CorpusLoader();
    Map<PageSet.Page, List<Article>> out = new LinkedHashMap<>();
    for (PageSet.Page page : set.pages()) {
      if (!which.test(page) || !page.hasText()) {
        continue;
      }
      try {
        out.put(page, loader.load(List.of(page.text()), DocumentNote.publisher(publisher)));
      } catch (CorpusException e) {
        refused.accept(page, e);
      }
    }
    return out;
  }

  /**
   * The gold facts of {@code path} (a .tsv file or a folder of them); a missing or malformed one is
   * bad input.
   */
  public static List<GoldFact> gold(Path path) throws EvalInputException {
    if (!java.nio.file.Files.exists(path)) {
      throw new EvalInputException(path + ": no such gold file or folder");
    }
    try {
      return GoldFile.load(path);
    } catch (IllegalArgumentException e) {
      throw new EvalInputException(e.getMessage());
    }
  }
}
