package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the owner that an initiative's or event's name states: "the ESR Annual Congress", "IAEA
 * Curricula for Nuclear Medicine Professionals" and "the RSNA Strategic Plan" are led by the
 * organization whose acronym or name they begin with, and "the 47th Congress of the Nordic Society"
 * by the one its event name closes on after "of the", when the sentence names that organization.
 */
final class NamedOwnerReader {

  /**
   * The {@code leads} relations the names in {@code s} state, except for pairs {@code found}
   * already relates.
   */
  List<Relation> read(MaskedSentence s, List<Relation> found, Evidence evidence) {
    List<Relation> out = new ArrayList<>();
    for (Slot activity : s.slots()) {
      if (activity.anaphoric() || (activity.code() != 'I' && activity.code() != 'E')) {
        continue;
      }
      Entity owner = owner(activity.entity().label(), s, activity.code() == 'E');
      if (owner != null
          && !related(found, owner, activity.entity())
          && RelationExtractor.allowed(owner, Predicate.LEADS, activity.entity())) {
        out.add(new Relation(owner, Predicate.LEADS, activity.entity(), evidence));
      }
    }
    return out;
  }

  // "the 47th Congress of the Nordic Society", "Annual Meeting of the NSI 2031": an event's name
  // closing on its owner
  // after "of the" (a year may follow) states the owner as plainly as one opening with it.
  private static final java.util.regex.Pattern OWNER_CLOSES =
      java.util.regex.Pattern.compile(
          "\\b(?:Congress|Meeting|Conference|Symposium|Summit|Assembly|Convention|Workshop|Course|Forum)\\s+of\\s+the\\s+(.+?)(?:\\s+(?:19|20)\\d{2})?$");

  // The one organization of the sentence whose name or acronym opens the label (or, for an event,
  // closes it after
  // "of the"); none when two do ("RAD-AID ASRT Foundation Fellowship": a joint name names no single
  // owner).
  private static Entity owner(String label, MaskedSentence s, boolean event) {
    java.util.regex.Matcher closing = event ? OWNER_CLOSES.matcher(label) : null;
    if (closing != null && closing.find()) {
      String named = closing.group(1);
      for (Slot slot : s.slots()) {
        Entity org = slot.entity();
        if (org != null
            && slot.code() == 'O'
            && org.primaryType().isOrganization()
            && (named.equals(org.label()) || named.equals(org.acronym()))) {
          return org;
        }
      }
    }
    Entity owner = null;
    for (Slot slot : s.slots()) {
      Entity org = slot.entity();
      if (org == null
          || slot.code() != 'O'
          || !org.primaryType().isOrganization()
          || org.equals(owner)) {
        continue;
      }
      int prefix = prefixLength(label, org);
      if (prefix > 0) {
        if (owner != null || opensWithAnotherName(label.substring(prefix), s, org)) {
          return null;
        }
        owner = org;
      }
    }
    return owner;
  }

  // The length of the organization's acronym or label that opens {@code label} as a whole word
  // followed by more words.
  private static int prefixLength(String label, Entity org) {
    for (String name : new String[] {org.acronym(), org.label()}) {
      if (name != null
          && !name.isEmpty()
          && label.length() > name.length() + 1
          && label.startsWith(name)
          && label.charAt(name.length()) == ' ') {
        return name.length() + 1;
      }
    }
    return 0;
  }

  private static boolean opensWithAnotherName(String rest, MaskedSentence s, Entity first) {
    for (Slot slot : s.slots()) {
      if (slot.entity() != null
          && slot.code() == 'O'
          && !slot.entity().equals(first)
          && prefixLength(rest + " x", slot.entity()) > 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean related(List<Relation> found, Entity subject, Entity object) {
    for (Relation r : found) {
      if (r.subject().equals(subject) && r.object().equals(object)) {
        return true;
      }
    }
    return false;
  }
}
