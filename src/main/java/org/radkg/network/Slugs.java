package org.radkg.network;

import java.util.Locale;

/**
 * Node ids and short names derived from IRIs: stable across runs and safe as XML, DOT, Pajek and
 * CSV ids.
 */
final class Slugs {
  private Slugs() {}

  /** The text after the last '/' or '#'. */
  static String lastSegment(String iri) {
    if (iri == null) {
      return "";
    }
    int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
    return iri.substring(cut + 1);
  }

  /**
   * "n_" and the IRI's last segment reduced to [a-z0-9_]: a DOT identifier, an XML NCName and a CSV
   * cell at once.
   */
  static String nodeId(String iri) {
    String s =
        lastSegment(iri)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "_")
            .replaceAll("^_+|_+$", "");
    return "n_" + (s.isEmpty() ? Integer.toHexString(iri.hashCode()) : s);
  }
}
