package org.radkg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.radkg.corpus.Article;
import org.radkg.corpus.CorpusLoader;
import org.radkg.eval.GoldFact;
import org.radkg.eval.GoldFile;
import org.radkg.eval.PageSet;
import org.radkg.extract.ReferenceData;
import org.radkg.learn.LabeledCandidate;
import org.radkg.learn.RelationTrainer;
import org.radkg.learn.TrainingArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code radkg train}: fits the relation model to annotated articles and writes it with its record. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Train the relation model from annotated text: the articles of --input whose gold (--gold) has",
        "the split --split (the seed's dev split), and the learn pages of --pages whose text is present.",
        "Never trains on test splits. Picks the probability threshold by cross-validation over articles and",
        "writes relation-model.bin and relation-model.properties (what it was trained on) into --out."},
    footer = {"", "Examples:", "  ./radkg train", "  ./radkg train --pages none --out /tmp/model"})
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LearningDataOptions data;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "src/main/resources/org/radkg/extract",
      description = "Where the model and its record go. Default: ${DEFAULT-VALUE}")
  Path out;

  @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (by article). Default: ${DEFAULT-VALUE}")
  int folds;

  @Option(names = "--min-precision", defaultValue = "0.6",
      description = "The threshold is the one with the best cross-validated F1 among those at least this precise. Default: ${DEFAULT-VALUE}")
  double minPrecision;

  private static final double[] THRESHOLDS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.1};

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    ReferenceData reference = ReferenceData.fromClasspath();
    List<String> sets = new ArrayList<>();
    List<TrainingArticle> all = new ArrayList<>();
    List<LabeledCandidate> examples = new ArrayList<>();
    List<TrainingArticle> seed = data.seedArticles();
    sets.add(data.seedName() + ": " + seed.size() + " articles");
    examples.addAll(RelationTrainer.collect(seed, reference));
    all.addAll(seed);
    for (Path pageSet : data.pageSets()) {
      List<TrainingArticle> real = pageArticles(pageSet, err);
      sets.add(pageSet + " (learn pages with text): " + real.size() + " articles");
      examples.addAll(RelationTrainer.collect(real, reference));
      all.addAll(real);
    }
    if (examples.isEmpty()) {
      throw new BadInputException("no relation candidates to learn from in " + String.join("; ", sets));
    }
    int gold = RelationTrainer.goldRelations(all);
    byte[] model;
    List<RelationTrainer.Point> cv;
    try {
      model = RelationTrainer.bytes(RelationTrainer.train(examples));
      cv = RelationTrainer.crossValidate(examples, gold, folds, THRESHOLDS);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(String.join("; ", sets) + ": " + e.getMessage());
    }
    RelationTrainer.Point chosen = choose(cv);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(model));
    Files.createDirectories(out);
    Files.write(out.resolve("relation-model.bin"), model);
    Files.writeString(out.resolve("relation-model.properties"), record(sets, examples, cv, chosen, sha, model.length, start),
        StandardCharsets.UTF_8);
    spec.commandLine().getOut().printf("relation model %s: %d candidates (%d positive), threshold %.2f, cross-validated P %.3f R %.3f F1 %.3f (rules alone F1 %.3f)%n",
        out.resolve("relation-model.bin"), examples.size(), examples.stream().filter(e -> !e.label().equals("none")).count(),
        chosen.threshold(), chosen.precision(), chosen.recall(), chosen.f1(), cv.get(cv.size() - 1).f1());
    return ExitCode.OK.code();
  }

  private RelationTrainer.Point choose(List<RelationTrainer.Point> cv) {
    RelationTrainer.Point best = cv.get(cv.size() - 1);
    for (RelationTrainer.Point p : cv) {
      if (p.precision() >= minPrecision && p.f1() > best.f1()) {
        best = p;
      }
    }
    return best;
  }

  /** The articles of {@code input} that {@code gold} annotates in split {@code split} ("*": any), with their gold facts. */
  static List<TrainingArticle> seedArticles(Path gold, Path input, String split) throws Exception {
    if (!Files.exists(gold) || !Files.exists(input)) {
      throw new BadInputException((Files.exists(gold) ? input : gold) + ": no such file or folder");
    }
    Map<String, List<GoldFact>> byTitle = new LinkedHashMap<>();
    for (GoldFact f : GoldFile.load(gold)) {
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

  /** The learn pages of the page set {@code dir} whose text is present, each article with its page's gold. */
  static List<TrainingArticle> pageArticles(Path dir, PrintWriter err) throws Exception {
    PageSet set = PageSetInput.open(dir);
    Map<String, List<GoldFact>> byPage = new LinkedHashMap<>();
    for (GoldFact f : GoldFile.load(dir.resolve("gold"))) {
      byPage.computeIfAbsent(f.article(), k -> new ArrayList<>()).add(f);
    }
    // Only the learn half: the test half is for reporting, never for fitting or tuning.
    List<String> missing = set.missingTexts().stream().filter(TrainCommand::learn).map(PageSet.Page::id).toList();
    List<TrainingArticle> out = new ArrayList<>();
    PageSetInput.read(set, TrainCommand::learn, null,
        (page, e) -> err.printf("%s: page %s refused by the reader, not learned from: %s%n", dir, page.id(), e.getMessage()))
        .forEach((page, read) -> read.forEach(
            a -> out.add(new TrainingArticle(page.id(), a, byPage.getOrDefault(page.id(), List.of())))));
    if (!missing.isEmpty()) {
      err.printf("%s: %d learn pages have no text in %s and are not learned from: %s%n", dir, missing.size(),
          dir.resolve("text"), String.join(" ", missing));
    }
    return out;
  }

  private static boolean learn(PageSet.Page page) {
    return page.split().equals("learn");
  }

  private static String record(List<String> sets, List<LabeledCandidate> examples, List<RelationTrainer.Point> cv,
      RelationTrainer.Point chosen, String sha, int size, long start) {
    StringBuilder b = new StringBuilder("# The relation model's record, written by ./radkg train; the model is relation-model.bin.\n");
    b.append("version=relation-maxent-").append(sha, 0, 12).append('\n');
    b.append("sha256=").append(sha).append('\n');
    b.append("bytes=").append(size).append('\n');
    b.append("threshold=").append(chosen.threshold()).append('\n');
    b.append("trained=").append(Instant.now().toString(), 0, 19).append("Z\n");
    b.append("training.seconds=").append((System.nanoTime() - start) / 1_000_000_000L).append('\n');
    for (int i = 0; i < sets.size(); i++) {
      b.append("set.").append(i + 1).append('=').append(sets.get(i)).append('\n');
    }
    b.append("examples=").append(examples.size()).append('\n');
    Map<String, Integer> labels = new java.util.TreeMap<>();
    examples.forEach(e -> labels.merge(e.label(), 1, Integer::sum));
    labels.forEach((k, v) -> b.append("examples.").append(k).append('=').append(v).append('\n'));
    for (RelationTrainer.Point p : cv) {
      b.append(String.format(java.util.Locale.ROOT, "cv.%.2f=P %.3f R %.3f F1 %.3f (tp %d fp %d gold %d)%n",
          p.threshold(), p.precision(), p.recall(), p.f1(), p.truePositives(), p.falsePositives(), p.gold()));
    }
    return b.toString();
  }
}
