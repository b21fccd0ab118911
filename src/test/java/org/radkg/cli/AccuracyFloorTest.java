package org.radkg.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radkg.build.BuildListener;
import org.radkg.build.GraphPipeline;
import org.radkg.eval.EvaluationReport;
import org.radkg.eval.Evaluator;
import org.radkg.eval.GoldFile;

/**
 * The accuracy the README states is a floor: extraction on the seed's held-back test split and on
 * every synthetic newsletter of {@code data/eval/} may not fall more than 0.02 below the F1 the
 * README's tables give (the real pages' texts are not in the repository, so their figures are
 * refreshed by hand with {@code eval --pages}).
 */
class AccuracyFloorTest {
  private static final double TOLERANCE = 0.02;

  /**
   * One stated figure: which set, which split of its report, and the README's entity and relation
   * F1.
   */
  record Stated(
      String set, Path input, Path gold, String split, double entityF1, double relationF1) {
    @Override
    public String toString() {
      return set;
    }
  }

  static List<Stated> stated() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    List<Stated> out = new ArrayList<>();
    String seed = block(readme, "acc");
    out.add(
        new Stated(
            "seed test",
            Path.of("data/corpus"),
            Path.of("data/gold"),
            "test",
            column(row(seed, "**entities (micro)**"), 6),
            column(row(seed, "**relations (micro)**"), 6)));
    String unseen = block(readme, "unseen");
    for (String line : unseen.split("\n")) {
      String[] cells = cells(line);
      if (cells.length == 8 && Files.isDirectory(Path.of("data/eval", cells[0]))) {
        Path dir = Path.of("data/eval", cells[0]);
        out.add(
            new Stated(
                cells[0],
                dir,
                dir.resolve("gold"),
                GoldFile.ALL,
                Double.parseDouble(cells[4]),
                Double.parseDouble(cells[7])));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stated")
  void accuracyStaysWithinTheToleranceOfTheReadme(Stated s) throws Exception {
    var dsg =
        GraphPipeline.graph(
            GraphPipeline.read(List.of(s.input()), null, BuildListener.SILENT),
            BuildListener.SILENT);
    EvaluationReport.SplitScores scores =
        new Evaluator().evaluate(dsg, GoldFile.load(s.gold())).split(s.split());
    double entity = scores.entityMicro().f1();
    double relation = scores.relationMicro().f1();
    assertTrue(
        entity >= s.entityF1() - TOLERANCE,
        s.set() + ": entity F1 " + entity + ", the README states " + s.entityF1());
    assertTrue(
        relation >= s.relationF1() - TOLERANCE,
        s.set() + ": relation F1 " + relation + ", the README states " + s.relationF1());
  }

  private static String block(String readme, String name) {
    Matcher m =
        Pattern.compile("<!-- " + name + " -->(.*?)<!-- /" + name + " -->", Pattern.DOTALL)
            .matcher(readme);
    assertTrue(m.find(), "README.md has no <!-- " + name + " --> table");
    return m.group(1);
  }

  private static String[] row(String block, String name) {
    for (String line : block.split("\n")) {
      String[] cells = cells(line);
      if (cells.length > 0 && cells[0].equals(name)) {
        return cells;
      }
    }
    throw new AssertionError("no row " + name + " in the README's table");
  }

  private static double column(String[] cells, int i) {
    return Double.parseDouble(cells[i]);
  }

  private static String[] cells(String line) {
    String t = line.strip();
    if (!t.startsWith("|")) {
      return new String[0];
    }
    String[] raw = t.substring(1, t.endsWith("|") ? t.length() - 1 : t.length()).split("\\|");
    for (int i = 0; i < raw.length; i++) {
      raw[i] = raw[i].strip();
    }
    return raw;
  }
}
