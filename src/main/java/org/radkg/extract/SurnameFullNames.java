package org.radkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a person found by the surname alone ("Mrs Hurley said") the full name the article writes
 * elsewhere where no other cue found it ("... with the Society Caroline Hurley, and ..."): a known
 * given name, perhaps an initial, then that surname.
 */
final class SurnameFullNames {
  private static final String GAP = "[ \\t\\u00A0]+";

  private SurnameFullNames() {}

  /**
   * {@code people} with each lone surname named in full, plus a mention where the full name is
   * written.
   */
  static List<Mention> resolve(String text, int begin, int end, List<Mention> people) {
    Map<String, Entity> full = new HashMap<>();
    List<Mention> added = new ArrayList<>();
    for (Mention p : people) {
      String surname = p.entity().label();
      if (surname.contains(" ") || full.containsKey(surname) || surname.length() < 3) {
        continue;
      }
      // Few articles name anyone by the surname alone, so a pattern per such surname costs little.
      Matcher m =
          Pattern.compile(
                  "(?<![\\p{L}\\p{N}.'’-])(?<given>\\p{Lu}[\\p{L}'’-]+)"
                      + GAP
                      + "(?:\\p{Lu}\\."
                      + GAP
                      + ")?"
                      + Pattern.quote(surname)
                      + "(?![\\p{L}\\p{N}])")
              .matcher(text)
              .region(begin, end);
      while (m.find()) {
        if (PersonFinder.GIVEN.contains(m.group("given"))
            && !RoleLexicon.isRoleWord(m.group("given"))
            && people.stream().noneMatch(q -> q.begin() < m.end() && m.start() < q.end())) {
          Entity person = PersonFinder.person(m.group().replaceAll(GAP, " "));
          full.put(surname, person);
          added.add(new Mention(person, m.start(), m.end()));
          break;
        }
      }
    }
    if (full.isEmpty()) {
      return people;
    }
    List<Mention> out = new ArrayList<>(added);
    for (Mention p : people) {
      Entity e = full.get(p.entity().label());
      out.add(e == null ? p : new Mention(e, p.begin(), p.end()));
    }
    out.sort(java.util.Comparator.comparingInt(Mention::begin));
    return out;
  }
}
