package org.radkg.extract.place;

import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.radkg.extract.Entity;
import org.radkg.extract.EntityType;
import org.radkg.vocab.Slugs;

/**
 * A region: a first-level division (US state, Canadian province, Australian state) from
 * regions.tsv, which also qualifies a city ("Jackson, Mississippi") and hides country names inside
 * it ("New Mexico"), or a continent or world region from world-regions.tsv (no country, no admin1).
 */
record GazetteerRegion(
    String country, String admin1, String name, List<String> aliases, String countrySlug) {
  GazetteerRegion {
    aliases = List.copyOf(aliases);
  }

  /** True for a continent or world region ("Sub-Saharan Africa"), which lies in no one country. */
  boolean isWorldRegion() {
    return country.isEmpty();
  }

  /**
   * The place entity: "maryland-us" for a division (inside its country), "east-africa" for a world
   * region.
   */
  Entity entity() {
    String slug = isWorldRegion() ? Slugs.of(name) : Slugs.of(name + " " + country);
    TreeSet<String> labels = new TreeSet<>(aliases);
    labels.removeIf(a -> a.equals(name) || a.length() <= 3);
    return new Entity(
        slug, name, null, labels, EnumSet.of(EntityType.REGION), new TreeSet<>(), countrySlug);
  }
}
