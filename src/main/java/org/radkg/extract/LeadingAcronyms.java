package org.radkg.extract;

import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the short form a long name opens with: "the CONCERT-European Joint Programme for the
 * Integration of ..." is later "CONCERT", as "RAD-AID" or "MRI-Guided" are not (the word after the
 * hyphen is an acronym's part or a participle, not the start of a spelled-out name).
 */
final class LeadingAcronyms {
  private static final Pattern LEADING =
      Pattern.compile("^(\\p{Lu}[\\p{Lu}\\d]{2,9})-(\\p{Lu}\\p{Ll}+)\\s");
  private static final int MIN_WORDS = 4;

  private LeadingAcronyms() {}

  /** The acronym {@code name} opens with, or null. */
  static String of(String name) {
    Matcher m = LEADING.matcher(name);
    if (!m.find() || name.split("\\s+").length < MIN_WORDS) {
      return null;
    }
    String next = m.group(2);
    return next.endsWith("ed") || next.endsWith("ing") ? null : m.group(1);
  }

  /** {@code e} with {@code acronym} as its acronym and one of its names. */
  static Entity withAcronym(Entity e, String acronym) {
    TreeSet<String> alt = new TreeSet<>(e.altLabels());
    alt.add(acronym);
    return new Entity(e.slug(), e.label(), acronym, alt, e.types(), e.sameAs(), e.containedIn());
  }
}
