package org.radkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.radkg.corpus.Article;
import org.radkg.corpus.CorpusException;
import org.radkg.corpus.CorpusLoader;
import org.radkg.eval.EvaluationReport;
import org.radkg.eval.Evaluator;
import org.radkg.eval.GoldFact;
import org.radkg.eval.GoldFile;
import org.radkg.eval.PageSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code radkg eval}: precision, recall and F1 of the extractor against hand-written gold facts. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Extract the corpus and score it against gold facts: precision, recall and F1 per entity type",
        "and per relation, for the dev split (tuned on), the test split (held back), any other split the gold",
        "files name (e.g. unseen), and all.",
        "With --pages, score a set of real pages kept by address (data/eval/real/): each page whose text was",
        "read into DIR/text/ is read as a document of its own; a page the reader refuses counts as nothing read."},
    footer = {"", "Examples:", "  ./radkg eval", "  ./radkg eval --gold data/gold/rsna.tsv --details",
        "  ./radkg eval --pages data/eval/real"})
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin PublisherOption publisher = new PublisherOption();

  @Option(names = "--gold", paramLabel = "FILE", defaultValue = "data/gold",
      description = "Gold file or folder of .tsv files. Default: ${DEFAULT-VALUE}")
  Path gold;

  @Option(names = "--input", paramLabel = "PATH", arity = "1..*", defaultValue = "data/corpus",
      description = "The corpus the gold facts describe. Default: ${DEFAULT-VALUE}")
  List<Path> inputs;

  @Option(names = "--pages", paramLabel = "DIR",
      description = "A page set (DIR/pages.tsv, DIR/gold/, DIR/text/); replaces --gold and --input.")
  Path pages;

  @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}")
  String format;

  @Option(names = "--details", description = "Also list every false positive and false negative.")
  boolean details;

  @Override
  public Integer call() throws Exception {
    Progress progress = new Progress(spec.commandLine().getErr());
    EvaluationReport report = pages != null ? scorePages(progress) : scoreCorpus(progress);
    spec.commandLine().getOut().println("json".equals(format) ? report.toJson() : report.toTable());
    if (details) {
      spec.commandLine().getOut().println(report.debugListing());
    }
    return ExitCodes.OK;
  }

  private EvaluationReport scoreCorpus(Progress progress) throws Exception {
    List<GoldFact> facts = loadGold(gold);
    DatasetGraph dsg = GraphPipeline.build(GraphPipeline.read(inputs, publisher.publisher, progress), progress);
    return new Evaluator().evaluate(DatasetFactory.wrap(dsg), facts);
  }

  private EvaluationReport scorePages(Progress progress) throws Exception {
    if (!PageSet.isPageSet(pages)) {
      throw new BadInputException(pages + ": not a page set (no pages.tsv)");
    }
    PageSet set;
    try {
      set = PageSet.load(pages);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    List<GoldFact> facts = loadGold(pages.resolve("gold"));
    PrintWriter err = spec.commandLine().getErr();
    List<String> missing = set.missingTexts().stream().map(PageSet.Page::id).toList();
    if (!missing.isEmpty()) {
      err.printf("%s: %d of %d pages have no text in %s and are not scored: %s%n"
              + "  (read them again as pages.tsv says: its url, or its query and rank in the search tool's pages corpus)%n",
          pages, missing.size(), set.pages().size(), pages.resolve("text"), String.join(" ", missing));
    }
    CorpusLoader loader = new CorpusLoader();
    List<Article> articles = new ArrayList<>();
    Map<String, String> keys = new HashMap<>();
    List<String> refused = new ArrayList<>();
    for (PageSet.Page page : set.pages()) {
      if (!page.hasText()) {
        continue;
      }
      try {
        for (Article a : loader.load(List.of(page.text()), publisher.publisher)) {
          articles.add(a);
          keys.put(a.source().iri(), page.id());
        }
      } catch (CorpusException e) {
        refused.add(page.id() + " (" + e.getMessage() + ")");
      }
    }
    if (!refused.isEmpty()) {
      err.printf("%s: %d pages refused by the reader, scored as nothing read:%n  %s%n", pages, refused.size(),
          String.join("\n  ", refused));
    }
    // Gold of pages not read into text/ is left out: a page nobody could read is not the extractor's miss.
    List<GoldFact> scored = facts.stream().filter(f -> !missing.contains(f.article())).toList();
    DatasetGraph dsg = GraphPipeline.build(articles, progress);
    return new Evaluator().evaluate(dsg, scored, keys);
  }

  private static List<GoldFact> loadGold(Path path) throws BadInputException {
    if (!Files.exists(path)) {
      throw new BadInputException(path + ": no such gold file or folder");
    }
    try {
      return GoldFile.load(path);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
