package org.radkg.extract.place;

import java.util.EnumSet;
import java.util.TreeSet;
import org.radkg.extract.Entity;
import org.radkg.extract.EntityType;
import org.radkg.vocab.Slugs;

/**
 * One row of cities.tsv; population ranks namesakes. The entity is made on demand because slugging
 * 24,000 names up front would dominate loading, and entities are values, equal whenever rebuilt.
 */
record GazetteerCity(
    long geonameId, String name, String ascii, String country, String admin1, long population,
    String countrySlug) {

  Entity entity() {
    TreeSet<String> labels = new TreeSet<>();
    if (!ascii.equals(name)) {
      labels.add(ascii);
    }
    TreeSet<String> sameAs = new TreeSet<>();
    sameAs.add("https://sws.geonames.org/" + geonameId + "/");
    // The folded name, so "Łódź" gives "lodz-pl" (Slugs drops letters NFKD cannot decompose).
    return new Entity(Slugs.of(ascii + " " + country), name, null, labels, EnumSet.of(EntityType.CITY),
        sameAs, countrySlug);
  }
}
