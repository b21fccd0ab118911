package org.radkg.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radkg.corpus.Article;
import org.radkg.corpus.Segmenter;
import org.radkg.corpus.SourceDocument;
import org.radkg.eval.GoldFact;
import org.radkg.extract.MethodConfidences;
import org.radkg.extract.Predicate;
import org.radkg.extract.ReadingMethod;
import org.radkg.extract.ReferenceData;

/**
 * Calibration counts each method's right and wrong readings against the gold, smooths them and
 * gives the same table every time.
 */
class MethodCalibratorTest {
  private static final ReferenceData REFERENCE = ReferenceData.fromClasspath();

  private static MethodCalibrator.LearningSet set(
      String name, String society, String acronym, String registry, String funder) {
    String title = registry + " opens";
    String text =
        society
            + " ("
            + acronym
            + ")\n\n"
            + title
            + "\n\nThe "
            + society
            + " ("
            + acronym
            + ") launched the "
            + registry
            + " in 2021. The registry is funded by the "
            + funder
            + ".\n";
    List<Article> articles =
        new Segmenter()
            .segment(new SourceDocument("urn:test:" + name, name + ".txt", text, "text/plain"));
    // The gold states the launch; the funding sentence is (for this test) not a fact the annotator
    // kept.
    List<GoldFact> gold =
        List.of(
            new GoldFact(
                title, GoldFact.Kind.RELATION, society, "leads", registry, "dev", name + ":1"));
    return new MethodCalibrator.LearningSet(name, articles, gold, Map.of());
  }

  private static List<MethodCalibrator.LearningSet> sets() {
    return List.of(
        set(
            "a",
            "Imaging Society of Testland",
            "IST",
            "Testland Dose Registry",
            "Bureau of Dose Studies"),
        set(
            "b",
            "Radiology College of Examplia",
            "RCE",
            "Examplia Screening Programme",
            "Examplia Health Fund"));
  }

  @Test
  void countsEachMethodsTrueAndFalsePositivesAndSmoothsThem() {
    MethodCalibrator.Calibration c = MethodCalibrator.calibrate(sets(), REFERENCE);
    MethodCalibrator.Row lead = row(c, "rule-lead-active", "leads");
    assertEquals(2, lead.tp());
    assertEquals(0, lead.fp());
    MethodCalibrator.Row funds = row(c, "rule-passive-by", "funds");
    assertEquals(0, funds.tp());
    assertEquals(2, funds.fp());
    // prior (0 + 1) / (0 + 2 + 2) = 0.25; confidence (0 + 2 * 0.25) / (2 + 2) = 0.125
    assertEquals(0.125, funds.confidence(), 1e-9);
    MethodConfidences table = c.confidences();
    assertEquals(0.125, table.confidence(ReadingMethod.rule("passive-by"), Predicate.FUNDS), 1e-9);
    assertEquals(
        0.25,
        table.confidence(ReadingMethod.model("unmeasured"), Predicate.FUNDS),
        1e-9,
        "a method the table does not name gets its predicate's prior");
  }

  @Test
  void theSameDataGivesTheSameFile() {
    String first =
        MethodCalibrator.tsv(MethodCalibrator.calibrate(sets(), REFERENCE), List.of("a", "b"));
    String second =
        MethodCalibrator.tsv(MethodCalibrator.calibrate(sets(), REFERENCE), List.of("a", "b"));
    assertEquals(first, second);
    MethodConfidences parsed = MethodConfidences.parse(first.lines().toList());
    assertEquals(0.125, parsed.confidence(ReadingMethod.rule("passive-by"), Predicate.FUNDS), 1e-9);
    assertTrue(first.contains(MethodConfidences.THRESHOLD_KEY), first);
  }

  private static MethodCalibrator.Row row(
      MethodCalibrator.Calibration c, String slug, String predicate) {
    return c.rows().stream()
        .filter(r -> r.method().slug().equals(slug) && r.predicate().equals(predicate))
        .findFirst()
        .orElseThrow(() -> new AssertionError(slug + " " + predicate + " not in " + c.rows()));
  }
}
