package org.radkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Affiliates a person given an office in a sentence with the one organization that sentence names:
 * "Joining the board of the Spanish Society of Radiology are José Albillos as vice president and
 * María Parra as secretary general" makes both of them the Society's, since an office is held in a
 * body and the sentence names no other.
 */
final class SoleBodyOfOffice {
  /** How an affiliation is read from the only body a sentence with an office names. */
  static final ReadingMethod METHOD =
      new ReadingMethod(
          "sole-body-of-office",
          "Sole body of an office",
          "Reads that a person given a job title in a sentence belongs to the one organization the"
              + " sentence names, when no other reading gave the person an organization there.");

  private SoleBodyOfOffice() {}

  /** The affiliations {@code ruled} (what the sentence's rules read) leaves unread in {@code s}. */
  static List<Relation> read(MaskedSentence s, List<Relation> ruled, Evidence evidence) {
    Set<Entity> bodies = new LinkedHashSet<>();
    for (Slot slot : s.slots()) {
      Entity e = slot.entity();
      if (e != null && e.primaryType().isOrganization()) {
        bodies.add(e);
      }
    }
    List<Relation> out = new ArrayList<>();
    if (bodies.size() != 1) {
      return out;
    }
    Entity body = bodies.iterator().next();
    Set<Entity> titled = Relation.subjectsOf(ruled, Predicate.JOB_TITLE);
    titled.removeAll(Relation.subjectsOf(ruled, Predicate.AFFILIATION));
    for (Entity person : titled) {
      out.add(new Relation(person, Predicate.AFFILIATION, body, evidence).orMethod(METHOD));
    }
    return out;
  }
}
