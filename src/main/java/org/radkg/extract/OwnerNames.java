package org.radkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two spellings of each owner an article names with an acronym ("European Association of
 * Nuclear Medicine", "EANM"), so that a name led by one ("EANM Congress") can be written with the
 * other, as readers write it; and the names of the article's other organizations, so that a name
 * ending "of the" one of them can be written with it first ("Congress of the Tarvo Society of
 * Imaging" is the "Tarvo Society of Imaging Congress").
 */
final class OwnerNames {
  private static final Pattern OWNER_AFTER = Pattern.compile("(.+?) of the (.+)");
  private final Map<String, String> fullNameOf; // acronym -> full name
  private final Map<String, String> acronymOf; // lower-cased full name -> acronym
  // The full names of the article's organizations, with or without an acronym.
  private final Set<String> organizations;

  private OwnerNames(
      Map<String, String> fullNameOf, Map<String, String> acronymOf, Set<String> organizations) {
    this.fullNameOf = fullNameOf;
    this.acronymOf = acronymOf;
    this.organizations = organizations;
  }

  /**
   * The owners among {@code mentions}: organizations with both a name and an acronym; an acronym of
   * two is neither's.
   */
  static OwnerNames of(List<Mention> mentions) {
    Map<String, String> full = new HashMap<>();
    Map<String, String> acronym = new HashMap<>();
    Set<String> organizations = new TreeSet<>();
    for (Mention m : mentions) {
      Entity e = m.entity();
      // A society's name of at least two words ("Tarvo Society"), not a unit named by ordinary
      // words ("Scientific Committee"), which owns nothing.
      if (e.primaryType().isOrganization()
          && e.label().indexOf(' ') > 0
          && !OwnedNames.isGeneric(e)) {
        organizations.add(e.label());
      }
      if (e.acronym() == null
          || e.acronym().equals(e.label())
          || !e.primaryType().isOrganization()) {
        continue;
      }
      full.merge(e.acronym(), e.label(), (a, b) -> a.equals(b) ? a : "");
      acronym.merge(
          e.label().toLowerCase(Locale.ROOT), e.acronym(), (a, b) -> a.equals(b) ? a : "");
    }
    full.values().removeIf(String::isEmpty);
    acronym.values().removeIf(String::isEmpty);
    return new OwnerNames(full, acronym, organizations);
  }

  /**
   * {@code name} as written, with its owner spelled the other way when the article defines both,
   * and with the owner moved behind "of the" or before the head ("EANM Congress", "Congress of the
   * European Association of ...").
   */
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
    // "WFUMB World Congress" is the "World Congress of the World Federation ...", and the other way
    // round.
    for (String n : List.copyOf(out)) {
      int s = n.indexOf(' ');
      String full = s > 0 ? fullNameOf.get(n.substring(0, s)) : null;
      String ownerFirst = null;
      for (String f : fullNameOf.values()) {
        if (n.startsWith(f + " ")) {
          ownerFirst = f;
        }
      }
      if (full != null) {
        out.add(n.substring(s + 1) + " of the " + full);
      } else if (ownerFirst != null) {
        out.add(n.substring(ownerFirst.length() + 1) + " of the " + ownerFirst);
      }
      Matcher ofThe = OWNER_AFTER.matcher(n);
      if (ofThe.matches() && acronymOf.containsKey(ofThe.group(2).toLowerCase(Locale.ROOT))) {
        out.add(ofThe.group(2) + " " + ofThe.group(1));
        out.add(acronymOf.get(ofThe.group(2).toLowerCase(Locale.ROOT)) + " " + ofThe.group(1));
      } else if (ofThe.matches() && fullNameOf.containsKey(ofThe.group(2))) {
        // "Annual Meeting of the JRS": the owner behind "of the" by its acronym, spelled out too.
        String spelled = fullNameOf.get(ofThe.group(2));
        out.add(ofThe.group(1) + " of the " + spelled);
        out.add(spelled + " " + ofThe.group(1));
        out.add(ofThe.group(2) + " " + ofThe.group(1));
      } else if (ofThe.matches() && organizations.contains(ofThe.group(2))) {
        // "Congress of the Tarvo Society of Imaging", an owner without an acronym: owner first, as
        // annotators name an edition of a society's series.
        out.add(ofThe.group(2) + " " + ofThe.group(1));
      }
    }
    return out;
  }
}
