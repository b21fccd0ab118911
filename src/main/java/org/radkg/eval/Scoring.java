package org.radkg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.radkg.build.BuildListener;
import org.radkg.build.GraphPipeline;
import org.radkg.corpus.Article;
import org.radkg.corpus.CorpusException;
import org.radkg.corpus.DocumentNote;

/**
 * Extracts a corpus or a page set with the current extractor and scores it against its gold facts;
 * warnings (pages without text, pages the reader refused) go to a consumer so the caller decides
 * where they are shown.
 *
 * @param publisher the publisher every document is credited to, or null to read it from each
 *     document
 * @param minConfidence the lowest confidence a fact may have to be kept
 */
public record Scoring(
    String publisher, double minConfidence, BuildListener listener, Consumer<String> warnings) {

  /**
   * The corpus {@code inputs} scored against the gold facts of {@code gold} (titles name the
   * articles).
   */
  public EvaluationReport corpus(Path gold, List<Path> inputs)
      throws EvalInputException, CorpusException {
    List<GoldFact> facts = PageSetReader.gold(gold);
    DatasetGraph dsg =
        GraphPipeline.graph(
            GraphPipeline.read(inputs, DocumentNote.publisher(publisher), listener),
            minConfidence,
            listener);
    return new Evaluator().evaluate(DatasetFactory.wrap(dsg), facts);
  }

  /**
   * The page set {@code dir} scored page by page (gold keyed by page id): a page whose text is
   * missing is left out, a page the reader refuses counts as nothing read.
   */
  public EvaluationReport pages(Path dir) throws EvalInputException {
    PageSet set = PageSetReader.open(dir);
    List<GoldFact> facts = PageSetReader.gold(dir.resolve("gold"));
    List<String> missing = set.missingTexts().stream().map(PageSet.Page::id).toList();
    if (!missing.isEmpty()) {
      warnings.accept(
          String.format(
              "%s: %d of %d pages have no text in %s and are not scored: %s%n"
                  + "  (read them again as pages.tsv says: its url, or its query and rank in the search tool's pages corpus)",
              dir,
              missing.size(),
              set.pages().size(),
              dir.resolve("text"),
              String.join(" ", missing)));
    }
    List<Article> articles = new ArrayList<>();
    Map<String, String> keys = new HashMap<>();
    List<String> refused = new ArrayList<>();
    PageSetReader.read(
            set,
            page -> true,
            publisher,
            (page, e) -> refused.add(page.id() + " (" + e.getMessage() + ")"))
        .forEach(
            (page, read) ->
                read.forEach(
                    a -> {
                      articles.add(a);
                      keys.put(a.source().iri(), page.id());
                    }));
    if (!refused.isEmpty()) {
      warnings.accept(
          String.format(
              "%s: %d pages refused by the reader, scored as nothing read:%n  %s",
              dir, refused.size(), String.join("\n  ", refused)));
    }
    // Gold of pages not read into text/ is left out: a page nobody could read is not the
    // extractor's miss.
    List<GoldFact> scored = facts.stream().filter(f -> !missing.contains(f.article())).toList();
    DatasetGraph dsg = GraphPipeline.graph(articles, minConfidence, listener);
    return new Evaluator().evaluate(dsg, scored, keys);
  }
}
