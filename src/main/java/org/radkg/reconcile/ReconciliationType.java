package org.radkg.reconcile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of entity a reconciliation query may ask for, named by the IRI of its class, with the
 * class IRIs an entity of that kind carries (an organization may be typed only as a society).
 *
 * @param id the class IRI that identifies the type in queries and answers
 * @param name its name for people ("Organization")
 * @param members the class IRIs whose entities are of this type
 */
public record ReconciliationType(String id, String name, Set<String> members) {
  private static final String ORG = "http://www.w3.org/ns/org#";
  private static final String RKG = "https://w3id.org/radkg/ontology#";
  private static final String SCHEMA = "https://schema.org/";

  /** The types offered, in the order the manifest lists them. */
  public static final List<ReconciliationType> ALL =
      List.of(
          new ReconciliationType(
              ORG + "Organization",
              "Organization",
              Set.of(
                  ORG + "Organization",
                  ORG + "FormalOrganization",
                  ORG + "OrganizationalCollaboration",
                  RKG + "Society")),
          new ReconciliationType(RKG + "Initiative", "Initiative", Set.of(RKG + "Initiative")),
          new ReconciliationType(SCHEMA + "Event", "Event", Set.of(SCHEMA + "Event")),
          new ReconciliationType(
              SCHEMA + "Place",
              "Place",
              Set.of(SCHEMA + "Place", SCHEMA + "City", SCHEMA + "Country")),
          new ReconciliationType(SCHEMA + "Person", "Person", Set.of(SCHEMA + "Person")));

  /**
   * The type a query names by its IRI, or by its name in any case ("organization"), as people write
   * types by hand in GET queries.
   */
  public static Optional<ReconciliationType> of(String idOrName) {
    return ALL.stream()
        .filter(
            t ->
                t.id.equals(idOrName)
                    || t.name.toLowerCase(Locale.ROOT).equals(idOrName.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** Whether an entity with these class IRIs is of this type. */
  public boolean includes(List<String> classIris) {
    return classIris.stream().anyMatch(members::contains);
  }
}
