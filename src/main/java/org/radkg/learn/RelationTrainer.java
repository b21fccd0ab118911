package org.radkg.learn;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.radkg.extract.Entity;
import org.radkg.extract.Extractor;
import org.radkg.extract.ReferenceData;
import org.radkg.extract.RelationCandidate;
import org.radkg.extract.RelationModel;
import org.radkg.graph.KnowledgeGraphBuilder;

/**
 * Trains the relation model: collects the candidates the rule-only extractor sees in annotated
 * articles, labels them by gold alignment, fits an OpenNLP maxent (GIS) model, and picks the
 * probability threshold by cross-validation over articles. Deterministic: the same articles in the
 * same order give the same model bytes (GIS has no random start; events keep corpus order).
 */
public final class RelationTrainer {
  private static final int ITERATIONS = 150;
  private static final int CUTOFF = 1;
  private static final Set<String> PARTICIPATION =
      Set.of("participatesIn", "leads", "partnersIn", "funds", "hosts");

  private RelationTrainer() {}

  /**
   * The labeled candidates of one corpus's annotated articles, extracted as one corpus (its acronym
   * definitions shared).
   */
  public static List<LabeledCandidate> collect(
      List<TrainingArticle> articles, ReferenceData reference) {
    Extractor first = new Extractor(reference, List.of(), RelationModel.OFF);
    List<Entity> defined =
        KnowledgeGraphBuilder.defined(
            articles.parallelStream().map(a -> first.newDefinitions(a.article())).toList());
    Extractor extractor = new Extractor(reference, defined, RelationModel.OFF);
    return articles.parallelStream().map(a -> label(a, extractor)).flatMap(List::stream).toList();
  }

  private static List<LabeledCandidate> label(TrainingArticle a, Extractor extractor) {
    GoldAligner aligner = new GoldAligner(a.gold());
    List<LabeledCandidate> out = new ArrayList<>();
    extractor.extract(
        a.article(),
        (RelationCandidate c) ->
            out.add(
                new LabeledCandidate(
                    a.key(),
                    fact(c),
                    c.features(),
                    aligner.label(c),
                    c.features().get(1).substring("rule=".length()))));
    return out;
  }

  private static String fact(RelationCandidate c) {
    String object =
        c.object().date() != null ? c.object().date().value() : c.object().entity().key();
    return c.subjectEntity().key() + "\u0000" + object;
  }

  /** Relation facts stated by gold per article, for recall in cross-validation. */
  public static int goldRelations(List<TrainingArticle> articles) {
    Map<String, Integer> perKey = new LinkedHashMap<>();
    for (TrainingArticle a : articles) {
      perKey.put(a.key(), new GoldAligner(a.gold()).relationCount());
    }
    return perKey.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * A maxent model fitted to the candidates of {@code examples} that the rules left unread;
   * IllegalArgumentException when they all share one label.
   */
  public static MaxentModel train(List<LabeledCandidate> examples) {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    p.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    p.put(
        AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
    EventTrainer trainer = TrainerFactory.getEventTrainer(p, new HashMap<>());
    // The model only ever sees pairs the rules left unread: it learns from that population alone.
    List<Event> events =
        examples.stream()
            .filter(e -> !e.ruleRead())
            .map(e -> new Event(e.label(), e.features().toArray(String[]::new)))
            .toList();
    if (events.stream().map(Event::getOutcome).distinct().count() < 2) {
      throw new IllegalArgumentException(
          "nothing to learn: every candidate the rules left unread has the same label ("
              + events.size()
              + " candidates)");
    }
    try {
      return trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The model's bytes in OpenNLP's binary format. */
  public static byte[] bytes(MaxentModel model) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(out)) {
      new GenericModelWriter((AbstractModel) model, data).persist();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Relation counts at one threshold, the rules' reading included. */
  public record Point(double threshold, long truePositives, long falsePositives, long gold) {
    public double precision() {
      return truePositives + falsePositives == 0
          ? 0
          : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * Cross-validated counts (folds by article) at each threshold of {@code thresholds}: the rules'
   * relations plus the model's additions, de-duplicated per article and fact; threshold 1.1 is the
   * rules alone. Counts are over candidates, so relations no candidate carries count as missed.
   */
  public static List<Point> crossValidate(
      List<LabeledCandidate> examples, int goldTotal, int folds, double[] thresholds) {
    List<String> keys =
        new ArrayList<>(new TreeSet<>(examples.stream().map(LabeledCandidate::article).toList()));
    Map<String, Integer> fold = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      fold.put(keys.get(i), i % folds);
    }
    // Per held-out candidate the rules left unread: best outcome and probability.
    List<Object[]> scored = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      int held = k;
      List<LabeledCandidate> train =
          examples.stream().filter(e -> fold.get(e.article()) != held).toList();
      RelationModel model = new RelationModel(train(train), 0, "cv");
      for (LabeledCandidate e : examples) {
        if (fold.get(e.article()) == held && !e.ruleRead()) {
          RelationModel.Scored best = model.best(e.features());
          if (best != null) {
            scored.add(new Object[] {e, best});
          }
        }
      }
    }
    Set<String> ruleTrue = new TreeSet<>();
    Set<String> ruleFalse = new TreeSet<>();
    for (LabeledCandidate e : examples) {
      if (e.ruleVerdict().startsWith("fwd-")) {
        String p = e.ruleVerdict().substring(4);
        (agrees(p, e.label()) ? ruleTrue : ruleFalse)
            .add(e.article() + "\u0000" + e.fact() + "\u0000" + p);
      }
    }
    List<Point> out = new ArrayList<>();
    for (double t : thresholds) {
      Set<String> tp = new TreeSet<>(ruleTrue);
      Set<String> fp = new TreeSet<>(ruleFalse);
      for (Object[] s : scored) {
        LabeledCandidate e = (LabeledCandidate) s[0];
        RelationModel.Scored best = (RelationModel.Scored) s[1];
        if (best.probability() >= t) {
          String key = e.article() + "\u0000" + e.fact() + "\u0000" + best.outcome();
          (agrees(best.outcome(), e.label()) ? tp : fp).add(key);
        }
      }
      out.add(new Point(t, tp.size(), fp.size(), goldTotal));
    }
    return out;
  }

  // A read predicate is right when gold states it, or it is participation that a gold sub-property
  // entails.
  private static boolean agrees(String read, String gold) {
    return read.equals(gold)
        || (gold.equals("participatesIn") && PARTICIPATION.contains(read))
        || (read.equals("participatesIn") && PARTICIPATION.contains(gold));
  }
}
