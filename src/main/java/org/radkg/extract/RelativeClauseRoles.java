package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the organization a relative clause places a person in: "Anna Keller, who chairs the
 * radiology department at Bern University Hospital," and "Tomas Berg, who leads the imaging group
 * at Karolinska Institutet" make the person affiliated with the organization the clause names after
 * a verb of running or working in a body.
 */
final class RelativeClauseRoles {
  // The verbs that say a person holds a place in a body: runs part of it, works or teaches there.
  private static final String VERBS =
      "(?:chairs|chaired|leads|led|heads|headed|directs|directed|runs|ran|manages|managed"
          + "|coordinates|coordinated|works|worked|practises|practices|practised|practiced"
          + "|teaches|taught|serves|served|is\\s+based|was\\s+based)";
  private static final Pattern WHO =
      Pattern.compile(
          RolePatterns.HONORIFIC
              + "⟦H(?<person>\\d+)⟧(?:,\\s*[^,⟦]{1,30})?,\\s+who\\s+(?:also\\s+|currently\\s+|now\\s+)?"
              + VERBS
              + "\\b[^.;⟦]{0,60}?\\b(?:at|of|for|in|with|within)\\s+(?:the\\s+)?⟦O(?<org>\\d+)⟧");

  private RelativeClauseRoles() {}

  /** The affiliations the relative clauses of {@code s} state. */
  static List<Relation> read(MaskedSentence s, Evidence evidence) {
    List<Relation> out = new ArrayList<>();
    Matcher m = WHO.matcher(s.masked());
    while (m.find()) {
      Entity person = s.slot(Integer.parseInt(m.group("person"))).entity();
      Entity org = s.slot(Integer.parseInt(m.group("org"))).entity();
      if (person != null && org != null) {
        out.add(
            new Relation(person, Predicate.AFFILIATION, org, evidence)
                .orMethod(ReadingMethod.PERSON_ROLE));
      }
    }
    return out;
  }
}
