package org.radkg.eval;

/**
 * The five entity classes the evaluator scores; finer gold types and RDF classes fold into them.
 *
 * <p>Society, organization and collaboration share one class because extractors and annotators
 * disagree on that boundary far more often than on whether something is an organization at all.
 */
public enum CoarseType {
  ORGANIZATION("Organization"),
  INITIATIVE("Initiative"),
  EVENT("Event"),
  PLACE("Place"),
  PERSON("Person");

  private final String label;

  CoarseType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Maps a gold file's entity type to its coarse type. */
  public static CoarseType ofGoldType(String goldType) {
    return switch (goldType) {
      case "Society", "Organization", "Collaboration" -> ORGANIZATION;
      case "Initiative" -> INITIATIVE;
      case "Event" -> EVENT;
      case "Country", "City", "Region" -> PLACE;
      case "Person" -> PERSON;
      default -> throw new IllegalArgumentException("unknown gold entity type: " + goldType);
    };
  }
}
