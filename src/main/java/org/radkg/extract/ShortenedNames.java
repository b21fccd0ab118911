package org.radkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gives a person named in an article without a middle name or initial ("William Herrington", "Nora
 * Rodríguez") the fuller name the same article writes elsewhere ("William T. Herrington", "Nora
 * Eugenia Rodríguez Pedraza"), so that one person is one entity.
 */
final class ShortenedNames {
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");

  private ShortenedNames() {}

  /**
   * {@code people} with each shortened name replaced by the one fuller name it shortens, when
   * exactly one does.
   */
  static List<Mention> resolve(List<Mention> people) {
    Map<String, Entity> byLabel = new HashMap<>();
    for (Mention p : people) {
      if (p.entity().primaryType() == EntityType.PERSON) {
        byLabel.putIfAbsent(p.entity().label(), p.entity());
      }
    }
    if (byLabel.size() < 2) {
      return people;
    }
    Map<String, Entity> fuller = new HashMap<>();
    for (String shorter : byLabel.keySet()) {
      String[] s = SPACE.split(shorter);
      if (s.length < 2) {
        continue;
      }
      Entity only = null;
      int count = 0;
      for (Map.Entry<String, Entity> longer : byLabel.entrySet()) {
        String[] l = SPACE.split(longer.getKey());
        if (l.length > s.length && shortens(s, l)) {
          only = longer.getValue();
          count++;
        }
      }
      if (count == 1) {
        fuller.put(shorter, only);
      }
    }
    if (fuller.isEmpty()) {
      return people;
    }
    List<Mention> out = new ArrayList<>(people.size());
    for (Mention p : people) {
      Entity e = fuller.get(p.entity().label());
      out.add(
          e == null || p.entity().primaryType() != EntityType.PERSON
              ? p
              : new Mention(e, p.begin(), p.end()));
    }
    return out;
  }

  // The short name's words, in order, among the long name's, opening with its first given name
  // (after initials).
  private static boolean shortens(String[] s, String[] l) {
    int first = 0;
    while (first < l.length && INITIAL.matcher(l[first]).matches()) {
      first++;
    }
    if (first == l.length || !l[first].equals(s[0])) {
      return false;
    }
    int i = 1;
    for (int j = first + 1; j < l.length && i < s.length; j++) {
      if (l[j].equals(s[i])) {
        i++;
      }
    }
    return i == s.length;
  }
}
