package org.radkg.learn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.radkg.corpus.Article;
import org.radkg.corpus.CorpusException;
import org.radkg.corpus.CorpusLoader;
import org.radkg.eval.EvalInputException;
import org.radkg.eval.GoldFact;
import org.radkg.eval.PageSet;
import org.radkg.eval.PageSetReader;

/**
 * The annotated articles {@code train} and {@code calibrate} learn from: a corpus's articles that
 * its gold annotates, and the learn half of a page set (never its test half) whose texts are
 * present.
 */
public final class LearningData {
  private LearningData() {}

  /**
   * The articles of {@code input} that {@code gold} annotates in split {@code split} ("*": any),
   * with their gold facts.
   */
  public static List<TrainingArticle> corpusArticles(Path gold, Path input, String split)
      throws EvalInputException, CorpusException {
    if (!Files.exists(gold) || !Files.exists(input)) {
      throw new EvalInputException(
          (Files.exists(gold) ? input : gold) + ": no such file or folder");
    }
    Map<String, List<GoldFact>> byTitle = new LinkedHashMap<>();
    for (GoldFact f : PageSetReader.gold(gold)) {
      if (split.equals("*") || f.split().equals(split)) {
        byTitle.computeIfAbsent(f.article().trim(), k -> new ArrayList<>()).add(f);
      }
    }
    List<TrainingArticle> out = new ArrayList<>();
    for (Article a : new CorpusLoader().load(List.of(input), null)) {
      List<GoldFact> facts = byTitle.get(a.title().trim());
      if (facts != null) {
        out.add(new TrainingArticle(a.title().trim(), a, facts));
      }
    }
    return out;
  }

  /**
   * The learn pages of the page set {@code dir} whose text is present, each article with its page's
   * gold; pages without text and pages the reader refuses are reported to {@code warnings}.
   */
  public static List<TrainingArticle> pageArticles(Path dir, Consumer<String> warnings)
      throws EvalInputException {
    PageSet set = PageSetReader.open(dir);
    Map<String, List<GoldFact>> byPage = new LinkedHashMap<>();
    for (GoldFact f : PageSetReader.gold(dir.resolve("gold"))) {
      byPage.computeIfAbsent(f.article(), k -> new ArrayList<>()).add(f);
    }
    // Only the learn half: the test half is for reporting, never for fitting or tuning.
    List<String> missing =
        set.missingTexts().stream().filter(LearningData::learn).map(PageSet.Page::id).toList();
    List<TrainingArticle> out = new ArrayList<>();
    PageSetReader.read(
            set,
            LearningData::learn,
            null,
            (page, e) ->
                warnings.accept(
                    String.format(
                        "%s: page %s refused by the reader, not learned from: %s",
                        dir, page.id(), e.getMessage())))
        .forEach(
            (page, read) ->
                read.forEach(
                    a ->
                        out.add(
                            new TrainingArticle(
                                page.id(), a, byPage.getOrDefault(page.id(), List.of())))));
    if (!missing.isEmpty()) {
      warnings.accept(
          String.format(
              "%s: %d learn pages have no text in %s and are not learned from: %s",
              dir, missing.size(), dir.resolve("text"), String.join(" ", missing)));
    }
    return out;
  }

  /**
   * {@code articles} as one set for {@link MethodCalibrator}: their gold facts, and for a page set
   * ({@code pageSet}) the page each document belongs to.
   */
  public static MethodCalibrator.LearningSet learningSet(
      String name, List<TrainingArticle> articles, boolean pageSet) {
    Map<String, List<GoldFact>> gold = new LinkedHashMap<>();
    Map<String, String> keys = new HashMap<>();
    for (TrainingArticle a : articles) {
      gold.putIfAbsent(a.key(), a.gold());
      if (pageSet) {
        keys.put(a.article().source().iri(), a.key());
      }
    }
    return new MethodCalibrator.LearningSet(
        name,
        articles.stream().map(TrainingArticle::article).toList(),
        gold.values().stream().flatMap(List::stream).toList(),
        keys);
  }

  private static boolean learn(PageSet.Page page) {
    return page.split().equals("learn");
  }
}
