package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the later mentions of a person the article first named in full: by the surname or the given
 * name alone ("Beets-Tan said", "Dr. Mahmood"), by a surname of several words, or without the
 * middle initials, and resolves each to that one person.
 */
final class SurnameMentions {
  private SurnameMentions() {}

  // "Regina Beets-Tan ... Beets-Tan said", "Michael Kawooya ... Michael's dedication": a person
  // named in full is named again by the surname or given name alone; each such word (shared by no
  // other person of the article, and not running into another capitalized word) is a mention of
  // that person.
  static List<Mention> laterMentions(
      String text, int begin, int end, List<Mention> people, Predicate<Span> placed) {
    java.util.Map<String, Entity> byWord = new java.util.HashMap<>();
    java.util.Set<String> shared = new java.util.HashSet<>();
    for (Mention p : people) {
      String[] words = p.entity().label().replace(" Jr.", "").split(" ");
      if (words.length < 2) {
        continue;
      }
      String surname = words[words.length - 1];
      List<String> shortNames =
          new ArrayList<>(
              PersonFinder.GIVEN.contains(words[0])
                  ? List.of(surname, words[0])
                  : List.of(surname));
      String compound = compoundSurname(words);
      if (compound != null) {
        shortNames.add(compound);
      }
      // "Jay R. Parikh" written again "Jay Parikh": the name without its initials.
      String plain = PersonFinder.withoutInitials(p.entity().label());
      if (!plain.equals(p.entity().label())) {
        shortNames.add(plain);
      }
      for (String w : shortNames) {
        Entity before = byWord.putIfAbsent(w, p.entity());
        if (w.length() < 3
            || PersonFinder.NOT_NAMES.contains(w)
            || (before != null && !before.equals(p.entity()))) {
          shared.add(w);
        }
      }
    }
    shared.forEach(byWord::remove);
    if (byWord.isEmpty()) {
      return people;
    }
    // Longest first, so "Casale Menier" is read whole before its "Menier".
    Pattern words =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}.-])("
                + byWord.keySet().stream()
                    .sorted(
                        java.util.Comparator.comparingInt(String::length)
                            .reversed()
                            .thenComparing(java.util.Comparator.naturalOrder()))
                    .map(Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("|"))
                + ")(?=(?:['’]s)?(?![\\p{L}\\p{N}-]))(?!(?:['’]s)?[ \\t\\u00A0]+\\p{Lu}\\p{Ll})");
    List<Mention> out = new ArrayList<>(people);
    Matcher m = words.matcher(text);
    m.region(begin, end);
    while (m.find()) {
      int s = m.start(1);
      int e = m.end(1);
      boolean inside = people.stream().anyMatch(p -> p.begin() < e && s < p.end());
      if (!inside
          && !placed.test(new Span(s, e))
          && standsAloneLater(text, Math.max(begin, s - 40), s)) {
        out.add(new Mention(byWord.get(m.group(1)), s, e));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Mention::begin));
    return out;
  }

  // "Dante R. Casale Menier" is named again "Casale Menier": the words after the given names and
  // initials, when there are two or three of them, are a surname of several words.
  private static String compoundSurname(String[] words) {
    int k = 1;
    while (k < words.length
        && (PersonFinder.INITIAL_WORD.matcher(words[k]).matches()
            || PersonFinder.GIVEN.contains(words[k]))) {
      k++;
    }
    int n = words.length - k;
    return PersonFinder.GIVEN.contains(words[0]) && n >= 2 && n <= 3
        ? String.join(" ", java.util.Arrays.asList(words).subList(k, words.length))
        : null;
  }

  private static boolean standsAloneLater(String text, int from, int at) {
    if (PersonFinder.standsAlone(text, from, at)) {
      return true;
    }
    Matcher opener = PersonFinder.SENTENCE_OPENER.matcher(text.substring(from, at));
    return opener.find() && !PersonFinder.GIVEN.contains(opener.group(1));
  }

  // "Dr. Mahmood" after "Umar Mahmood": one person, named in full (a surname also matches a name
  // with initials).
  static List<Mention> resolveSurnames(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      Entity e = m.entity();
      // "Martin Hollis" after "Martin Q. Hollis": the same person.
      if (e.altLabels().isEmpty()) {
        for (Mention other : mentions) {
          if (other.entity().altLabels().contains(e.label())) {
            e = other.entity();
            break;
          }
        }
      }
      if (!e.label().contains(" ")) {
        for (Mention other : mentions) {
          String label = other.entity().label();
          if (label.contains(" ")
              && (label.endsWith(" " + e.label()) || label.endsWith(" " + e.label() + " Jr."))) {
            e = other.entity();
            break;
          }
        }
      }
      out.add(new Mention(e, m.begin(), m.end()));
    }
    return out;
  }

  // "Dr. Ubenicio" after "Ubenicio Silveira Dias": a word alone that is no surname (surnames and
  // surname-first names were resolved before) names the one person of the article whose full name
  // opens with it.
  static List<Mention> resolveGivenNames(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      Entity e = m.entity();
      if (!e.label().contains(" ")) {
        String given = e.label() + " ";
        List<Entity> opened =
            mentions.stream()
                .map(Mention::entity)
                .filter(o -> o.label().startsWith(given))
                .distinct()
                .toList();
        if (opened.size() == 1) {
          e = opened.get(0);
        }
      }
      out.add(new Mention(e, m.begin(), m.end()));
    }
    return out;
  }
}
