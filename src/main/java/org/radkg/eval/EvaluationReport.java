package org.radkg.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of comparing an extracted dataset with gold facts: per split ("dev", "test", any
 * other split named in the gold files, then "all") the entity scores by coarse type, the relation
 * scores by predicate, micro totals and the false positives and negatives for debugging; immutable,
 * renders as a table or JSON.
 */
public record EvaluationReport(Map<String, SplitScores> splits) {

  /**
   * Row name of the aggregate where participatesIn and its four sub-properties are one relation.
   */
  public static final String PARTICIPATION_ANY = "participation (any sub-property)";

  /** Row name of startDate scored with prefix matching ("2023-03" matches "2023-03-15"). */
  public static final String START_DATE_LENIENT = "startDate (lenient)";

  public EvaluationReport {
    Map<String, SplitScores> inOrder = new LinkedHashMap<>();
    for (String name : ordered(splits.keySet())) {
      inOrder.put(name, splits.get(name));
    }
    splits = Collections.unmodifiableMap(inOrder);
  }

  /**
   * Split names in report order: "dev", "test", then the others alphabetically, then "all" (each
   * only if present in {@code names}).
   */
  public static List<String> ordered(Collection<String> names) {
    List<String> out = new ArrayList<>();
    for (String fixed : List.of("dev", "test")) {
      if (names.contains(fixed)) {
        out.add(fixed);
      }
    }
    names.stream()
        .filter(n -> !n.equals("dev") && !n.equals("test") && !n.equals(GoldFile.ALL))
        .distinct()
        .sorted()
        .forEach(out::add);
    if (names.contains(GoldFile.ALL)) {
      out.add(GoldFile.ALL);
    }
    return List.copyOf(out);
  }

  /** The names of the computed splits, in report order ("all" last). */
  public List<String> splitNames() {
    return List.copyOf(splits.keySet());
  }

  /** The scores of one split; {@code null} only for a split name that was never computed. */
  public SplitScores split(String name) {
    return splits.get(name);
  }

  /**
   * The scores of one split.
   *
   * @param articles gold articles of the split
   * @param missingArticles gold article titles no graph carries as its headline
   * @param entities scores by coarse type, in {@link CoarseType} order
   * @param relations scores by predicate local name, in vocabulary order
   * @param extra the participation aggregate and the lenient startDate row (not in the micro total)
   */
  public record SplitScores(
      String split,
      int articles,
      List<String> missingArticles,
      Map<CoarseType, Score> entities,
      Score entityMicro,
      Map<String, Score> relations,
      Score relationMicro,
      Map<String, Score> extra,
      List<String> falsePositives,
      List<String> falseNegatives) {

    public SplitScores {
      missingArticles = List.copyOf(missingArticles);
      falsePositives = List.copyOf(falsePositives);
      falseNegatives = List.copyOf(falseNegatives);
    }
  }

  /**
   * An aligned plain-text table of the scores of every split; the FP/FN lists are in {@link
   * #debugListing()}.
   */
  public String toTable() {
    StringBuilder b = new StringBuilder();
    for (String name : splits.keySet()) {
      SplitScores s = splits.get(name);
      b.append(
          String.format(
              Locale.ROOT,
              "== split: %s (%d gold articles, %d not found in the graph) ==%n",
              name,
              s.articles(),
              s.missingArticles().size()));
      b.append(
          String.format(
              Locale.ROOT,
              "%-34s %6s %6s %6s %7s %7s %7s%n",
              "",
              "TP",
              "FP",
              "FN",
              "P",
              "R",
              "F1"));
      b.append("entities\n");
      s.entities().forEach((t, sc) -> row(b, "  " + t.label(), sc));
      row(b, "  micro", s.entityMicro());
      b.append("relations\n");
      s.relations().forEach((p, sc) -> row(b, "  " + p, sc));
      row(b, "  micro", s.relationMicro());
      s.extra().forEach((p, sc) -> row(b, "  " + p, sc));
      b.append('\n');
    }
    return b.toString();
  }

  /** The false positives and negatives of the "all" split, one per line, for debugging. */
  public String debugListing() {
    SplitScores s = splits.get("all");
    StringBuilder b = new StringBuilder();
    if (s == null) {
      return "";
    }
    s.missingArticles().forEach(a -> b.append("MISSING ARTICLE ").append(a).append('\n'));
    s.falseNegatives().forEach(l -> b.append("FN ").append(l).append('\n'));
    s.falsePositives().forEach(l -> b.append("FP ").append(l).append('\n'));
    return b.toString();
  }

  private static void row(StringBuilder b, String name, Score s) {
    b.append(
        String.format(
            Locale.ROOT,
            "%-34s %6d %6d %6d %7.3f %7.3f %7.3f%n",
            name,
            s.tp(),
            s.fp(),
            s.fn(),
            s.precision(),
            s.recall(),
            s.f1()));
  }

  /** The whole report as JSON, debugging lists included. */
  public String toJson() {
    List<String> parts = new ArrayList<>();
    for (String name : splits.keySet()) {
      SplitScores s = splits.get(name);
      StringBuilder b = new StringBuilder();
      b.append(quote(name)).append(":{\"articles\":").append(s.articles());
      b.append(",\"missingArticles\":").append(array(s.missingArticles()));
      b.append(",\"entities\":{");
      List<String> rows = new ArrayList<>();
      s.entities().forEach((t, sc) -> rows.add(quote(t.label()) + ":" + sc.toJson()));
      b.append(String.join(",", rows))
          .append("},\"entityMicro\":")
          .append(s.entityMicro().toJson());
      rows.clear();
      s.relations().forEach((p, sc) -> rows.add(quote(p) + ":" + sc.toJson()));
      b.append(",\"relations\":{").append(String.join(",", rows)).append('}');
      b.append(",\"relationMicro\":").append(s.relationMicro().toJson());
      rows.clear();
      s.extra().forEach((p, sc) -> rows.add(quote(p) + ":" + sc.toJson()));
      b.append(",\"extra\":{").append(String.join(",", rows)).append('}');
      b.append(",\"falsePositives\":").append(array(s.falsePositives()));
      b.append(",\"falseNegatives\":").append(array(s.falseNegatives()));
      b.append('}');
      parts.add(b.toString());
    }
    return "{\"splits\":{" + String.join(",", parts) + "}}";
  }

  private static String array(List<String> items) {
    List<String> q = new ArrayList<>(items.size());
    items.forEach(i -> q.add(quote(i)));
    return "[" + String.join(",", q) + "]";
  }

  /** {@code s} as a JSON string literal. */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
