package org.radkg.extract.place;

import java.util.List;

/**
 * A first-level division (US state, Canadian province, Australian state) from regions.tsv: it
 * qualifies a city ("Jackson, Mississippi") and hides country names inside it ("New Mexico").
 */
record GazetteerRegion(String country, String admin1, String name, List<String> aliases) {
  GazetteerRegion {
    aliases = List.copyOf(aliases);
  }
}
