package org.radkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the organizations that a joint name writes as acronyms joined by a slash or a dash ("the
 * NSI/KRS Symposium", "Joint Annual Meeting NSI-KRS") as named by the article, as a reader counts
 * them, when every acronym of the joint is a known organization's.
 */
final class JointOwners {
  // Two or more acronyms joined by "/" or a dash, standing as one word of a name.
  private static final Pattern JOINT =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}/–-])(\\p{Lu}[\\p{Lu}\\p{N}&]*\\p{Lu}(?:[/–-]\\p{Lu}[\\p{Lu}\\p{N}&]*\\p{Lu})+)(?![\\p{L}\\p{N}/–-])");
  private static final Pattern JOINER = Pattern.compile("[/–-]");

  private JointOwners() {}

  /**
   * {@code mentions} and one mention for each organization that the joint acronyms of an event's or
   * initiative's name stand for, where the article names it nowhere else; none for a joint with a
   * part no organization goes by ("PET/CT", "RAD-AID").
   */
  static List<Mention> withJointOwners(String text, List<Mention> mentions, Lexicon lexicon) {
    Set<Entity> named = new HashSet<>();
    Map<String, Entity> byAcronym = new HashMap<>();
    for (Mention m : mentions) {
      named.add(m.entity());
      Entity e = m.entity();
      if (e.primaryType().isOrganization() && e.acronym() != null) {
        byAcronym.putIfAbsent(e.acronym(), e);
      }
    }
    List<Mention> out = new ArrayList<>(mentions);
    for (Mention m : mentions) {
      Entity thing = m.entity();
      if (!(thing.is(EntityType.EVENT) || thing.is(EntityType.INITIATIVE))) {
        continue;
      }
      Matcher joint = JOINT.matcher(thing.label());
      while (joint.find()) {
        List<Entity> owners = owners(joint.group(1), byAcronym, lexicon);
        for (Entity owner : owners) {
          if (named.add(owner)) {
            out.add(where(text, owner, m));
          }
        }
      }
    }
    return out;
  }

  // Every part's organization, or none when one part is no organization's acronym.
  private static List<Entity> owners(String joint, Map<String, Entity> byAcronym, Lexicon lexicon) {
    List<Entity> owners = new ArrayList<>();
    for (String part : JOINER.split(joint)) {
      Entity known = byAcronym.get(part);
      Optional<Entity> listed =
          known != null
              ? Optional.of(known)
              : lexicon
                  .lookup(part)
                  .filter(e -> e.primaryType().isOrganization() && part.equals(e.acronym()));
      if (listed.isEmpty()) {
        return List.of();
      }
      owners.add(listed.get());
    }
    return owners;
  }

  private static Mention where(String text, Entity owner, Mention name) {
    int at = text.indexOf(owner.acronym(), name.begin());
    if (at >= 0 && at + owner.acronym().length() <= name.end()) {
      return new Mention(owner, at, at + owner.acronym().length());
    }
    return new Mention(owner, name.begin(), name.end());
  }
}
