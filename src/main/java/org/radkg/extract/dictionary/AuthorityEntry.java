package org.radkg.extract.dictionary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.radkg.extract.Entity;
import org.radkg.extract.EntityType;
import org.radkg.vocab.Slugs;

/**
 * One row of an authority file: a known organization, initiative or event series with every name it
 * goes by and its verified identifiers.
 *
 * @param name canonical name, the future rdfs:label
 * @param acronym the usual acronym, or {@code null}
 * @param types at least one type (a society is also an organization)
 * @param aliases other names met in text, in file order
 * @param ror verified ROR IRI, or {@code null}
 * @param wikidata verified Wikidata IRI, or {@code null}
 */
public record AuthorityEntry(
    String name,
    String acronym,
    Set<EntityType> types,
    List<String> aliases,
    String ror,
    String wikidata) {

  public AuthorityEntry {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("authority entry without a name");
    }
    if (types.isEmpty()) {
      throw new IllegalArgumentException("authority entry without a type: " + name);
    }
    acronym = emptyToNull(acronym);
    ror = emptyToNull(ror);
    wikidata = emptyToNull(wikidata);
    types = Collections.unmodifiableSet(EnumSet.copyOf(types));
    aliases = List.copyOf(aliases);
  }

  /**
   * The entity types a type word of the authority files stands for; unknown words give an empty
   * set.
   */
  public static Set<EntityType> typesOf(String word) {
    return switch (word) {
      case "Society" -> EnumSet.of(EntityType.ORGANIZATION, EntityType.SOCIETY);
      case "Organization" -> EnumSet.of(EntityType.ORGANIZATION);
      case "Collaboration" -> EnumSet.of(EntityType.ORGANIZATION, EntityType.COLLABORATION);
      case "Initiative" -> EnumSet.of(EntityType.INITIATIVE);
      case "EventSeries" -> EnumSet.of(EntityType.EVENT);
      default -> EnumSet.noneOf(EntityType.class);
    };
  }

  /** Every surface form: the name, the aliases and the acronym, in that order. */
  public List<String> surfaceForms() {
    List<String> forms = new ArrayList<>(aliases.size() + 2);
    forms.add(name);
    forms.addAll(aliases);
    if (acronym != null) {
      forms.add(acronym);
    }
    return forms;
  }

  /** The entity this entry describes; its slug comes from the canonical name. */
  public Entity toEntity() {
    TreeSet<String> altLabels = new TreeSet<>(aliases);
    if (acronym != null) {
      altLabels.add(acronym);
    }
    altLabels.remove(name);
    TreeSet<String> sameAs = new TreeSet<>();
    if (ror != null) {
      sameAs.add(ror);
    }
    if (wikidata != null) {
      sameAs.add(wikidata);
    }
    return new Entity(Slugs.of(name), name, acronym, altLabels, types, sameAs, null);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
