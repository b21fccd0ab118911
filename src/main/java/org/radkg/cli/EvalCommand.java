package org.radkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.radkg.eval.EvaluationReport;
import org.radkg.eval.Evaluator;
import org.radkg.eval.GoldFact;
import org.radkg.eval.GoldFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code radkg eval}: precision, recall and F1 of the extractor against hand-written gold facts. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Extract the corpus and score it against gold facts: precision, recall and F1 per entity type",
        "and per relation, for the dev split (tuned on), the test split (held back), any other split the gold",
        "files name (e.g. unseen), and all."},
    footer = {"", "Examples:", "  ./radkg eval", "  ./radkg eval --gold data/gold/rsna.tsv --details"})
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin PublisherOption publisher = new PublisherOption();

  @Option(names = "--gold", paramLabel = "FILE", defaultValue = "data/gold",
      description = "Gold file or folder of .tsv files. Default: ${DEFAULT-VALUE}")
  Path gold;

  @Option(names = "--input", paramLabel = "PATH", arity = "1..*", defaultValue = "data/corpus",
      description = "The corpus the gold facts describe. Default: ${DEFAULT-VALUE}")
  List<Path> inputs;

  @Option(names = "--format", defaultValue = "table", description = "table or json. Default: ${DEFAULT-VALUE}")
  String format;

  @Option(names = "--details", description = "Also list every false positive and false negative.")
  boolean details;

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(gold)) {
      throw new BadInputException(gold + ": no such gold file or folder");
    }
    List<GoldFact> facts;
    try {
      facts = GoldFile.load(gold);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    Progress progress = new Progress(spec.commandLine().getErr());
    DatasetGraph dsg = GraphPipeline.build(GraphPipeline.read(inputs, publisher.publisher, progress), progress);
    EvaluationReport report = new Evaluator().evaluate(DatasetFactory.wrap(dsg), facts);
    spec.commandLine().getOut().println("json".equals(format) ? report.toJson() : report.toTable());
    if (details) {
      spec.commandLine().getOut().println(report.debugListing());
    }
    return ExitCodes.OK;
  }
}
