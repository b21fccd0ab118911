package org.radkg.extract.place;

import java.util.EnumSet;
import java.util.TreeSet;
import org.radkg.extract.Entity;
import org.radkg.extract.EntityType;
import org.radkg.vocab.Slugs;

/**
 * One row of cities.tsv, with its English name and other names from city-exonyms.tsv when it has
 * them ({@code english} is null otherwise); population ranks namesakes. The entity is made on
 * demand because slugging 24,000 names up front would dominate loading, and entities are values,
 * equal whenever rebuilt.
 */
record GazetteerCity(
    long geonameId,
    String name,
    String ascii,
    String country,
    String admin1,
    long population,
    String countrySlug,
    String english,
    java.util.List<String> aliases) {

  GazetteerCity(
      long geonameId,
      String name,
      String ascii,
      String country,
      String admin1,
      long population,
      String countrySlug) {
    this(
        geonameId,
        name,
        ascii,
        country,
        admin1,
        population,
        countrySlug,
        null,
        java.util.List.of());
  }

  /** This city also called {@code englishName} (its label from now on) and {@code otherNames}. */
  GazetteerCity withNames(String englishName, java.util.List<String> otherNames) {
    return new GazetteerCity(
        geonameId, name, ascii, country, admin1, population, countrySlug, englishName, otherNames);
  }

  /**
   * Every name the city is matched by: its GeoNames name, that name folded to ASCII, its English
   * name and aliases.
   */
  java.util.List<String> names() {
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(name, ascii));
    if (english != null) {
      all.add(english);
    }
    all.addAll(aliases);
    return all;
  }

  Entity entity() {
    // The English name a news text uses ("Nuremberg") is the label; GeoNames' own name stays an
    // altLabel.
    String label = english != null ? english : name;
    TreeSet<String> labels = new TreeSet<>(names());
    labels.remove(label);
    labels.removeAll(
        aliases); // outdated names ("Bombay") match the text but do not label the place
    TreeSet<String> sameAs = new TreeSet<>();
    sameAs.add("https://sws.geonames.org/" + geonameId + "/");
    // The folded name, so "Łódź" gives "lodz-pl" (Slugs drops letters NFKD cannot decompose).
    // The slug keeps GeoNames' name so that an English name added later never moves the IRI.
    return new Entity(
        Slugs.of(ascii + " " + country),
        label,
        null,
        labels,
        EnumSet.of(EntityType.CITY),
        sameAs,
        countrySlug);
  }
}
