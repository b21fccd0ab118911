package org.radkg.reconcile;

import org.radkg.search.SearchIndex;

/** The one line that tells namesakes apart in answers and previews: kind and acronym. */
final class EntityDescription {
  private EntityDescription() {}

  /** "Society (ACR)", "City", "Initiative (GLC)". */
  static String of(SearchIndex.Hit hit) {
    return hit.type() + (hit.acronym() != null ? " (" + hit.acronym() + ")" : "");
  }
}
