package org.radkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a name written surname first ("Dr Mballa Jean ... Dr Mballa said") in the order every other
 * name is kept ("Jean Mballa"), when the article itself says which word is the surname: it names
 * the person again by the first word alone ("Dr Mballa": a title goes with the surname), never by
 * the last.
 */
final class SurnameFirstNames {
  private SurnameFirstNames() {}

  /**
   * {@code people} with each surname-first name reordered and its lone-surname mentions joined to
   * it.
   */
  static List<Mention> reorder(List<Mention> people) {
    Map<String, Entity> byFirstWord = new HashMap<>();
    for (Mention p : people) {
      String[] words = p.entity().label().split(" ");
      if (words.length == 2) {
        byFirstWord.putIfAbsent(words[0], p.entity());
      }
    }
    java.util.Set<String> lone = new java.util.HashSet<>();
    people.forEach(p -> lone.add(p.entity().label()));
    Map<Entity, Entity> renamed = new HashMap<>();
    for (Mention p : people) {
      Entity full = byFirstWord.get(p.entity().label());
      String[] words = full == null ? null : full.label().split(" ");
      if (full != null && !renamed.containsKey(full) && !lone.contains(words[1])) {
        Entity person = PersonFinder.person(words[1] + " " + words[0]);
        java.util.TreeSet<String> alt = new java.util.TreeSet<>(person.altLabels());
        alt.add(full.label());
        Entity reordered =
            new Entity(
                person.slug(),
                person.label(),
                null,
                alt,
                person.types(),
                new java.util.TreeSet<>(),
                null);
        renamed.put(full, reordered);
        renamed.put(p.entity(), reordered);
      }
    }
    if (renamed.isEmpty()) {
      return people;
    }
    List<Mention> out = new ArrayList<>();
    for (Mention p : people) {
      out.add(new Mention(renamed.getOrDefault(p.entity(), p.entity()), p.begin(), p.end()));
    }
    return out;
  }
}
