package org.radkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.radkg.extract.ReferenceData;
import org.radkg.learn.LearningData;
import org.radkg.learn.RelationModelTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code radkg train}: fits the relation model to annotated articles and writes it with its record.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train the relation model from annotated text: the articles of --input whose gold (--gold) has",
      "the split --split (the seed's dev split), and the learn pages of --pages whose text is present.",
      "Never trains on test splits. Picks the probability threshold by cross-validation over articles and",
      "writes relation-model.bin and relation-model.properties (what it was trained on) into --out."
    },
    footer = {"", "Examples:", "  ./radkg train", "  ./radkg train --pages none --out /tmp/model"})
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LearningDataOptions data;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "src/main/resources/org/radkg/extract",
      description = "Where the model and its record go. Default: ${DEFAULT-VALUE}")
  Path out;

  @Option(
      names = "--folds",
      defaultValue = "5",
      description = "Cross-validation folds (by article). Default: ${DEFAULT-VALUE}")
  int folds;

  @Option(
      names = "--min-precision",
      defaultValue = "0.6",
      description =
          "The threshold is the one with the best cross-validated F1 among those at least this precise. Default: ${DEFAULT-VALUE}")
  double minPrecision;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    List<RelationModelTraining.NamedSet> sets = new ArrayList<>();
    RelationModelTraining.Result r;
    try {
      sets.add(new RelationModelTraining.NamedSet(data.seedName(), data.seedArticles()));
      for (Path pageSet : data.pageSets()) {
        sets.add(
            new RelationModelTraining.NamedSet(
                pageSet + " (learn pages with text)",
                LearningData.pageArticles(pageSet, err::println)));
      }
      r = RelationModelTraining.train(sets, ReferenceData.fromClasspath(), folds, minPrecision);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    Files.createDirectories(out);
    Files.write(out.resolve("relation-model.bin"), r.model());
    Files.writeString(out.resolve("relation-model.properties"), r.record(), StandardCharsets.UTF_8);
    spec.commandLine()
        .getOut()
        .printf(
            "relation model %s: %d candidates (%d positive), threshold %.2f, cross-validated P %.3f R %.3f F1 %.3f (rules alone F1 %.3f)%n",
            out.resolve("relation-model.bin"),
            r.examples(),
            r.positives(),
            r.chosen().threshold(),
            r.chosen().precision(),
            r.chosen().recall(),
            r.chosen().f1(),
            r.rulesAlone().f1());
    return ExitCode.OK.code();
  }
}
