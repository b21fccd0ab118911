package org.radkg.network;

/**
 * An organization as the graph describes it: IRI, label, acronym (or null), whether it is a society
 * or a collaboration, its country label (or null) and the number of articles that mention it.
 */
public record Organization(
    String iri,
    String label,
    String acronym,
    boolean society,
    boolean collaboration,
    String country,
    int articles) {

  /**
   * society, collaboration or organization: the most specific kind, for colouring and filtering.
   */
  public String type() {
    return society ? "society" : collaboration ? "collaboration" : "organization";
  }
}
