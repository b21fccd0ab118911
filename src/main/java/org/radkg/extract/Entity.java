package org.radkg.extract;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A recognized thing with its identity and names: the IRI is {@code base + kind + "/" + slug}, so
 * two entities with the same kind and slug are the same node of the graph.
 *
 * @param slug IRI slug, from the canonical name (see {@link org.radkg.vocab.Slugs})
 * @param label the canonical name (rdfs:label)
 * @param acronym the acronym, or {@code null}
 * @param altLabels other names the entity goes by (acronym included)
 * @param types at least one type; the first in enum order decides the IRI kind
 * @param sameAs verified external IRIs (Wikidata, ROR, GeoNames)
 * @param containedIn for a city, the slug of its country entity; otherwise {@code null}
 */
public record Entity(
    String slug,
    String label,
    String acronym,
    SortedSet<String> altLabels,
    Set<EntityType> types,
    SortedSet<String> sameAs,
    String containedIn)
    implements Term {

  public Entity {
    if (types.isEmpty()) {
      throw new IllegalArgumentException("entity without type: " + label);
    }
    altLabels = Collections.unmodifiableSortedSet(new TreeSet<>(altLabels));
    types = Collections.unmodifiableSet(EnumSet.copyOf(types));
    sameAs = Collections.unmodifiableSortedSet(new TreeSet<>(sameAs));
  }

  /**
   * This entity, same IRI, label, acronym, types and identifiers, going by {@code names} besides.
   */
  public Entity withAltLabels(SortedSet<String> names) {
    return new Entity(slug, label, acronym, names, types, sameAs, containedIn);
  }

  /** An entity with just a label and types. */
  public static Entity of(String slug, String label, EntityType... types) {
    EnumSet<EntityType> set = EnumSet.noneOf(EntityType.class);
    Collections.addAll(set, types);
    return new Entity(slug, label, null, new TreeSet<>(), set, new TreeSet<>(), null);
  }

  /** The type that decides the IRI kind: the first in declaration order. */
  public EntityType primaryType() {
    return types.iterator().next();
  }

  /** The {kind} segment of the entity IRI. */
  public String kind() {
    return primaryType().iriKind();
  }

  /** {@code kind/slug}: the identity of the entity, the IRI without the base. */
  public String key() {
    return kind() + "/" + slug;
  }

  public boolean is(EntityType type) {
    return types.contains(type);
  }
}
