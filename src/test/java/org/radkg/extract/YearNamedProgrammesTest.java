package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearNamedProgrammesTest {
  private static List<String> labels(String text) {
    return YearNamedProgrammes.find(text, 0, text.length()).stream()
        .map(m -> m.entity().label())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      The study is funded under the Skyline 2030 programme of the Nordic Council.  | Skyline 2030
      The Skyline 2030 LUMEN project maps dose in children.                        | Skyline 2030
      It received a grant under Skyline 2030, the Council's research framework.    | Skyline 2030
      The ECR 2020 programme was published in May.                                 | ''
      In 2020 programme directors met in Oslo.                                     | ''
      The Summer 2021 programme starts soon.                                       | ''
      """)
  void aProgrammeNamedWithAYearIsOneName(String text, String expected) {
    assertEquals(expected.isEmpty() ? List.of() : List.of(expected), labels(text));
  }
}
