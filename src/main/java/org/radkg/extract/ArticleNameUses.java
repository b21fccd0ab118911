package org.radkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the other names an article gives an organization it has named in full: a shortened name
 * ("the Veltrian Society" after "the Veltrian Society for Ultrasound in Medicine") and an acronym
 * it never defines whose letters are the initials of exactly one organization it names ("SVNI"
 * after "Society of Veltrian Nuclear Imaging", "SVNITS" after "SVNI Technologist Section") name
 * that organization rather than one of their own.
 */
final class ArticleNameUses {
  private static final Pattern ACRONYM =
      Pattern.compile("(?<![\\p{L}\\d&/-])\\p{Lu}[\\p{Lu}&]{2,9}(?![\\p{L}\\d&/-])");
  private static final Set<String> COMPLEMENTS =
      Set.of("of", "for", "in", "on", "de", "für", "du", "des", "del", "da");
  private static final Set<String> SMALL_WORDS =
      Set.of(
          "of", "for", "the", "and", "&", "in", "on", "at", "to", "with", "de", "la", "y", "du",
          "des", "del", "der", "und", "et", "da", "das", "do", "dos", "e", "en", "di", "della",
          "für");
  private static final int MAX_SHORT_WORDS = 3;
  private static final Pattern CAPITALIZED_WORDS =
      Pattern.compile("\\p{Lu}[\\p{L}’'-]*(?: \\p{Lu}[\\p{L}’'-]*)+");

  private ArticleNameUses() {}

  /**
   * {@code mentions} (sorted by position) with the shortened names and initials of {@code
   * text[begin, end)} resolved; {@code known} says which labels the lexicon knows.
   */
  static List<Mention> resolve(
      List<Mention> mentions, String text, int begin, int end, Predicate<String> known) {
    // Each organization with where the article first names it: a shortened name only refers back.
    Map<Entity, Integer> firstNamed = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.entity().primaryType().isOrganization()) {
        firstNamed.putIfAbsent(m.entity(), m.begin());
      }
    }
    if (firstNamed.isEmpty()) {
      return mentions;
    }
    List<Entity> fullNames = List.copyOf(firstNamed.keySet());
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      Entity full =
          m.entity().primaryType().isOrganization() && !known.test(m.entity().label())
              ? fullNameOf(m.entity(), fullNames)
              : null;
      out.add(
          full == null || firstNamed.get(full) > m.begin()
              ? m
              : new Mention(full, m.begin(), m.end()));
    }
    return withInitials(out, fullNames, text, begin, end);
  }

  // "Veltrian Society" is short for the one organization named "Veltrian Society for ..."/"Veltrian
  // Society of ...".
  private static Entity fullNameOf(Entity shortName, List<Entity> fullNames) {
    String label = shortName.label();
    int words = label.split(" ").length;
    // Only a society's capitalized words ("the Veltrian Society"): national societies go by their
    // nationality and
    // head; "Faculty of Medicine" is a whole name, and "X University" or "X Hospital" may be
    // another than "X University of Y".
    if (words < 2
        || words > MAX_SHORT_WORDS
        || shortName.acronym() != null
        || !shortName.is(EntityType.SOCIETY)
        || !CAPITALIZED_WORDS.matcher(label).matches()) {
      return null;
    }
    Entity found = null;
    for (Entity e : fullNames) {
      String l = e.label();
      if (l.length() > label.length() + 3
          && l.startsWith(label + " ")
          && COMPLEMENTS.contains(l.substring(label.length() + 1).split(" ")[0])) {
        if (found != null && !found.equals(e)) {
          return null;
        }
        found = e;
      }
    }
    return found;
  }

  private static List<Mention> withInitials(
      List<Mention> mentions, List<Entity> fullNames, String text, int begin, int end) {
    Map<String, Entity> byInitials = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Entity e : fullNames) {
      String initials = initials(e.label());
      if (e.acronym() != null || initials.length() < 3) {
        continue;
      }
      Entity before = byInitials.putIfAbsent(initials, e);
      if (before != null && !before.equals(e)) {
        ambiguous.add(initials);
      }
    }
    ambiguous.forEach(byInitials::remove);
    if (byInitials.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions);
    Matcher m = ACRONYM.matcher(text);
    m.region(begin, end);
    boolean added = false;
    while (m.find()) {
      Entity e = byInitials.get(m.group());
      int b = m.start();
      int en = m.end();
      if (e != null && mentions.stream().noneMatch(o -> o.begin() < en && b < o.end())) {
        out.add(new Mention(e, b, en));
        added = true;
      }
    }
    if (added) {
      out.sort(Lexicon.BY_POSITION);
    }
    return out;
  }

  // "Society of Nuclear Medicine and Molecular Imaging" -> "SNMMI": the capitals that open its
  // words, less the small ones.
  static String initials(String label) {
    StringBuilder b = new StringBuilder();
    for (String w : label.split("[\\s-]+")) {
      if (w.isEmpty() || SMALL_WORDS.contains(w)) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return "";
      }
      // "SNM Technologist Section" -> "SNMTS": an acronym inside a name keeps all its letters.
      b.append(AcronymDefinitionFinder.isAcronymLike(w) ? w : w.substring(0, 1));
    }
    return b.toString();
  }
}
