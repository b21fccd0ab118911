package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadingAcronymsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      HARBOR-Nordic Programme for Shared Imaging Research | HARBOR
      RAD-AID Nordic Fellowship Program                   | ''
      MRI-Guided Focal Therapy Programme                  | ''
      LUMEN-Baltic Project                                | ''
      """)
  void aLongNameOpensWithItsShortFormBeforeAHyphen(String name, String expected) {
    assertEquals(expected.isEmpty() ? null : expected, LeadingAcronyms.of(name));
  }

  @Test
  void theShortFormNamesTheProgrammeLater() {
    ArticleFindings f =
        TestArticles.extract(
            "Japan Radiological Society (JRS)",
            "Shared research",
            "The HARBOR-Nordic Programme for Shared Imaging Research started in 2020. HARBOR is funded by the Nordic Council.");
    List<Mention> harbor =
        f.mentions().stream().filter(m -> m.entity().label().startsWith("HARBOR-Nordic")).toList();
    assertEquals(2, harbor.size(), f.mentions()::toString);
    assertEquals("HARBOR", harbor.get(0).entity().acronym());
    assertNull(LeadingAcronyms.of("Nordic Programme for Shared Imaging Research"));
  }
}
