package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InfixAcronymsTest {
  private static List<String> pairs(String text) {
    return new AcronymDefinitionFinder()
        .find(text, 0, text.length()).stream()
            .map(d -> d.longForm() + " = " + d.acronym())
            .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Twelve societies joined the Scan Safely (SS) Alliance in 2019.                               | Scan Safely Alliance = SS
      The data went into the WHO Dental Imaging and Oral Radiology (DIOR) Global Registry last year. | WHO Dental Imaging and Oral Radiology Global Registry = DIOR
      The European Society of Radiology (ESR) Annual Meeting drew crowds.                          | European Society of Radiology = ESR
      """)
  void anAcronymBeforeTheHeadWordsStandsForTheWholeName(String text, String expected) {
    assertEquals(List.of(expected), pairs(text));
  }

  @Test
  void theAcronymWithTheHeadWordsNamesTheSameEntityLater() {
    ArticleFindings f =
        TestArticles.extract(
            "Japan Radiological Society (JRS)",
            "Safer scans for children",
            "The Scan Safely (SS) Alliance was formed in 2019. The Korean Society of Radiology joined the SS Alliance in 2021.");
    List<String> labels = f.mentions().stream().map(m -> m.entity().label()).distinct().toList();
    assertTrue(labels.contains("Scan Safely Alliance"), labels::toString);
    assertTrue(
        labels.stream().noneMatch(l -> l.equals("SS Alliance") || l.equals("Scan Safely")),
        labels::toString);
  }
}
