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
import org.radkg.learn.MethodCalibrator;
import org.radkg.learn.TrainingArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code radkg calibrate}: measures each reading method's precision on the learning data and writes
 * data/model/methods.tsv.
 */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = {
      "Measure how precise each reading method (each relation rule, the person-role reader, the relation",
      "model's version) is on the learning data only: the seed's --split of --input, each synthetic set of --sets and",
      "the learn pages of --pages whose text is present. Writes --out: per method and predicate the true and false",
      "positives and the confidence every statement of the graph carries, and the default --min-confidence of build",
      "(the threshold with the best relation F1 on the same data). The same data gives the same file."
    },
    footer = {
      "",
      "Examples:",
      "  ./radkg calibrate",
      "  ./radkg calibrate --pages none --out /tmp/methods.tsv"
    })
final class CalibrateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LearningDataOptions data;

  @Option(
      names = "--sets",
      paramLabel = "DIR",
      arity = "0..*",
      defaultValue = "data/eval/unseen,data/eval/unseen2",
      split = ",",
      description =
          "Synthetic newsletters (DIR/gold/ on DIR) measured whole. Default: ${DEFAULT-VALUE}")
  List<Path> sets;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "data/model/methods.tsv",
      description = "The table to write. Default: ${DEFAULT-VALUE}")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    List<MethodCalibrator.LearningSet> learning = new ArrayList<>();
    List<String> names = new ArrayList<>();
    add(learning, names, data.seedName(), data.seedArticles(), false);
    for (Path set : sets) {
      add(
          learning,
          names,
          set + " (" + set.resolve("gold") + ")",
          LearningData.corpusArticles(set.resolve("gold"), set, "*"),
          false);
    }
    for (Path pageSet : data.pageSets()) {
      add(
          learning,
          names,
          pageSet + " (learn pages with text)",
          LearningData.pageArticles(pageSet, err::println),
          true);
    }
    MethodCalibrator.Calibration c =
        MethodCalibrator.calibrate(learning, ReferenceData.fromClasspath());
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, MethodCalibrator.tsv(c, names), StandardCharsets.UTF_8);
    PrintWriter o = spec.commandLine().getOut();
    o.printf(
        "%s: %d methods, %d method-predicate rows; default --min-confidence %.2f (learning relations P %.3f R %.3f F1 %.3f;"
            + " at 0: P %.3f R %.3f F1 %.3f)%n",
        out,
        MethodCalibrator.byMethod(c).size(),
        c.rows().size(),
        c.chosen().threshold(),
        c.chosen().relations().precision(),
        c.chosen().relations().recall(),
        c.chosen().relations().f1(),
        c.points().get(0).relations().precision(),
        c.points().get(0).relations().recall(),
        c.points().get(0).relations().f1());
    return ExitCode.OK.code();
  }

  private static void add(
      List<MethodCalibrator.LearningSet> learning,
      List<String> names,
      String name,
      List<TrainingArticle> articles,
      boolean pageSet) {
    learning.add(LearningData.learningSet(name, articles, pageSet));
    names.add(
        name
            + ": "
            + articles.size()
            + " articles, "
            + articles.stream().map(TrainingArticle::key).distinct().count()
            + " annotated");
  }
}
