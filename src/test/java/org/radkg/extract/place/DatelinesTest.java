package org.radkg.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The city of a wire-style dateline at the head of a story is a place the story names. */
class DatelinesTest {
  private static final Datelines DATELINES = new Datelines(Gazetteer.fromClasspath());

  private static String city(String text) {
    return DATELINES
        .find(text.replace("\\n", "\n"))
        .map(m -> m.place().slug() + "=" + text.replace("\\n", "\n").substring(m.begin(), m.end()))
        .orElse("");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      DUBAI - A new school opened its doors this week.                            | dubai-ae=DUBAI
      RESTON, Va. (March 4, 2025) — The Example Society announced a new program.  | reston-us=RESTON
      Newswise — RESTON, VA — The Example Society announced a new program.        | reston-us=RESTON
      FAIRFAX, Va.--The Example Society announced a new program.                  | fairfax-us=FAIRFAX
      LONDON, UK: The Example Society announced a new program.                    | london-gb=LONDON
      Some notes\\nLahore: A two-day meeting opened at a local hotel.             | lahore-pk=Lahore
      Reston, Va. (March 4, 2025) — The Example Society announced a new program.  | reston-us=Reston
      Newswise — Fairfax, VA — The Example Society announced a new program.       | fairfax-us=Fairfax
      Vienna, Austria, and Chicago, USA host the meetings.                        |
      RSNA: The Example Society announced a new program.                          |
      NEWS - The Example Society announced a new program.                         |
      Background: The Example Society announced a new program.                    |
      The society met in Vienna - and agreed on a plan.                           |
      """)
  void readsTheCityOfADateline(String text, String expected) {
    assertEquals(expected == null ? "" : expected, city(text));
  }
}
