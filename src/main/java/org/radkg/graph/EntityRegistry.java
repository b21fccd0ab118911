package org.radkg.graph;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.radkg.extract.ArticleFindings;
import org.radkg.extract.Entity;
import org.radkg.extract.EntityType;
import org.radkg.extract.Mention;
import org.radkg.extract.Relation;

/**
 * Merges what different articles say about the same entity (same IRI) into one description: one
 * label (the authority file's, else the first met in corpus order), and the union of names, types
 * and identifiers, so every article graph describes an entity the same way.
 */
public final class EntityRegistry {
  private final Map<String, Entity> merged = new LinkedHashMap<>();
  private final Map<String, Entity> preferred = new HashMap<>();

  /**
   * Merges the entities of {@code findings}; entities of {@code authority} give their labels first.
   */
  public EntityRegistry(List<ArticleFindings> findings, List<Entity> authority) {
    this(authority);
    findings.forEach(this::add);
  }

  /**
   * An empty registry whose entities will take their labels from {@code authority} first: {@link
   * #add} each article's findings in corpus order, as they are extracted, so the findings of the
   * whole corpus need not be held at once.
   */
  EntityRegistry(List<Entity> authority) {
    for (Entity e : authority) {
      preferred.putIfAbsent(e.key(), e);
    }
  }

  /** Merges the entities {@code f} names; the order of the calls is the corpus order. */
  void add(ArticleFindings f) {
    if (f.society() != null) {
      add(f.society());
    }
    for (Mention m : f.mentions()) {
      add(m.entity());
    }
    for (Relation r : f.relations()) {
      add(r.subject());
      if (r.object() instanceof Entity e) {
        add(e);
      }
    }
    for (Entity t : f.topics()) {
      add(t);
    }
  }

  private void add(Entity e) {
    Entity current = merged.get(e.key());
    if (current == null) {
      Entity base = preferred.getOrDefault(e.key(), e);
      current = base;
    }
    merged.put(e.key(), combine(current, e));
  }

  private static Entity combine(Entity a, Entity b) {
    TreeSet<String> alt = new TreeSet<>(a.altLabels());
    alt.addAll(b.altLabels());
    if (!b.label().equals(a.label())) {
      alt.add(b.label());
    }
    String acronym = a.acronym() != null ? a.acronym() : b.acronym();
    if (acronym != null) {
      alt.add(acronym);
    }
    alt.remove(a.label());
    Set<EntityType> types = EnumSet.copyOf(a.types());
    types.addAll(b.types());
    // Keep the kind stable: a type of another kind would change the IRI.
    types.removeIf(t -> !t.iriKind().equals(a.kind()));
    TreeSet<String> sameAs = new TreeSet<>(a.sameAs());
    sameAs.addAll(b.sameAs());
    String containedIn = a.containedIn() != null ? a.containedIn() : b.containedIn();
    return new Entity(a.slug(), a.label(), acronym, alt, types, sameAs, containedIn);
  }

  /** The merged description of the entity with {@code key} ({@code kind/slug}). */
  public Entity get(Entity e) {
    return merged.getOrDefault(e.key(), e);
  }

  public Map<String, Entity> all() {
    return merged;
  }
}
