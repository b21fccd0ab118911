package org.radkg.extract.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an unknown capitalized phrase written just before ", Country" as a city of that country,
 * forgiving diacritics, case, spacing and one or two typos ("Daar Es Salaam, Tanzania").
 */
final class MisspelledCityMatcher {
  /** A city found for the phrase {@code [begin, end)}. */
  record Found(int begin, int end, GazetteerCity city) {}

  private static final int MAX_WORDS = 4;
  private static final int MIN_KEY_LENGTH = 4;
  private static final int LONG_NAME = 8;
  // Lower-case particles inside city names ("Dar es Salaam", "Rio de Janeiro"); nothing else may be
  // lower case.
  private static final Set<String> PARTICLES =
      Set.of(
          "es", "de", "da", "das", "do", "dos", "di", "du", "del", "la", "le", "el", "al", "am",
          "an", "der", "en", "sur", "upon", "on");

  private record KeyedCity(String key, GazetteerCity city) {}

  private final Gazetteer gazetteer;
  private final Map<String, List<KeyedCity>> byCountry = new HashMap<>();

  MisspelledCityMatcher(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (GazetteerCity c : gazetteer.allCities()) {
      byCountry
          .computeIfAbsent(c.country(), k -> new ArrayList<>())
          .add(new KeyedCity(NameFolding.key(c.name()), c));
    }
  }

  /**
   * The city named by the phrase that ends just before the ", " or " (" preceding {@code
   * countryBegin}; the phrase starts at or after {@code floor}, so it never overlaps an earlier
   * match.
   */
  Optional<Found> match(String text, int countryBegin, int floor, GazetteerCountry country) {
    int p = skipSpacesBack(text, countryBegin);
    if (p <= floor || (text.charAt(p - 1) != ',' && text.charAt(p - 1) != '(')) {
      return Optional.empty();
    }
    int phraseEnd = skipSpacesBack(text, p - 1);
    List<Integer> starts = wordStarts(text, phraseEnd, floor);
    // Exact folded spelling first ("Timisoara"), over every phrase length, before any typo is
    // forgiven.
    for (int i = starts.size() - 1; i >= 0; i--) {
      String phrase = text.substring(starts.get(i), phraseEnd);
      for (GazetteerCity c : gazetteer.citiesNamed(phrase)) {
        if (c.country().equals(country.code()) && Character.isUpperCase(phrase.charAt(0))) {
          return Optional.of(new Found(starts.get(i), phraseEnd, c));
        }
      }
    }
    for (int i = starts.size() - 1; i >= 0; i--) {
      String phrase = text.substring(starts.get(i), phraseEnd);
      String key = NameFolding.key(phrase);
      if (!Character.isUpperCase(phrase.charAt(0)) || key.length() < MIN_KEY_LENGTH) {
        continue;
      }
      int max = key.length() >= LONG_NAME ? 2 : 1;
      KeyedCity best = null;
      int bestDistance = max + 1;
      for (KeyedCity kc : byCountry.getOrDefault(country.code(), List.of())) {
        // Same first letter: typos in the middle are common, a wrong initial usually means another
        // word.
        if (kc.key().isEmpty() || kc.key().charAt(0) != key.charAt(0)) {
          continue;
        }
        int d = NameFolding.distance(key, kc.key(), max);
        if (d < bestDistance
            || (d == bestDistance
                && best != null
                && kc.city().population() > best.city().population())) {
          best = kc;
          bestDistance = d;
        }
      }
      if (best != null && bestDistance <= max) {
        return Optional.of(new Found(starts.get(i), phraseEnd, best.city()));
      }
    }
    return Optional.empty();
  }

  /**
   * Start offsets of the last 1..4 words before {@code end}, nearest first; stops at any other
   * word.
   */
  private static List<Integer> wordStarts(String text, int end, int floor) {
    List<Integer> starts = new ArrayList<>();
    int p = end;
    while (starts.size() < MAX_WORDS && p > floor) {
      int wordEnd = p;
      while (p > floor && isWordChar(text.charAt(p - 1))) {
        p--;
      }
      if (p == wordEnd) {
        break;
      }
      String word = text.substring(p, wordEnd);
      boolean capitalized = Character.isUpperCase(word.charAt(0));
      if (!capitalized && !PARTICLES.contains(word)) {
        break;
      }
      starts.add(p);
      if (p - 1 <= floor || text.charAt(p - 1) != ' ') {
        break;
      }
      p--;
    }
    return starts;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || c == '.' || c == '-' || c == '\'' || c == '’';
  }

  private static int skipSpacesBack(String text, int p) {
    while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
      p--;
    }
    return p;
  }
}
