package org.radkg.network;

import java.util.List;
import java.util.SortedSet;

/**
 * One edge of the organization network, {@code source < target} by id: its weight (distinct shared
 * initiatives, events and collaborations, plus one for a stated collaboration), the labels of what
 * they share, the years of the link, its kinds and the articles that support it.
 */
public record Link(
    String id,
    String source,
    String target,
    int weight,
    List<String> shared,
    SortedSet<Integer> years,
    List<String> kinds,
    List<String> articles) {

  public Link {
    shared = List.copyOf(shared);
    kinds = List.copyOf(kinds);
    articles = List.copyOf(articles);
  }

  /** The first year of the link, or null when no year is known. */
  public Integer firstYear() {
    return years.isEmpty() ? null : years.first();
  }

  /** The last year of the link, or null when no year is known. */
  public Integer lastYear() {
    return years.isEmpty() ? null : years.last();
  }
}
