package org.radkg.extract.place;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Finds every capitalized country, region and city name of a gazetteer in one linear pass and keeps
 * the longest where they overlap ("Papua New Guinea" over "Guinea", "Chinese Taipei" over
 * "Taipei").
 */
final class PlaceTrie {
  /**
   * Everything one exact spelling can denote; a spelling may name a country, a region and cities.
   */
  record Names(
      List<GazetteerCountry> countries, List<GazetteerRegion> regions, List<GazetteerCity> cities) {
    Names {
      countries = List.copyOf(countries);
      regions = List.copyOf(regions);
      cities = List.copyOf(cities);
    }
  }

  /** A stretch of text, {@code [begin, end)}, with what its spelling can denote. */
  record Span(int begin, int end, Names names) {}

  private final PayloadTrie<Names> trie;

  PlaceTrie(Gazetteer gazetteer) {
    Map<String, List<GazetteerCountry>> countries = new HashMap<>();
    Map<String, List<GazetteerRegion>> regions = new HashMap<>();
    Map<String, List<GazetteerCity>> cities = new HashMap<>();
    for (GazetteerCountry c : gazetteer.allCountries()) {
      add(countries, c.name(), c);
      c.aliases().forEach(a -> add(countries, a, c));
    }
    // "Yokohama, JAPAN": a country's name in capitals, kept apart from the written names (codes
    // such as "USA" among them), is read only after its city (PlaceRecognizer).
    for (GazetteerCountry c : gazetteer.allCountries()) {
      String shouted = c.name().toUpperCase(Locale.ROOT);
      if (SpelledInCapitals.eligible(c.name()) && !countries.containsKey(shouted)) {
        add(countries, shouted, c);
      }
    }
    for (GazetteerRegion r : gazetteer.regions()) {
      add(regions, r.name(), r);
      r.aliases().forEach(a -> add(regions, a, r));
      // "sub-Saharan Africa" is written with a small letter first and is no ordinary word.
      r.aliases().stream()
          .filter(
              a -> !a.isEmpty() && Character.isLowerCase(a.charAt(0)) && !a.equals(a.toLowerCase()))
          .forEach(a -> regions.computeIfAbsent(a, k -> new ArrayList<>()).add(r));
    }
    for (GazetteerCity c : gazetteer.allCities()) {
      for (String name : c.names()) {
        add(cities, name, c);
      }
    }
    // Cities arrive in geonameid order; rank namesakes so the first is the most populous.
    cities
        .values()
        .forEach(l -> l.sort(Comparator.comparingLong(GazetteerCity::population).reversed()));
    Map<String, Names> keywords = new HashMap<>();
    for (String k : union(countries, regions, cities)) {
      keywords.put(
          k,
          new Names(
              countries.getOrDefault(k, List.of()),
              regions.getOrDefault(k, List.of()),
              cities.getOrDefault(k, List.of())));
    }
    // Case-sensitive and whole-word: "US" but not "us", "Nice" but not "nicely".
    PayloadTrie.PayloadTrieBuilder<Names> builder = PayloadTrie.<Names>builder().onlyWholeWords();
    keywords.forEach(builder::addKeyword);
    trie = builder.build();
  }

  /**
   * The non-overlapping spans of {@code text} in text order; the longest wins, then the earliest.
   */
  List<Span> spans(String text) {
    List<PayloadEmit<Names>> emits = new ArrayList<>(trie.parseText(text));
    emits.sort(
        Comparator.<PayloadEmit<Names>>comparingInt(e -> e.getStart() - e.getEnd())
            .thenComparingInt(PayloadEmit::getStart));
    BitSet taken = new BitSet(text.length());
    List<Span> kept = new ArrayList<>();
    for (PayloadEmit<Names> e : emits) {
      int begin = e.getStart();
      int end = e.getEnd() + 1; // the library's end is inclusive
      if (taken.nextSetBit(begin) < 0 || taken.nextSetBit(begin) >= end) {
        taken.set(begin, end);
        kept.add(new Span(begin, end, e.getPayload()));
      }
    }
    kept.sort(Comparator.comparingInt(Span::begin));
    return kept;
  }

  /**
   * Only capitalized spellings become keywords: lower-case names are ordinary words in running
   * text.
   */
  private static <T> void add(Map<String, List<T>> map, String name, T value) {
    if (name.length() < 2 || !Character.isUpperCase(name.codePointAt(0))) {
      return;
    }
    List<T> list = map.computeIfAbsent(name, k -> new ArrayList<>());
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  @SafeVarargs
  private static List<String> union(Map<String, ?>... maps) {
    Map<String, Boolean> all = new HashMap<>();
    for (Map<String, ?> m : maps) {
      m.keySet().forEach(k -> all.put(k, true));
    }
    return new ArrayList<>(all.keySet());
  }
}
