package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;
import org.radkg.extract.place.PlaceRecognizer;
import org.radkg.vocab.Slugs;

/**
 * Joins a campus university's name and the city that names its campus ("University of California,
 * Irvine", "University of Texas at Dallas", "Washington University School of Medicine in St.
 * Louis") into one organization, for the universities of {@code campus-universities.txt}.
 */
final class CampusNames {
  // A university system's name alone names none of its campuses: the city after it is part of the
  // name, not where the university is. Each with whether "in" may join its city as well.
  private static final java.util.Map<String, Boolean> SYSTEMS = systems();
  // ", " or " at " or " in " between the university and its city, then the city's one to three
  // capitalized words.
  private static final Pattern CITY_AFTER =
      Pattern.compile(
          "(?:,\\s*|\\s+(at|in)\\s+)(\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]\\p{Lu}[\\p{L}.'’-]*){0,2})");

  private CampusNames() {}

  /**
   * {@code mentions} (in text order) with each listed university that a city follows replaced by
   * one organization mention spanning both; the city is read by {@code places} ("Irvine" after
   * "University of California, " counts though no preposition precedes it).
   */
  static List<Mention> joined(List<Mention> mentions, String text, PlaceRecognizer places) {
    List<Mention> out = new ArrayList<>(mentions);
    for (Mention m : mentions) {
      if (!isCampusSystem(m.entity())) {
        continue;
      }
      Matcher after = CITY_AFTER.matcher(text).region(m.end(), text.length());
      if (!after.lookingAt() || ("in".equals(after.group(1)) && !inJoins(m.entity()))) {
        continue;
      }
      // A city the article's places already name there ("Davis" once California is named), else
      // one the gazetteer names on its own.
      int end =
          mentions.stream()
              .filter(
                  c -> c.begin() == after.start(2) && c.entity().types().contains(EntityType.CITY))
              .mapToInt(Mention::end)
              .findFirst()
              .orElseGet(() -> cityEnd(text, after.start(2), after.end(2), places));
      if (end < 0 || followedByQualifier(text, end)) {
        continue;
      }
      String name = m.entity().label() + text.substring(m.end(), end).replaceAll("\\s+", " ");
      Entity e =
          new Entity(
              Slugs.of(name),
              name,
              null,
              new TreeSet<>(),
              m.entity().types(),
              new TreeSet<>(),
              null);
      out.removeIf(o -> o == m || (o.begin() < end && m.end() <= o.begin()));
      out.add(new Mention(e, m.begin(), end));
    }
    out.sort(Lexicon.BY_POSITION);
    return out;
  }

  // Where the longest run of the capitalized words in [from, to) that names a city ends; -1 if none
  // does ("San Diego Supercomputer" is tried whole, then "San Diego").
  private static int cityEnd(String text, int from, int to, PlaceRecognizer places) {
    for (int end = to; end > from; end = text.lastIndexOf(' ', end - 1)) {
      String probe = "in " + text.substring(from, end);
      boolean isCity =
          places.find(probe).stream()
              .anyMatch(
                  p ->
                      p.begin() == 3
                          && p.end() == probe.length()
                          && p.place().types().contains(EntityType.CITY));
      if (isCity) {
        return end;
      }
    }
    return -1;
  }

  private static java.util.Map<String, Boolean> systems() {
    java.util.Map<String, Boolean> out = new java.util.LinkedHashMap<>();
    for (String line : LexiconFiles.entries("campus-universities")) {
      String[] f = line.split(";");
      out.put(f[0].strip().toLowerCase(Locale.ROOT), f.length > 1 && f[1].strip().equals("in"));
    }
    return out;
  }

  // The listed system {@code e}'s name starts with, if any.
  private static String system(Entity e) {
    if (!e.primaryType().isOrganization()) {
      return null;
    }
    String label = e.label().toLowerCase(Locale.ROOT);
    return SYSTEMS.keySet().stream()
        .filter(s -> label.equals(s) || (label.startsWith(s + " ") && !label.contains(",")))
        .findFirst()
        .orElse(null);
  }

  private static boolean isCampusSystem(Entity e) {
    return system(e) != null;
  }

  private static boolean inJoins(Entity e) {
    return SYSTEMS.getOrDefault(system(e), false);
  }

  // "University of Texas, Austin, Texas" stays a campus; but a city followed by its own
  // capitalized continuation ("San Diego Supercomputer Center") was another name's start.
  private static boolean followedByQualifier(String text, int end) {
    return end < text.length() - 1
        && text.charAt(end) == ' '
        && Character.isUpperCase(text.charAt(end + 1));
  }
}
