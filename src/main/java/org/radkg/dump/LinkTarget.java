package org.radkg.dump;

import java.util.Optional;

/**
 * A dataset the graph links into with {@code owl:sameAs}, known by the namespace of its IRIs; VoID
 * describes the links into each as a {@code void:Linkset}.
 */
enum LinkTarget {
  WIKIDATA("wikidata", "Wikidata", "http://www.wikidata.org/entity/", "https://www.wikidata.org/"),
  ROR("ror", "ROR, the Research Organization Registry", "https://ror.org/", "https://ror.org/"),
  GEONAMES("geonames", "GeoNames", "https://sws.geonames.org/", "https://www.geonames.org/");

  private final String id;
  private final String title;
  private final String namespace;
  private final String homepage;

  LinkTarget(String id, String title, String namespace, String homepage) {
    this.id = id;
    this.title = title;
    this.namespace = namespace;
    this.homepage = homepage;
  }

  /** The target whose IRIs {@code iri} is one of, if any. */
  static Optional<LinkTarget> of(String iri) {
    for (LinkTarget t : values()) {
      if (iri.startsWith(t.namespace)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  String id() {
    return id;
  }

  String title() {
    return title;
  }

  String namespace() {
    return namespace;
  }

  /** The dataset's home page, which VoID uses to name the target dataset. */
  String homepage() {
    return homepage;
  }
}
