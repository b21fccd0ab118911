package org.radkg.eval;

import java.util.Locale;

/**
 * True positives, false positives and false negatives of one row of the report, with the derived
 * precision, recall and F1 (0 where a denominator is 0, so JSON never carries NaN).
 */
public record Score(long tp, long fp, long fn) {

  public static final Score ZERO = new Score(0, 0, 0);

  public Score plus(Score o) {
    return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  public double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** The score as a small JSON object, ratios rounded to four decimals. */
  public String toJson() {
    return String.format(
        Locale.ROOT,
        "{\"tp\":%d,\"fp\":%d,\"fn\":%d,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f}",
        tp,
        fp,
        fn,
        precision(),
        recall(),
        f1());
  }
}
