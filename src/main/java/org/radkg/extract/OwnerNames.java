package org.radkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The two spellings of each owner an article names with an acronym ("European Association of Nuclear Medicine",
 * "EANM"), so that a name led by one ("EANM Congress") can be written with the other, as readers write it.
 */
final class OwnerNames {
  private final Map<String, String> fullNameOf; // acronym -> full name
  private final Map<String, String> acronymOf; // lower-cased full name -> acronym

  private OwnerNames(Map<String, String> fullNameOf, Map<String, String> acronymOf) {
    this.fullNameOf = fullNameOf;
    this.acronymOf = acronymOf;
  }

  /** The owners among {@code mentions}: organizations with both a name and an acronym; an acronym of two is neither's. */
  static OwnerNames of(List<Mention> mentions) {
    Map<String, String> full = new HashMap<>();
    Map<String, String> acronym = new HashMap<>();
    for (Mention m : mentions) {
      Entity e = m.entity();
      if (e.acronym() == null || e.acronym().equals(e.label()) || !e.primaryType().isOrganization()) {
        continue;
      }
      full.merge(e.acronym(), e.label(), (a, b) -> a.equals(b) ? a : "");
      acronym.merge(e.label().toLowerCase(Locale.ROOT), e.acronym(), (a, b) -> a.equals(b) ? a : "");
    }
    full.values().removeIf(String::isEmpty);
    acronym.values().removeIf(String::isEmpty);
    return new OwnerNames(full, acronym);
  }

  /** {@code name} as written, and with its leading owner spelled the other way when the article defines both. */
  Set<String> spellings(String name) {
    Set<String> out = new TreeSet<>();
    out.add(name);
    int space = name.indexOf(' ');
    if (space > 0 && fullNameOf.containsKey(name.substring(0, space))) {
      out.add(fullNameOf.get(name.substring(0, space)) + name.substring(space));
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> owner : acronymOf.entrySet()) {
      String full = owner.getKey();
      if (lower.startsWith(full + " ")) {
        out.add(owner.getValue() + name.substring(full.length()));
      }
    }
    return out;
  }
}
