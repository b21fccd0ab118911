package org.radkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts an organization that a name states as its owner ("the 9th Annual Meeting of the Example
 * Society of Imaging", "Example Cancer Society Screening Guidelines") as named by the article, as a
 * reader counts it, where no mention of its own was read.
 */
final class OwnerMentions {
  private OwnerMentions() {}

  /**
   * {@code mentions} and, for each owner of {@code namedLeaders} mentioned nowhere else, one
   * mention where its name or acronym stands in the sentence that states it (the sentence when
   * neither does).
   */
  static List<Mention> withOwners(
      String text, List<Mention> mentions, List<Relation> namedLeaders) {
    Set<Entity> named = new HashSet<>();
    mentions.forEach(m -> named.add(m.entity()));
    List<Mention> out = new ArrayList<>(mentions);
    for (Relation r : namedLeaders) {
      Entity owner = r.subject();
      if (!owner.primaryType().isOrganization()
          || named.contains(owner)
          || definedForAnother(text, owner)) {
        continue;
      }
      named.add(owner);
      out.add(where(text, owner, r.evidence()));
    }
    return out;
  }

  // "the Congress of the Example Society of Radiology (ESR)": where the page spells an acronym out
  // itself and never spells out this owner's name, the acronym is the page's other organization.
  private static boolean definedForAnother(String text, Entity owner) {
    String acronym = owner.acronym();
    return acronym != null
        && !text.contains(owner.label())
        && (text.contains("(" + acronym + ")") || text.contains("(" + acronym + ","));
  }

  private static Mention where(String text, Entity owner, Evidence evidence) {
    for (String name : new String[] {owner.label(), owner.acronym()}) {
      if (name == null || name.isEmpty()) {
        continue;
      }
      int at = text.indexOf(name, evidence.begin());
      if (at >= 0 && at + name.length() <= evidence.end()) {
        return new Mention(owner, at, at + name.length());
      }
    }
    return new Mention(owner, evidence.begin(), evidence.end());
  }
}
