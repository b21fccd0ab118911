package org.radkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each reading method's estimated precision per predicate, as {@code ./radkg calibrate} measured it
 * on the learning data (data/model/methods.tsv), and the confidence below which the graph drops a
 * fact by default. A method the table does not name gets its predicate's prior (the row of method
 * {@value #ANY}), and a predicate without one {@value #UNKNOWN}. Immutable.
 */
public final class MethodConfidences {
  /** Where the table travels in the jar. */
  public static final String RESOURCE = "/radkg/data/model/methods.tsv";

  /**
   * The method column of a predicate's prior row: every method's readings of that predicate pooled.
   */
  public static final String ANY = "*";

  /** The confidence of a method and predicate the table says nothing about. */
  public static final double UNKNOWN = 0.5;

  /** The header line that states the default threshold. */
  public static final String THRESHOLD_KEY = "# default-min-confidence=";

  /** No measurements: every reading {@value #UNKNOWN}, nothing dropped. */
  public static final MethodConfidences NONE = new MethodConfidences(Map.of(), 0.0);

  private static volatile MethodConfidences classpath;

  private final Map<String, Double> byMethodAndPredicate;
  private final double defaultMinConfidence;

  /** A table of confidences keyed by {@link #key} and a default threshold. */
  public MethodConfidences(Map<String, Double> byMethodAndPredicate, double defaultMinConfidence) {
    this.byMethodAndPredicate = Map.copyOf(byMethodAndPredicate);
    this.defaultMinConfidence = defaultMinConfidence;
  }

  /** The committed table, read once; {@link #NONE} when the jar carries none. */
  public static MethodConfidences fromClasspath() {
    MethodConfidences c = classpath;
    if (c == null) {
      synchronized (MethodConfidences.class) {
        if (classpath == null) {
          classpath = load();
        }
        c = classpath;
      }
    }
    return c;
  }

  private static MethodConfidences load() {
    try (InputStream in = MethodConfidences.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return NONE;
      }
      return parse(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * The table from the lines of a methods.tsv: comments, a header row, then method, predicate, tp,
   * fp, confidence, ....
   */
  public static MethodConfidences parse(List<String> lines) {
    Map<String, Double> table = new HashMap<>();
    double threshold = 0.0;
    boolean header = true;
    for (String line : lines) {
      if (line.startsWith(THRESHOLD_KEY)) {
        threshold = Double.parseDouble(line.substring(THRESHOLD_KEY.length()).trim());
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false; // the column names
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 5) {
        throw new IllegalArgumentException(
            "a methods.tsv row needs method, predicate, tp, fp and confidence: " + line);
      }
      table.put(key(cols[0], cols[1]), Double.parseDouble(cols[4]));
    }
    return new MethodConfidences(table, threshold);
  }

  /** The table key of a method slug and a predicate's local name. */
  public static String key(String methodSlug, String predicate) {
    return methodSlug + "\t" + predicate;
  }

  /** The estimated precision of {@code method} reading {@code predicate}, in [0, 1]. */
  public double confidence(ReadingMethod method, Predicate predicate) {
    String p = RelationFeatures.localName(predicate);
    Double c = byMethodAndPredicate.get(key(method.slug(), p));
    if (c == null) {
      c = byMethodAndPredicate.get(key(ANY, p));
    }
    return c != null ? c : UNKNOWN;
  }

  /**
   * The threshold calibration chose on the learning data: facts less confident are dropped unless
   * asked otherwise.
   */
  public double defaultMinConfidence() {
    return defaultMinConfidence;
  }
}
