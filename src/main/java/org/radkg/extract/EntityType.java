package org.radkg.extract;

/** The kinds of thing the extractor recognizes; each maps to classes of the vocabulary contract. */
public enum EntityType {
  ORGANIZATION("organization"),
  SOCIETY("organization"),
  COLLABORATION("organization"),
  INITIATIVE("initiative"),
  EVENT("event"),
  COUNTRY("place"),
  CITY("place"),
  REGION("place"),
  PERSON("person"),
  TOPIC("topic");

  private final String iriKind;

  EntityType(String iriKind) {
    this.iriKind = iriKind;
  }

  /** The {kind} segment of entity IRIs of this type ({@code …/id/{kind}/{slug}}). */
  public String iriKind() {
    return iriKind;
  }

  /** True for the organization family (organization, society, collaboration). */
  public boolean isOrganization() {
    return iriKind.equals("organization");
  }

  /** True for countries, cities and regions (states, provinces, continents, world regions). */
  public boolean isPlace() {
    return this == COUNTRY || this == CITY || this == REGION;
  }
}
