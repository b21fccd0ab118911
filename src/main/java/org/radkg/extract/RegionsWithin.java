package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.radkg.extract.place.PlaceRecognizer;

/**
 * Adds, for each thing located in a compass-qualified region ("X-Ray Partners in Northwest
 * Indiana"), its location in the state or country the region is part of ("Indiana"): annotators and
 * readers take both as where it is.
 */
final class RegionsWithin {
  private RegionsWithin() {}

  /** {@code found} with the location in the whole place after each location in a part of it. */
  static List<Relation> added(List<Relation> found, PlaceRecognizer places) {
    List<Relation> out = new ArrayList<>(found.size());
    for (Relation r : found) {
      out.add(r);
      if (r.predicate() == Predicate.LOCATION && r.object() instanceof Entity region) {
        places
            .placeWithin(region)
            .ifPresent(
                whole ->
                    out.add(
                        new Relation(
                            r.subject(), Predicate.LOCATION, whole, r.evidence(), r.method())));
      }
    }
    return out;
  }
}
