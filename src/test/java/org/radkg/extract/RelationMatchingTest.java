package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of relation matching (start positions by slot class, ASCII case folding) give the
 * matches of the plain Unicode case-insensitive patterns.
 */
class RelationMatchingTest {
  private static Entity entity(String label, EntityType type) {
    return new Entity(
        label.toLowerCase().replace(' ', '-'),
        label,
        null,
        new TreeSet<>(),
        EnumSet.of(type),
        new TreeSet<>(),
        null);
  }

  private static List<String> relations(String sentence, String org, String program) {
    int o = sentence.indexOf(org);
    int p = sentence.indexOf(program);
    List<Slot> slots =
        List.of(
            new Slot(
                'O',
                entity(org, EntityType.ORGANIZATION),
                null,
                new Span(o, o + org.length()),
                false),
            new Slot(
                'I',
                entity(program, EntityType.INITIATIVE),
                null,
                new Span(p, p + program.length()),
                false));
    MaskedSentence masked = new MaskedSentence(sentence, new Span(0, sentence.length()), slots);
    return new RelationExtractor()
        .extract(masked).stream()
            .map(
                r ->
                    r.subject().label()
                        + " | "
                        + r.predicate()
                        + " | "
                        + ((Entity) r.object()).label())
            .toList();
  }

  @Test
  void slotStartsAreFilteredByClassIgnoringCaseTheUnicodeWay() {
    RulePrefilter organization = RulePrefilter.of("{O:s}\\s+launched\\s+{IE:o}");
    assertTrue(organization.mayStartAt("⟦O0⟧", 0));
    assertTrue(organization.mayStartAt("⟦o0⟧", 0));
    assertFalse(organization.mayStartAt("⟦P0⟧", 0));
    assertFalse(organization.mayStartAt("⟦", 0));
    RulePrefilter activity = RulePrefilter.of("{IE:s}\\s+in\\s+{P:p}");
    // Dotless "ı" upper-cases to "I": Unicode case folding lets it begin a match.
    assertTrue(activity.mayStartAt("⟦ı0⟧", 0));
    assertFalse(activity.mayStartAt("⟦O0⟧", 0));
    RulePrefilter list = RulePrefilter.of("{OL:l}\\s+launched\\s+{IE:o}");
    assertTrue(list.mayStartAt("- ⟦O0⟧", 0));
  }

  @Test
  void asciiCaseOnlyWithoutNonAsciiCasedCharacters() {
    assertTrue(RelationExtractor.asciiCaseSuffices("⟦O0⟧ launched “⟦I1⟧” – ‘in’ ⟦D2⟧."));
    assertFalse(RelationExtractor.asciiCaseSuffices("⟦O0⟧ launched Ecografía"));
    assertFalse(RelationExtractor.asciiCaseSuffices("⟦O0⟧ ſtarted ⟦I1⟧"));
  }

  @Test
  void unicodeCaseFoldingIsKeptWhereItMatters() {
    List<String> expected = List.of("ACR | LEADS | Scan Program");
    assertEquals(expected, relations("ACR started Scan Program.", "ACR", "Scan Program"));
    assertEquals(expected, relations("ACR STARTED Scan Program.", "ACR", "Scan Program"));
    // The long "ſ" folds to "s" under Unicode case rules only: the patterns still read it so.
    assertEquals(expected, relations("ACR ſtarted Scan Program.", "ACR", "Scan Program"));
  }

  @Test
  void requiredWordsComeFromLiteralTextAndFromEveryAlternativeOfAGroup() {
    assertEquals(
        List.of(List.of("-funded")), RulePrefilter.requiredWords("{O:s}-funded\\s+{_}{IE:o}"));
    // "partners?": the quantified letter is not required; an optional group requires nothing.
    assertEquals(
        List.of(List.of("partner"), List.of("with")),
        RulePrefilter.requiredWords("{O:s}\\s+(?:is\\s+)?partners?\\s+with\\s+{O:o}"));
    assertEquals(
        List.of(List.of("funds", "financed", "awarded")),
        RulePrefilter.requiredWords("{O:s}\\s+(?<verb>funds|financed|awarded a grant)\\s+{IE:o}"));
    // One alternative without a word of three letters or more: the group requires nothing.
    assertEquals(List.of(), RulePrefilter.requiredWords("{O:s}\\s+(?:funds|by)\\s+{IE:o}"));
    // Look-arounds, classes and escapes are not literal text.
    assertEquals(
        List.of(List.of("ith")), RulePrefilter.requiredWords("(?<!\\bsome)\\b[Ww]ith\\s+{OL:l}"));
  }

  @Test
  void sentencesLackingARequiredWordAreSkippedUnlessUnicodeFoldingApplies() {
    RulePrefilter rule = RulePrefilter.of("{O:s}\\s+(?:funds|financed)\\s+{IE:o}");
    assertTrue(rule.hasWords("⟦o0⟧ financed ⟦i1⟧"));
    assertFalse(rule.hasWords("⟦o0⟧ launched ⟦i1⟧"));
    assertTrue(rule.hasWords(null));
  }
}
