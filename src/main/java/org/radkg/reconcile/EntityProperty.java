package org.radkg.reconcile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A property the service can give for an entity (data extension) and weigh as a hint: its id in
 * queries, its name for people, and whether its values are entities of the graph.
 *
 * @param id the property id ("country")
 * @param name its name for people ("Country")
 * @param entityValued whether the values are entities ({@code id} and {@code name}) rather than
 *     strings
 * @param description one sentence on what it holds
 */
public record EntityProperty(String id, String name, boolean entityValued, String description) {
  /** Every property offered, in the order they are proposed. */
  public static final List<EntityProperty> ALL =
      List.of(
          new EntityProperty("acronym", "Acronym", false, "the acronym the entity goes by"),
          new EntityProperty(
              "country",
              "Country",
              true,
              "the country it is in: its place, or the country of its city"),
          new EntityProperty("location", "Location", true, "the places it is in or takes place in"),
          new EntityProperty("wikidata", "Wikidata ID", false, "its verified Wikidata item (Q…)"),
          new EntityProperty(
              "ror", "ROR ID", false, "its verified Research Organization Registry id"),
          new EntityProperty("geonames", "GeoNames ID", false, "a place's GeoNames id"),
          new EntityProperty("type", "Type", false, "its kinds (Society, Initiative, City, …)"),
          new EntityProperty(
              "memberOf", "Member of", true, "the organizations it is a stated member of"),
          new EntityProperty("leads", "Leads", true, "the initiatives and events it leads"),
          new EntityProperty(
              "partnersIn", "Partners in", true, "the initiatives and events it partners in"),
          new EntityProperty("affiliation", "Affiliation", true, "a person's stated organizations"),
          new EntityProperty(
              "startDate", "Start date", false, "when an initiative or event starts"),
          new EntityProperty(
              "articles", "Articles", false, "how many articles of the graph mention it"));

  /** The property with this id, if the service offers it. */
  public static Optional<EntityProperty> of(String id) {
    return ALL.stream().filter(p -> p.id.equals(id)).findFirst();
  }

  /** The properties whose id or name starts with {@code prefix}, in any case. */
  public static List<EntityProperty> starting(String prefix) {
    String p = prefix.strip().toLowerCase(Locale.ROOT);
    return ALL.stream()
        .filter(
            e ->
                e.id.toLowerCase(Locale.ROOT).startsWith(p)
                    || e.name.toLowerCase(Locale.ROOT).startsWith(p))
        .toList();
  }
}
