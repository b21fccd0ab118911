package org.radkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.radkg.eval.EvaluationReport;
import org.radkg.eval.PageSet;
import org.radkg.eval.Scoring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code radkg eval}: precision, recall and F1 of the extractor against hand-written gold facts.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Extract the corpus and score it against gold facts: precision, recall and F1 per entity type",
      "and per relation, for the dev split (tuned on), the test split (held back), any other split the gold",
      "files name (e.g. unseen), and all.",
      "With --pages, score a set of real pages kept by address (data/eval/real/): each page whose text was",
      "read into DIR/text/ is read as a document of its own; a page the reader refuses counts as nothing read.",
      "Without --gold, --input or --pages: every set, the real pages of data/eval/ first, then the seed",
      "newsletter (data/gold on data/corpus), then each synthetic newsletter of data/eval/."
    },
    footer = {
      "",
      "Examples:",
      "  ./radkg eval",
      "  ./radkg eval --gold data/gold --input data/corpus --details",
      "  ./radkg eval --pages data/eval/real"
    })
final class EvalCommand implements Callable<Integer> {
  enum Format {
    table,
    json
  }

  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin PublisherOption publisher = new PublisherOption();
  @picocli.CommandLine.Mixin MinConfidenceOption minConfidence = new MinConfidenceOption();

  private static final Path SEED_GOLD = Path.of("data/gold");
  private static final Path SEED_CORPUS = Path.of("data/corpus");
  private static final Path SETS = Path.of("data/eval");

  @Option(
      names = "--gold",
      paramLabel = "FILE",
      description =
          "Gold file or folder of .tsv files. Default: data/gold (with --input data/corpus).")
  Path gold;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "The corpus the gold facts describe. Default: data/corpus (with --gold data/gold).")
  List<Path> inputs;

  @Option(
      names = "--pages",
      paramLabel = "DIR",
      description =
          "A page set (DIR/pages.tsv, DIR/gold/, DIR/text/); replaces --gold and --input.")
  Path pages;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json. Default: ${DEFAULT-VALUE}")
  Format format;

  @Option(names = "--details", description = "Also list every false positive and false negative.")
  boolean details;

  @Override
  public Integer call() throws Exception {
    Progress progress = new Progress(spec.commandLine().getErr());
    if (pages == null && gold == null && inputs == null) {
      return everySet(progress);
    }
    EvaluationReport report =
        pages != null
            ? scorePages(pages, progress)
            : scoreCorpus(
                gold != null ? gold : SEED_GOLD,
                inputs != null ? inputs : List.of(SEED_CORPUS),
                progress);
    print(report, null);
    return ExitCode.OK.code();
  }

  /**
   * Without --gold, --input or --pages: the page sets of data/eval/ first (the real pages, the
   * measure that matters), then the seed newsletter's splits, then every synthetic set of
   * data/eval/, one report each.
   */
  private int everySet(Progress progress) throws Exception {
    List<Path> sets = new ArrayList<>();
    if (Files.isDirectory(SETS)) {
      try (var listing = Files.list(SETS)) {
        listing.filter(Files::isDirectory).sorted().forEach(sets::add);
      }
    }
    List<String> json = new ArrayList<>();
    for (Path set : sets.stream().filter(PageSet::isPageSet).toList()) {
      EvaluationReport r = scorePages(set, progress);
      json.add(EvaluationReport.quote(set.toString()) + ":" + r.toJson());
      print(r, set + " (real pages, each a document; gold keyed by page id)");
    }
    EvaluationReport seed = scoreCorpus(SEED_GOLD, List.of(SEED_CORPUS), progress);
    json.add(EvaluationReport.quote("seed") + ":" + seed.toJson());
    print(seed, "seed newsletter (" + SEED_GOLD + " on " + SEED_CORPUS + ")");
    for (Path set :
        sets.stream()
            .filter(s -> !PageSet.isPageSet(s) && Files.isDirectory(s.resolve("gold")))
            .toList()) {
      EvaluationReport r = scoreCorpus(set.resolve("gold"), List.of(set), progress);
      json.add(EvaluationReport.quote(set.toString()) + ":" + r.toJson());
      print(r, set + " (synthetic newsletter)");
    }
    if (format == Format.json) {
      spec.commandLine().getOut().println("{\"sets\":{" + String.join(",", json) + "}}");
    }
    return ExitCode.OK.code();
  }

  /**
   * Prints one report as the format asks; in the every-set run, JSON is printed once at the end
   * instead.
   */
  private void print(EvaluationReport report, String heading) {
    if (format == Format.json) {
      if (heading == null) {
        spec.commandLine().getOut().println(report.toJson());
      }
      return;
    }
    if (heading != null) {
      spec.commandLine().getOut().println("######## set: " + heading);
    }
    spec.commandLine().getOut().println(report.toTable());
    if (details) {
      spec.commandLine().getOut().println(report.debugListing());
    }
  }

  private EvaluationReport scoreCorpus(Path gold, List<Path> inputs, Progress progress)
      throws Exception {
    return scoring(progress).corpus(gold, inputs);
  }

  private EvaluationReport scorePages(Path pages, Progress progress) throws Exception {
    return scoring(progress).pages(pages);
  }

  private Scoring scoring(Progress progress) throws BadInputException {
    PrintWriter err = spec.commandLine().getErr();
    return new Scoring(publisher.publisher, minConfidence.value(), progress, err::println);
  }
}
