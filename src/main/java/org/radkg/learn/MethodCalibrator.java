package org.radkg.learn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.radkg.corpus.Article;
import org.radkg.eval.Evaluator;
import org.radkg.eval.GoldFact;
import org.radkg.eval.GoldFile;
import org.radkg.eval.Score;
import org.radkg.extract.ArticleFindings;
import org.radkg.extract.MethodConfidences;
import org.radkg.extract.Predicate;
import org.radkg.extract.ReadingMethod;
import org.radkg.extract.ReferenceData;
import org.radkg.extract.Relation;
import org.radkg.extract.RelationFeatures;
import org.radkg.graph.FindingsGraphWriter;
import org.radkg.graph.KnowledgeGraphBuilder;
import org.radkg.vocab.Rkg;

/**
 * Measures how precise each reading method is on annotated learning sets: every reading of every
 * gold article (all readings of a fact, not only the published one) counts as a true or false
 * positive of its method and predicate, by the same matching as {@code eval}; the confidence is
 * that precision smoothed toward the predicate's pooled precision, and the default threshold is the
 * one with the best relation F1 over the learning sets, if it beats keeping every fact by more than
 * {@link #MARGIN}. Deterministic: the same sets give the same table.
 */
public final class MethodCalibrator {
  /**
   * How many pseudo-readings of the predicate's pooled precision a method's own count is mixed
   * with.
   */
  static final double PRIOR_WEIGHT = 2.0;

  /** How much better than keeping every fact a threshold must score on the learning sets. */
  static final double MARGIN = 0.01;

  /** The thresholds tried: 0 (keep every fact) to 0.95. */
  static final double[] THRESHOLDS = {
    0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85,
    0.9, 0.95
  };

  private MethodCalibrator() {}

  /**
   * One annotated set, extracted as one corpus.
   *
   * @param name how the set is reported
   * @param articles its articles
   * @param gold the gold facts of the articles to learn from (other articles are not scored)
   * @param documentKeys source IRI to gold key for page sets (see {@link
   *     Evaluator#evaluate(DatasetGraph, List, Map)}), else empty
   */
  public record LearningSet(
      String name, List<Article> articles, List<GoldFact> gold, Map<String, String> documentKeys) {}

  /** A method's readings of one predicate: true and false positives and the smoothed confidence. */
  public record Row(ReadingMethod method, String predicate, long tp, long fp, double confidence) {}

  /** Relation micro scores over every learning set at one threshold. */
  public record Point(double threshold, Score relations) {}

  /** The table, the scores at each threshold tried and the chosen one. */
  public record Calibration(List<Row> rows, List<Row> priors, List<Point> points, Point chosen) {
    /** The confidences as the graph writer uses them, with the chosen threshold. */
    public MethodConfidences confidences() {
      Map<String, Double> table = new HashMap<>();
      for (Row r : priors) {
        table.put(MethodConfidences.key(MethodConfidences.ANY, r.predicate()), r.confidence());
      }
      for (Row r : rows) {
        table.put(MethodConfidences.key(r.method().slug(), r.predicate()), r.confidence());
      }
      return new MethodConfidences(table, chosen.threshold());
    }
  }

  /**
   * Calibrates on {@code sets}, extracting them with {@code reference}. The table counts every set;
   * the threshold is chosen by leaving each set out in turn (its facts kept or dropped by the
   * confidences the other sets give), so a method that erred on one set only is not judged by the
   * same readings twice.
   */
  public static Calibration calibrate(List<LearningSet> sets, ReferenceData reference) {
    KnowledgeGraphBuilder every =
        new KnowledgeGraphBuilder(reference, Rkg.DATA_BASE, MethodConfidences.NONE, 0.0);
    Map<String, ReadingMethod> methods = new TreeMap<>();
    List<Map<String, long[]>> perSet = new ArrayList<>();
    List<List<ArticleFindings>> extracted = new ArrayList<>();
    for (LearningSet set : sets) {
      List<ArticleFindings> findings = every.extract(set.articles());
      extracted.add(findings);
      perSet.add(count(set, findings, every, methods));
    }
    Calibration all = table(perSet, methods);
    List<Point> points = new ArrayList<>();
    for (double t : THRESHOLDS) {
      Score sum = Score.ZERO;
      for (int i = 0; i < sets.size(); i++) {
        List<Map<String, long[]>> others = new ArrayList<>(perSet);
        others.remove(i);
        KnowledgeGraphBuilder kept =
            new KnowledgeGraphBuilder(
                reference, Rkg.DATA_BASE, table(others, methods).confidences(), t);
        LearningSet set = sets.get(i);
        DatasetGraph dsg = kept.graph(extracted.get(i));
        sum =
            sum.plus(
                new Evaluator()
                    .evaluate(dsg, set.gold(), set.documentKeys())
                    .split(GoldFile.ALL)
                    .relationMicro());
      }
      points.add(new Point(t, sum));
    }
    Point chosen = points.get(0);
    for (Point p : points) {
      // A higher threshold must beat the lowest by a clear margin: the rules were written on these
      // sets, so their recall here (about 0.46) is far above what new pages give (about 0.2), and
      // a low-confidence reading that barely pays here pays more where the rules read less.
      if (p.relations().f1() > chosen.relations().f1() + 1e-9
          && p.relations().f1() > points.get(0).relations().f1() + MARGIN) {
        chosen = p;
      }
    }
    return new Calibration(all.rows(), all.priors(), points, chosen);
  }

  /**
   * True and false positives per method and predicate key of one set's readings in gold articles.
   */
  private static Map<String, long[]> count(
      LearningSet set,
      List<ArticleFindings> findings,
      KnowledgeGraphBuilder every,
      Map<String, ReadingMethod> methods) {
    // Only for the IRIs it mints (fact keys): no registry, confidences or threshold are consulted.
    FindingsGraphWriter iris =
        new FindingsGraphWriter(Rkg.DATA_BASE, null, MethodConfidences.NONE, 0.0);
    Map<String, Boolean> verdicts =
        verdicts(new Evaluator().verdicts(every.graph(findings), set.gold(), set.documentKeys()));
    Map<String, long[]> counts = new TreeMap<>();
    for (ArticleFindings f : findings) {
      String article = iris.articleIri(f.article()).getURI();
      for (Relation r : f.relations()) {
        Boolean ok = verdict(verdicts, article, iris, r);
        if (ok == null) {
          continue; // an article without gold facts: not scored
        }
        methods.putIfAbsent(r.method().slug(), r.method());
        counts
            .computeIfAbsent(
                MethodConfidences.key(r.method().slug(), RelationFeatures.localName(r.predicate())),
                k -> new long[2])[ok ? 0 : 1]++;
      }
    }
    return counts;
  }

  /** The smoothed table of the summed counts, with no threshold chosen yet. */
  private static Calibration table(
      List<Map<String, long[]>> perSet, Map<String, ReadingMethod> methods) {
    Map<String, long[]> counts = new TreeMap<>();
    for (Map<String, long[]> set : perSet) {
      set.forEach(
          (k, c) -> {
            long[] sum = counts.computeIfAbsent(k, x -> new long[2]);
            sum[0] += c[0];
            sum[1] += c[1];
          });
    }
    Map<String, long[]> pooled = new TreeMap<>();
    counts.forEach(
        (k, c) -> {
          long[] p = pooled.computeIfAbsent(k.substring(k.indexOf('\t') + 1), x -> new long[2]);
          p[0] += c[0];
          p[1] += c[1];
        });
    List<Row> priors = new ArrayList<>();
    Map<String, Double> prior = new HashMap<>();
    pooled.forEach(
        (p, c) -> {
          double conf = round((c[0] + 1.0) / (c[0] + c[1] + 2.0));
          prior.put(p, conf);
          priors.add(new Row(null, p, c[0], c[1], conf));
        });
    List<Row> rows = new ArrayList<>();
    counts.forEach(
        (k, c) -> {
          String slug = k.substring(0, k.indexOf('\t'));
          String p = k.substring(k.indexOf('\t') + 1);
          double conf = round((c[0] + PRIOR_WEIGHT * prior.get(p)) / (c[0] + c[1] + PRIOR_WEIGHT));
          rows.add(new Row(methods.get(slug), p, c[0], c[1], conf));
        });
    return new Calibration(rows, priors, List.of(), new Point(0, Score.ZERO));
  }

  private static Map<String, Boolean> verdicts(List<Evaluator.Verdict> verdicts) {
    Map<String, Boolean> out = new HashMap<>();
    for (Evaluator.Verdict v : verdicts) {
      Triple t = v.triple();
      for (Node a : v.articles()) {
        out.merge(
            a.getURI()
                + " "
                + t.getSubject()
                + " "
                + t.getPredicate().getURI()
                + " "
                + t.getObject(),
            v.correct(),
            Boolean::logicalOr);
      }
    }
    return out;
  }

  // Of a symmetric pair the evaluator judged one direction: the other reads the same fact.
  private static Boolean verdict(
      Map<String, Boolean> verdicts, String article, FindingsGraphWriter iris, Relation r) {
    Boolean ok = verdicts.get(article + " " + iris.factKey(r));
    if (ok == null
        && r.predicate() == Predicate.COLLABORATES_WITH
        && r.object() instanceof org.radkg.extract.Entity o) {
      ok =
          verdicts.get(
              article
                  + " "
                  + iris.factKey(
                      new Relation(o, r.predicate(), r.subject(), r.evidence(), r.method())));
    }
    return ok;
  }

  private static double round(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
  }

  /**
   * The table as data/model/methods.tsv: a header saying how it was made, then one row per method
   * and predicate.
   */
  public static String tsv(Calibration c, List<String> setNames) {
    StringBuilder b = new StringBuilder();
    b.append(
        "# Reading methods and their confidence: each method's precision per predicate, measured by ./radkg calibrate\n");
    b.append("# on the learning data only (never a test split or held-out page):\n");
    for (String s : setNames) {
      b.append("#   ").append(s).append('\n');
    }
    b.append(
        "# A reading of a gold article is a true positive when eval's matching finds its fact in the gold, else a false\n");
    b.append(
            "# positive (every reading counts, also of a fact another method read too). confidence = (tp + ")
        .append(fmt(PRIOR_WEIGHT, 0))
        .append(" * prior) / (tp + fp + ")
        .append(fmt(PRIOR_WEIGHT, 0))
        .append("), where prior\n");
    b.append(
        "# is the predicate's pooled precision (tp + 1) / (tp + fp + 2), the row of method '*'. A method this table does not\n");
    b.append("# name gets its predicate's prior, and a predicate without one ")
        .append(MethodConfidences.UNKNOWN)
        .append(".\n");
    b.append(
        "# The default --min-confidence is the threshold (of 0, 0.05, ..., 0.95) with the best relation micro F1 over the\n");
    b.append(
        "# learning sets, each set scored with the confidences the other sets give (leave one set out), the lowest among\n");
    b.append(
        "# equals, and 0 unless the best beats 0 by more than "
            + fmt(MARGIN, 2)
            + " (P / R / F1 at each):\n");
    for (Point p : c.points()) {
      b.append(
          String.format(
              Locale.ROOT,
              "#   %.2f: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)%n",
              p.threshold(),
              p.relations().precision(),
              p.relations().recall(),
              p.relations().f1(),
              p.relations().tp(),
              p.relations().fp(),
              p.relations().fn()));
    }
    b.append(MethodConfidences.THRESHOLD_KEY).append(fmt(c.chosen().threshold(), 2)).append('\n');
    b.append("method\tpredicate\ttp\tfp\tconfidence\tlabel\tcomment\n");
    for (Row r : c.priors()) {
      b.append(MethodConfidences.ANY)
          .append('\t')
          .append(r.predicate())
          .append('\t')
          .append(r.tp())
          .append('\t')
          .append(r.fp())
          .append('\t')
          .append(fmt(r.confidence(), 3))
          .append("\tevery method\tThe predicate's pooled precision.\n");
    }
    for (Row r : c.rows()) {
      b.append(r.method().slug())
          .append('\t')
          .append(r.predicate())
          .append('\t')
          .append(r.tp())
          .append('\t')
          .append(r.fp())
          .append('\t')
          .append(fmt(r.confidence(), 3))
          .append('\t')
          .append(clean(r.method().label()))
          .append('\t')
          .append(clean(r.method().comment()))
          .append('\n');
    }
    return b.toString();
  }

  private static String fmt(double x, int places) {
    return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ");
  }

  /**
   * Readings per method over all predicates (true and false positives), most first, ties by slug.
   */
  public static Map<String, long[]> byMethod(Calibration c) {
    Map<String, long[]> totals = new TreeMap<>();
    for (Row r : c.rows()) {
      long[] n = totals.computeIfAbsent(r.method().slug(), k -> new long[2]);
      n[0] += r.tp();
      n[1] += r.fp();
    }
    Map<String, long[]> out = new LinkedHashMap<>();
    totals.entrySet().stream()
        .sorted(
            (a, b) ->
                Long.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1]))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
