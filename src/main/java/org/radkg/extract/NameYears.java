package org.radkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops a bare year read as the start of an event edition whose name is written with another year:
 * "ECR 2008, 2009 and 2010" lists further editions, it does not date the first.
 */
final class NameYears {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern BARE_YEAR = Pattern.compile("^(?:19|20)\\d{2}$");

  private NameYears() {}

  /**
   * {@code found} without the bare-year start dates of events whose every written name with a year
   * (its label too) gives another year.
   */
  static List<Relation> apply(String text, List<Mention> mentions, List<Relation> found) {
    Map<String, String> yearOf = new LinkedHashMap<>(); // event key -> the year its names state
    Set<String> ambiguous = new HashSet<>();
    for (Mention m : mentions) {
      Entity e = m.entity();
      if (!e.is(EntityType.EVENT)) {
        continue;
      }
      String year = writtenYear(text.substring(m.begin(), m.end()));
      if (year == null) {
        continue;
      }
      // The resolver named the edition by another year: the written one is not its own.
      if (!year.equals(writtenYear(e.label()))) {
        ambiguous.add(e.key());
        continue;
      }
      String before = yearOf.putIfAbsent(e.key(), year);
      if (before != null && !before.equals(year)) {
        ambiguous.add(e.key());
      }
    }
    yearOf.keySet().removeAll(ambiguous);
    if (yearOf.isEmpty()) {
      return found;
    }
    List<Relation> out = new ArrayList<>(found.size());
    for (Relation r : found) {
      String year = yearOf.get(r.subject().key());
      if (year != null
          && r.predicate() == Predicate.START_DATE
          && r.object() instanceof LiteralValue v
          && BARE_YEAR.matcher(v.lexical()).matches()
          && !v.lexical().equals(year)) {
        continue; // another edition's year, listed beside this one
      }
      out.add(r);
    }
    return out;
  }

  // The one year a name is written with, or null for none or two.
  private static String writtenYear(String name) {
    Matcher y = YEAR.matcher(name);
    if (!y.find()) {
      return null;
    }
    String year = y.group(1);
    return y.find() ? null : year;
  }
}
