package org.radkg.network;

import java.util.EnumSet;
import java.util.Set;

/**
 * What to project: the link kinds, societies only or all organizations, a year range (inclusive,
 * null for open), a topic (IRI, label or slug), a reporting society (acronym) and a minimum weight.
 */
public record NetworkFilter(
    Set<LinkKind> kinds,
    boolean societiesOnly,
    Integer from,
    Integer to,
    String topic,
    String society,
    int minWeight) {

  public NetworkFilter {
    kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    if (from != null && to != null && from > to) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    if (minWeight < 1) {
      throw new IllegalArgumentException("--min-weight must be at least 1");
    }
  }

  /** Everything: all kinds, all organizations, no year, topic or society restriction, weight 1. */
  public static NetworkFilter all() {
    return new NetworkFilter(EnumSet.allOf(LinkKind.class), false, null, null, null, null, 1);
  }

  boolean restrictsYears() {
    return from != null || to != null;
  }

  boolean yearInRange(int year) {
    return (from == null || year >= from) && (to == null || year <= to);
  }
}
