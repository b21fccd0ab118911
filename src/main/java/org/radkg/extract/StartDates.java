package org.radkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps, of the start dates read for one thing, the most precise of those that agree ("2020-10-01",
 * not also "2020").
 */
final class StartDates {
  private StartDates() {}

  /**
   * {@code found} without each start date that a more precise start date of the same subject
   * refines: "organize ICR 2020 in 2020 (October 1-4)" states one start, 2020-10-01, not two.
   */
  static List<Relation> mostPrecise(List<Relation> found) {
    Map<String, List<String>> values = new HashMap<>(); // subject key -> its start dates
    for (Relation r : found) {
      if (r.predicate() == Predicate.START_DATE && r.object() instanceof LiteralValue v) {
        values.computeIfAbsent(r.subject().key(), k -> new ArrayList<>()).add(v.lexical());
      }
    }
    List<Relation> out = new ArrayList<>(found.size());
    for (Relation r : found) {
      if (r.predicate() == Predicate.START_DATE
          && r.object() instanceof LiteralValue v
          && refined(v.lexical(), values.get(r.subject().key()))) {
        continue;
      }
      out.add(r);
    }
    return out;
  }

  private static boolean refined(String date, List<String> others) {
    for (String o : Set.copyOf(others)) {
      if (o.length() > date.length() && o.startsWith(date + "-")) {
        return true;
      }
    }
    return false;
  }
}
