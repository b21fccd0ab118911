package org.radkg.extract.place;

import java.util.List;
import org.radkg.extract.Entity;

/**
 * One row of countries.tsv with the entity built from it; the codes and the names in other
 * languages (matched among the aliases) never become labels.
 */
record GazetteerCountry(
    String code, String alpha3, String name, List<String> aliases, Entity entity) {
  GazetteerCountry {
    aliases = List.copyOf(aliases);
  }
}
