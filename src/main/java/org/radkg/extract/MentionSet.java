package org.radkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves overlapping candidate mentions: the longest wins, then the earlier candidate in the
 * list.
 */
public final class MentionSet {
  private MentionSet() {}

  /**
   * The longest non-overlapping mentions of {@code candidates}, in text order; ties keep list
   * order.
   */
  public static List<Mention> longestNonOverlapping(List<Mention> candidates) {
    List<Mention> ranked = new ArrayList<>(candidates);
    // Stable sort: among equally long candidates, the one listed first (higher priority) wins.
    ranked.sort(Comparator.comparingInt((Mention m) -> -(m.end() - m.begin())));
    List<Mention> kept = new ArrayList<>();
    for (Mention m : ranked) {
      boolean free = true;
      for (Mention k : kept) {
        if (m.begin() < k.end() && k.begin() < m.end()) {
          free = false;
          break;
        }
      }
      if (free) {
        kept.add(m);
      }
    }
    kept.sort(Lexicon.BY_POSITION);
    return kept;
  }
}
