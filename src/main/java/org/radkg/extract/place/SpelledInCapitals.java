package org.radkg.extract.place;

import java.util.Locale;

/**
 * Decides when a country's name written in capitals ("Yokohama, JAPAN") names the country: only
 * right after a city and a comma, since a line of capitals elsewhere is a heading, not a place.
 */
final class SpelledInCapitals {
  // Shorter capitals are codes and acronyms ("USA", "UAE"), which the gazetteer lists itself.
  private static final int SHORTEST = 4;

  private SpelledInCapitals() {}

  /** True for a country name whose capitals are worth reading: letters and spaces only. */
  static boolean eligible(String name) {
    return name.length() >= SHORTEST
        && name.chars().allMatch(c -> Character.isLetter(c) || c == ' ');
  }

  /** True when {@code written} is the capitals of {@code country}'s name, not a name of its own. */
  static boolean of(GazetteerCountry country, String written) {
    return written.equals(country.name().toUpperCase(Locale.ROOT))
        && !written.equals(country.name())
        && !country.aliases().contains(written);
  }

  /** True when the city found last ends right before {@code begin}, with a comma between. */
  static boolean afterItsCity(String text, PlaceMatch city, int begin) {
    return city != null
        && city.end() <= begin
        && text.substring(city.end(), begin).strip().equals(",");
  }
}
