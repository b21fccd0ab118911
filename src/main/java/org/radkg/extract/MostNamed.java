package org.radkg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The entity of one type that an article names most often: what its sentences without a name are about. */
final class MostNamed {
  private MostNamed() {}

  /** The entity of {@code type} named most often in {@code mentions}, when one is named at least twice, else null. */
  static Entity of(List<Mention> mentions, EntityType type) {
    Map<Entity, Integer> counts = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.entity().is(type)) {
        counts.merge(m.entity(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().filter(e -> e.getValue() >= 2).max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }
}
