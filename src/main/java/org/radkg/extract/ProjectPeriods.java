package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the start year of an initiative given with its period in parentheses ("the regional project
 * NRD/4/012 (2019-2023)", "Project Fjord (2031–34)"): the period's first year.
 */
final class ProjectPeriods {
  /** A period in parentheses after an initiative's name. */
  static final ReadingMethod METHOD =
      new ReadingMethod(
          "period-in-parens",
          "Period in parentheses",
          "Reads that an initiative starts in the first year of the period written in parentheses right after its name"
              + " (\"project X (2019-2023)\").");

  // Years a period spans at most: a longer range is a history, not a project's term.
  private static final int LONGEST = 15;
  private static final Pattern PERIOD =
      Pattern.compile(
          "⟦I(\\d+)⟧\\s*\\(\\s*((?:19|20)\\d{2})\\s*[-–—]\\s*((?:19|20)?\\d{2})\\s*\\)");

  private ProjectPeriods() {}

  /** The start dates {@code s} gives its initiatives by a period in parentheses. */
  static List<Relation> read(MaskedSentence s, Evidence evidence) {
    List<Relation> out = new ArrayList<>();
    Matcher m = PERIOD.matcher(s.masked());
    while (m.find()) {
      int from = Integer.parseInt(m.group(2));
      String endText = m.group(3);
      int to =
          endText.length() == 2
              ? from / 100 * 100 + Integer.parseInt(endText)
              : Integer.parseInt(endText);
      Entity initiative = s.slot(Integer.parseInt(m.group(1))).entity();
      if (initiative == null
          || !initiative.is(EntityType.INITIATIVE)
          || to <= from
          || to - from > LONGEST) {
        continue;
      }
      out.add(
          new Relation(
              initiative,
              Predicate.START_DATE,
              LiteralValue.typed(m.group(2), "gYear"),
              evidence,
              METHOD));
    }
    return out;
  }
}
