package org.radkg.extract;

/** The relations of the vocabulary contract that the extractor asserts with evidence. */
public enum Predicate {
  MEMBER_OF("http://www.w3.org/ns/org#memberOf"),
  PARTICIPATES_IN("https://w3id.org/radkg/ontology#participatesIn"),
  LEADS("https://w3id.org/radkg/ontology#leads"),
  PARTNERS_IN("https://w3id.org/radkg/ontology#partnersIn"),
  FUNDS("https://w3id.org/radkg/ontology#funds"),
  HOSTS("https://w3id.org/radkg/ontology#hosts"),
  COLLABORATES_WITH("https://w3id.org/radkg/ontology#collaboratesWith"),
  PART_OF("https://w3id.org/radkg/ontology#partOf"),
  LOCATION("https://schema.org/location"),
  START_DATE("https://schema.org/startDate"),
  AFFILIATION("https://schema.org/affiliation"),
  JOB_TITLE("https://schema.org/jobTitle");

  private final String iri;

  Predicate(String iri) {
    this.iri = iri;
  }

  public String iri() {
    return iri;
  }

  /** True for the sub-properties of rkg:participatesIn. */
  public boolean impliesParticipation() {
    return this == LEADS || this == PARTNERS_IN || this == FUNDS || this == HOSTS;
  }
}
