package org.radkg.learn;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.radkg.extract.ReferenceData;

/**
 * One run of {@code train}: the candidates of every named set of annotated articles, the model
 * fitted to them, its probability threshold chosen by cross-validation, and the record of what it
 * was trained on.
 */
public final class RelationModelTraining {
  /**
   * The thresholds tried; the last one (above 1) keeps no model reading, so it measures the rules
   * alone.
   */
  static final double[] THRESHOLDS = {
    0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9,
    0.95, 1.1
  };

  /** A set of annotated articles under the name its record gives it. */
  public record NamedSet(String name, List<TrainingArticle> articles) {}

  /**
   * The trained model: its bytes and their SHA-256, the candidates it was fitted to, the
   * cross-validated points (the last is the rules alone) and the one chosen, and the record to
   * write beside it.
   */
  public record Result(
      byte[] model,
      String sha256,
      int examples,
      long positives,
      List<RelationTrainer.Point> crossValidation,
      RelationTrainer.Point chosen,
      String record) {
    /** Cross-validated figures of the rules alone, without the model. */
    public RelationTrainer.Point rulesAlone() {
      return crossValidation.get(crossValidation.size() - 1);
    }
  }

  private RelationModelTraining() {}

  /**
   * Trains on {@code sets} with {@code folds}-fold cross-validation by article; the threshold is
   * the one with the best cross-validated F1 among those at least {@code minPrecision} precise. No
   * candidates is bad input ({@link IllegalArgumentException}, naming the sets).
   */
  public static Result train(
      List<NamedSet> sets, ReferenceData reference, int folds, double minPrecision) {
    long start = System.nanoTime();
    List<String> names = new ArrayList<>();
    List<TrainingArticle> all = new ArrayList<>();
    List<LabeledCandidate> examples = new ArrayList<>();
    for (NamedSet set : sets) {
      names.add(set.name() + ": " + set.articles().size() + " articles");
      examples.addAll(RelationTrainer.collect(set.articles(), reference));
      all.addAll(set.articles());
    }
    if (examples.isEmpty()) {
      throw new IllegalArgumentException(
          "no relation candidates to learn from in " + String.join("; ", names));
    }
    byte[] model;
    List<RelationTrainer.Point> cv;
    try {
      model = RelationTrainer.bytes(RelationTrainer.train(examples));
      cv =
          RelationTrainer.crossValidate(
              examples, RelationTrainer.goldRelations(all), folds, THRESHOLDS);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(String.join("; ", names) + ": " + e.getMessage(), e);
    }
    RelationTrainer.Point chosen = choose(cv, minPrecision);
    String sha = HexFormat.of().formatHex(sha256().digest(model));
    long positives = examples.stream().filter(e -> !e.label().equals("none")).count();
    return new Result(
        model,
        sha,
        examples.size(),
        positives,
        cv,
        chosen,
        record(names, examples, cv, chosen, sha, model.length, start));
  }

  private static RelationTrainer.Point choose(List<RelationTrainer.Point> cv, double minPrecision) {
    RelationTrainer.Point best = cv.get(cv.size() - 1);
    for (RelationTrainer.Point p : cv) {
      if (p.precision() >= minPrecision && p.f1() > best.f1()) {
        best = p;
      }
    }
    return best;
  }

  private static String record(
      List<String> sets,
      List<LabeledCandidate> examples,
      List<RelationTrainer.Point> cv,
      RelationTrainer.Point chosen,
      String sha,
      int size,
      long start) {
    StringBuilder b =
        new StringBuilder(
            "# The relation model's record, written by ./radkg train; the model is relation-model.bin.\n");
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
    Map<String, Integer> labels = new TreeMap<>();
    examples.forEach(e -> labels.merge(e.label(), 1, Integer::sum));
    labels.forEach((k, v) -> b.append("examples.").append(k).append('=').append(v).append('\n'));
    for (RelationTrainer.Point p : cv) {
      b.append(
          String.format(
              Locale.ROOT,
              "cv.%.2f=P %.3f R %.3f F1 %.3f (tp %d fp %d gold %d)%n",
              p.threshold(),
              p.precision(),
              p.recall(),
              p.f1(),
              p.truePositives(),
              p.falsePositives(),
              p.gold()));
    }
    return b.toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
