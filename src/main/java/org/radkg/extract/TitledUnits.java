package org.radkg.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;

/**
 * Tells a unit that a job title names by ordinary words ("dean of the College of Medicine",
 * "Director of Clinical Services", "vice chair for Clinical Services") from an organization: the
 * unit is part of the person's title, and names no organization of its own.
 */
final class TitledUnits {
  // Units a school or a hospital has in every instance; committees and departments are owned
  // units, read by OwnedNames.
  private static final Set<String> HEADS = Set.copyOf(LexiconFiles.entries("titled-unit-heads"));
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&");
  // A role and its "of" or "for" right before the unit.
  private static final Pattern ROLE_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:" + RoleLexicon.wordsAlternation() + ")\\s+(?:of|for)\\s+(?:the\\s+)?$");

  private TitledUnits() {}

  /** Whether {@code m} is an organization that a job title right before it names as its unit. */
  static boolean isTitleUnit(String text, Mention m) {
    Entity e = m.entity();
    if (!e.primaryType().isOrganization() || e.acronym() != null || !e.sameAs().isEmpty()) {
      return false;
    }
    String[] words = e.label().split("\\s+");
    if (words.length < 2 || words.length > 4 || !headed(words)) {
      return false;
    }
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (!CONNECTORS.contains(lower) && !EnglishWords.contains(lower)) {
        return false;
      }
    }
    return ROLE_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 60), m.begin())).find();
  }

  // "College of Medicine" opens on its head, "Clinical Services" closes on it.
  private static boolean headed(String[] words) {
    String first = words[0].toLowerCase(Locale.ROOT);
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    boolean opens = HEADS.contains(first) && words[1].equalsIgnoreCase("of");
    boolean closes =
        HEADS.contains(last) && !CONNECTORS.contains(words[0].toLowerCase(Locale.ROOT));
    return opens || closes;
  }
}
