package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the body that closes a list of people to every person of the list: "Dr. Lucille Puracan,
 * Dr. Angelica Barrenechea, and Dr. Eduardo Ongkeko of St. Luke's Medical Center" places all three
 * there, where the name-by-name reading gives it to the last one only.
 */
final class CoordinatedPersonsOfBody {
  private static final String PERSON = RolePatterns.HONORIFIC + "⟦H\\d+⟧";
  // Two or more people joined by commas and "and", then "of" or "from" and one organization.
  private static final Pattern LIST =
      Pattern.compile(
          "(?<list>"
              + PERSON
              + "(?:\\s*,\\s*"
              + PERSON
              + ")*\\s*,?\\s+and\\s+"
              + PERSON
              + ")\\s+(?:of|from)\\s+(?:the\\s+)?⟦O(?<org>\\d+)⟧");
  private static final Pattern PERSON_SLOT = Pattern.compile("⟦H(\\d+)⟧");

  private CoordinatedPersonsOfBody() {}

  /** The affiliations of listed people that {@code ruled} does not already give them. */
  static List<Relation> read(MaskedSentence s, List<Relation> ruled, Evidence evidence) {
    List<Relation> out = new ArrayList<>();
    Set<Entity> placed = Relation.subjectsOf(ruled, Predicate.AFFILIATION);
    Matcher m = LIST.matcher(s.masked());
    while (m.find()) {
      Entity org = s.slot(Integer.parseInt(m.group("org"))).entity();
      if (org == null || !org.primaryType().isOrganization()) {
        continue;
      }
      Matcher p = PERSON_SLOT.matcher(m.group("list"));
      while (p.find()) {
        Entity person = s.slot(Integer.parseInt(p.group(1))).entity();
        if (person != null && placed.add(person)) {
          out.add(
              new Relation(person, Predicate.AFFILIATION, org, evidence)
                  .orMethod(ReadingMethod.PERSON_ROLE));
        }
      }
    }
    return out;
  }
}
