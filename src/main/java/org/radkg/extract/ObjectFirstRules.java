package org.radkg.extract;

import java.util.List;

/**
 * Relation patterns that name the initiative or event before the organization acting on it: a
 * relative clause ("the International Day of Medical Physics that IOMP established in 2013", "X,
 * which the ESR launched last year") and a purpose clause ("ISR partnering with ORMIS to organize
 * ICR 2020"). The clause's verb says who leads; its date, when it started.
 */
final class ObjectFirstRules {
  private ObjectFirstRules() {}

  private static final String AUX =
      "(?:(?:has|have|had|will|would|first|originally|jointly|officially)\\s+){0,2}";
  private static final String STARTED =
      "(?:established|launched|founded|created|initiated|introduced|started|set\\s+up|inaugurated|conceived|began|organi[sz]ed|convened)";
  // The object's acronym in parentheses may follow it: "the International Day of Medical Physics
  // (IDMP) that ...".
  private static final String PAREN = "(?:\\s*\\(⟦[IE]\\d+⟧\\))?";

  static final List<RelationRule> ALL =
      List.of(
          RelationRule.of(
              "which-org-started",
              Predicate.LEADS,
              "s",
              "o",
              "{IE:o}" + PAREN + ",?\\s+(?:that|which)\\s+{_}{O:s}\\s+" + AUX + STARTED + "\\b"),
          RelationRule.of(
              "which-org-started-date",
              Predicate.START_DATE,
              "o",
              "d",
              "{IE:o}"
                  + PAREN
                  + ",?\\s+(?:that|which)\\s+{_}{O}\\s+"
                  + AUX
                  + STARTED
                  + "\\s+(?:in|on)\\s+{D:d}"),
          // "ISR partnering with ORMIS to organize ICR 2020": the one partnering leads what they
          // organize.
          RelationRule.of(
              "partnering-to-organize",
              Predicate.LEADS,
              "s",
              "o",
              "{O:s}\\s+(?:(?:is|are|was|were|has|have)\\s+)?(?:partnering|partnered|partners|teaming\\s+up|teamed\\s+up|joining\\s+forces|joined\\s+forces|working)\\s+with\\s+{_}{OL}\\s+to\\s+"
                  + "(?:co-)?(?:organi[sz]e|host|hold|run|launch|convene|stage|create|develop|establish)\\s+{_}(?:(?:[\\p{Ll}-]+|(?:19|20)\\d{2})\\s+){0,3}?{IE:o}"));
}
