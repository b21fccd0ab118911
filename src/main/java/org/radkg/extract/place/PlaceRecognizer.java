package org.radkg.extract.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.extract.Entity;
import org.radkg.extract.EntityType;
import org.radkg.extract.place.PlaceTrie.Span;

/**
 * Finds the countries, regions and cities named in a text, in text order and without overlaps,
 * preferring a missed city to a wrong one; built once from a gazetteer and safe to share between
 * threads.
 *
 * <p>A country name always counts (unless it is also a common given name such as "Chad", which then
 * needs a preposition or to qualify a city). A city counts only when (a) it is followed by ", " or
 * " (" and its country, region or code (strong); (b) its country is named elsewhere in the text;
 * (c) it is large and follows "in", "at", "near", "from", "of" or "to", or of middle size and
 * follows "in", "at" or "near"; (d) it is a large city with a name of several words ("Kuala
 * Lumpur"); (e) the text already named it so; (f) it is listed right after a city that counted
 * ("Plovdiv and Pleven"); (g) "-based" follows it ("Ypsilanti-based"); or (h) it is of middle size
 * and names a convention or congress centre ("the Rotterdam Convention Centre"). A city followed by
 * a news-style state abbreviation ("Laurel, Md.") is strong; a town the gazetteer lacks counts
 * after a locating preposition and before its state ("in Oak Brook, Ill."). Names in {@code
 * city-stoplist.txt} count only through (a).
 */
public final class PlaceRecognizer {
  static final long LARGE_CITY = 500_000;
  // "in Plovdiv", "at Pleven": below a large city, only the prepositions of a location, not "of" or
  // "to",
  // which open names ("University of Reading", "Road to Hope") more often than places.
  static final long MIDDLE_CITY = 100_000;
  // With the Spanish, Portuguese, French, Italian and German ones: "en Lima", "em Recife", "à
  // Lyon" (not "de", "di": "Università di Pisa" is no place).
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "near", "from", "of", "to", "en", "em", "à", "dans", "im");
  private static final Set<String> LOCATION_PREPOSITIONS =
      Set.of("in", "at", "near", "en", "em", "à", "dans", "im");
  // ", IE" / " (US)": an alpha-2 country code or US state code right after a city.
  private static final Pattern CODE_AFTER =
      Pattern.compile("\\s*[,(]\\s*([A-Z]{2})(?![\\p{L}\\p{N}])");

  // " in 2033" or " (2027)" right after a city: the year of the meeting held there.
  private static final Pattern YEAR_AFTER =
      Pattern.compile(" (?:in (?:19|20)\\d{2}|\\((?:19|20)\\d{2}\\))(?![\\p{L}\\p{N}])");
  // The gap after a city given its year before the next city of the list ("Bergen (2027), Lund").
  private static final Pattern LIST_GAP =
      Pattern.compile("(?:(?:in (?:19|20)\\d{2}|\\((?:19|20)\\d{2}\\))\\s*)?(?:,|and|, and|or)");

  private static final Pattern BASED_AFTER = Pattern.compile("-based\\b");
  // "Naarm/Melbourne", "Te Whanganui-a-Tara/Wellington": a place's name in another language before
  // its gazetteer name and a slash (up to three capitalized words).
  private static final Pattern DUAL_NAME_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}'’-])(?:(?!(?:In|At|Near|From|Of|To|The)\\s)\\p{Lu}[\\p{L}'’-]*\\s){0,2}\\p{Lu}[\\p{L}'’-]*/$");
  // "the Rotterdam Convention Centre", "the San Antonio Convention Center": a venue named after its
  // city is in it.
  private static final Pattern VENUE_AFTER =
      Pattern.compile(
          " (?:International\\s+)?(?:Convention|Congress|Conference|Exhibition|Exposition|Expo)\\s+(?:and\\s+Exhibition\\s+)?(?:Cent(?:er|re)|Hall|Complex)\\b");

  private final Gazetteer gazetteer;
  private final PlaceTrie trie;
  private final MisspelledCityMatcher misspellings;
  private final Datelines datelines;
  private final UnlistedTowns towns;

  /** Builds the name index once; expensive, so share the recognizer. */
  public PlaceRecognizer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.trie = new PlaceTrie(gazetteer);
    this.misspellings = new MisspelledCityMatcher(gazetteer);
    this.datelines = new Datelines(gazetteer);
    this.towns = new UnlistedTowns(gazetteer);
  }

  /** The places named in {@code text}, with char offsets into it, in text order. */
  public List<PlaceMatch> find(String text) {
    List<Span> spans = trie.spans(text);
    Set<String> named = countriesNamed(text, spans);
    List<PlaceMatch> out = new ArrayList<>();
    Set<Span> qualifiers = new HashSet<>(); // country spans that settled the city before them
    Map<Span, GazetteerRegion> regionRoles =
        new HashMap<>(); // "Georgia" in "Atlanta, Georgia" is the state
    int lastEnd = 0; // end of the last match: a misspelled city may not reach back over it
    PlaceMatch lastCountry = null;
    Set<Long> citiesNamed =
        new HashSet<>(); // the cities this text has already named, by GeoNames id
    PlaceMatch lastCity = null;
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      if (regionRoles.containsKey(s)) {
        // Annotators and readers take the state of "Ann Arbor, Michigan" as a place named too.
        out.add(new PlaceMatch(regionRoles.get(s).entity(), s.begin(), s.end(), true));
        lastEnd = s.end();
        continue;
      }
      PlaceMatch match = null;
      if (!s.names().countries().isEmpty()) {
        GazetteerCountry country = s.names().countries().get(0);
        String written = text.substring(s.begin(), s.end());
        boolean ordinary = !gazetteer.isStoplisted(written);
        boolean settled = ordinary || qualifiers.contains(s);
        // "JAPAN" in a line of capitals is a heading's word; only a city's qualifier is a place.
        boolean heading =
            SpelledInCapitals.of(country, written)
                && !SpelledInCapitals.afterItsCity(text, lastCity, s.begin());
        if (!heading
            && (settled
                || prepositionBefore(text, s.begin())
                || listedAfter(text, lastCountry, s))) {
          misspellings
              .match(text, s.begin(), lastEnd, country)
              .ifPresent(f -> out.add(new PlaceMatch(f.city().entity(), f.begin(), f.end(), true)));
          match = new PlaceMatch(country.entity(), s.begin(), s.end(), settled);
          lastCountry = match;
        }
      } else if (worldRegion(s) != null) {
        match = new PlaceMatch(worldRegion(s).entity(), s.begin(), s.end(), true);
      } else {
        if (!s.names().cities().isEmpty()) {
          Span next = i + 1 < spans.size() ? spans.get(i + 1) : null;
          Optional<Resolution> city = resolveCity(text, s, next, named, qualifiers, regionRoles);
          if (city.isEmpty()) {
            city = alreadyNamedOrListed(text, s, citiesNamed, lastCity);
          }
          city.ifPresent(r -> citiesNamed.add(r.city().geonameId()));
          // "(Valencia, ES)": the country code that settled the city names its country too.
          city.map(Resolution::code).ifPresent(out::add);
          match =
              city.map(r -> new PlaceMatch(r.city().entity(), s.begin(), s.end(), r.strong()))
                  .orElse(null);
          if (match != null) {
            lastCity = match;
          }
        }
        if (match == null) {
          match = division(text, s);
        }
      }
      if (match != null) {
        // "Northwest Indiana": compass words before a state or country name a region of it.
        PlaceMatch widened = CompassRegions.widened(text, match);
        if (widened.begin() >= lastEnd) {
          match = widened;
        }
        // The other name of a dual name is part of the mention, so that a pattern reads "in X".
        int from = dualNameStart(text, match.begin());
        if (from < match.begin() && from >= lastEnd) {
          match = new PlaceMatch(match.place(), from, match.end(), match.strong());
        }
        out.add(match);
        lastEnd = match.end();
      }
    }
    datelines
        .find(text)
        .filter(d -> out.stream().noneMatch(p -> p.begin() < d.end() && d.begin() < p.end()))
        .ifPresent(out::add);
    out.addAll(towns.find(text, out));
    out.sort(Comparator.comparingInt(PlaceMatch::begin));
    return List.copyOf(out);
  }

  /**
   * The state, country or world region that a compass-qualified region this recognizer made lies in
   * ("Indiana" for "Northwest Indiana"); empty for any other place, and for a name the gazetteer
   * lists whole ("North Africa").
   */
  public Optional<Entity> placeWithin(Entity region) {
    if (!region.types().contains(EntityType.REGION)) {
      return Optional.empty();
    }
    Optional<String> inner = CompassRegions.innerName(region.label());
    if (inner.isEmpty()
        || trie.spans(region.label()).stream()
            .anyMatch(s -> s.begin() == 0 && s.end() == region.label().length())) {
      return Optional.empty();
    }
    String probe = "in " + inner.get();
    return find(probe).stream()
        .filter(p -> p.begin() == 3 && p.end() == probe.length())
        .map(PlaceMatch::place)
        .filter(p -> !p.types().contains(EntityType.CITY))
        .findFirst();
  }

  private static GazetteerRegion worldRegion(Span s) {
    for (GazetteerRegion r : s.names().regions()) {
      if (r.isWorldRegion()) {
        return r;
      }
    }
    return null;
  }

  /**
   * A state or province named alone ("physicians in Indiana, Connecticut and Michigan"); not when a
   * city of its country has the name too ("Washington" is read as the capital more often than the
   * state), and a name that is also a given name ("Victoria") needs a preposition before it.
   */
  private PlaceMatch division(String text, Span s) {
    if (s.names().regions().size() != 1) {
      return null;
    }
    GazetteerRegion r = s.names().regions().get(0);
    if (s.names().cities().stream().anyMatch(c -> c.country().equals(r.country()))) {
      return null;
    }
    boolean ordinary = !gazetteer.isStoplisted(text.substring(s.begin(), s.end()));
    return ordinary || prepositionBefore(text, s.begin())
        ? new PlaceMatch(r.entity(), s.begin(), s.end(), ordinary)
        : null;
  }

  /** "Chad and Jordan", "Plovdiv and Pleven": a place right after another in a list. */
  private static boolean listedAfter(String text, PlaceMatch previous, Span s) {
    if (previous == null) {
      return false;
    }
    String gap = text.substring(previous.end(), s.begin()).strip();
    return LIST_GAP.matcher(gap).matches();
  }

  /**
   * A city chosen for a mention; strong when the words right after it settled it; {@code code} the
   * country or state code that did, if one did.
   */
  private record Resolution(GazetteerCity city, boolean strong, PlaceMatch code) {
    Resolution(GazetteerCity city, boolean strong) {
      this(city, strong, null);
    }
  }

  private Optional<Resolution> resolveCity(
      String text,
      Span s,
      Span next,
      Set<String> named,
      Set<Span> qualifiers,
      Map<Span, GazetteerRegion> regionRoles) {
    List<GazetteerCity> candidates = s.names().cities(); // most populous first
    if (next != null && isQualifierGap(text.substring(s.end(), next.begin()))) {
      for (GazetteerCountry country : next.names().countries()) {
        Optional<GazetteerCity> c = first(candidates, country.code(), null);
        if (c.isPresent()) {
          qualifiers.add(next);
          return strong(c);
        }
      }
      for (GazetteerRegion region : next.names().regions()) {
        Optional<GazetteerCity> c = first(candidates, region.country(), region.admin1());
        if (c.isPresent()) {
          regionRoles.put(next, region);
          return strong(c);
        }
      }
    }
    Matcher code = CODE_AFTER.matcher(text).region(s.end(), text.length());
    if (code.lookingAt()) {
      String cc = code.group(1);
      Optional<GazetteerCity> inCountry = first(candidates, cc, null);
      Optional<GazetteerCity> c = inCountry.or(() -> first(candidates, "US", cc));
      if (c.isPresent()) {
        // A country code names its country; a US state's postal code ("Laurel, MD") only settles
        // the city:
        // annotators list the country a dateline names, not the state its abbreviation stands for.
        Optional<Entity> place =
            inCountry.isPresent()
                ? gazetteer.findCountry(cc).map(GazetteerCountry::entity)
                : Optional.empty();
        PlaceMatch coded =
            place.map(e -> new PlaceMatch(e, code.start(1), code.end(1), true)).orElse(null);
        return Optional.of(new Resolution(c.get(), true, coded));
      }
    }
    // "Laurel, Md.": a state's news-style abbreviation settles a United States city.
    Optional<Matcher> ap = UnlistedTowns.apStateAfter(text, s.end());
    if (ap.isPresent()) {
      Optional<GazetteerCity> c =
          first(candidates, "US", UnlistedTowns.postalCode(ap.get().group(1)));
      if (c.isPresent()) {
        return strong(c);
      }
    }
    String mention = text.substring(s.begin(), s.end());
    if (gazetteer.isStoplisted(mention)) {
      return Optional.empty();
    }
    // "the Ypsilanti-based practice": only a place is where something is based.
    if (BASED_AFTER.matcher(text).region(s.end(), text.length()).lookingAt()) {
      return Optional.of(new Resolution(candidates.get(0), false));
    }
    if (candidates.get(0).population() >= MIDDLE_CITY && venueFollows(text, s.end())) {
      return Optional.of(new Resolution(candidates.get(0), false));
    }
    for (GazetteerCity c : candidates) {
      if (named.contains(c.country())) {
        return Optional.of(new Resolution(c, false));
      }
    }
    GazetteerCity top = candidates.get(0);
    boolean large = top.population() >= LARGE_CITY;
    if (large && (prepositionBefore(text, s.begin()) || mention.indexOf(' ') > 0)) {
      return Optional.of(new Resolution(top, false));
    }
    if (top.population() >= MIDDLE_CITY && wordBefore(text, s.begin(), LOCATION_PREPOSITIONS)) {
      return Optional.of(new Resolution(top, false));
    }
    // "congresses are scheduled for Lisbon in 2033", "after Bergen (2027)": a city given a year is
    // where a meeting of that year is.
    if (top.population() >= MIDDLE_CITY
        && YEAR_AFTER.matcher(text).region(s.end(), text.length()).lookingAt()) {
      return Optional.of(new Resolution(top, false));
    }
    return Optional.empty();
  }

  /**
   * A city the text named before (by any rule), or one listed right after the last city that
   * counted.
   */
  private Optional<Resolution> alreadyNamedOrListed(
      String text, Span s, Set<Long> citiesNamed, PlaceMatch lastCity) {
    if (gazetteer.isStoplisted(text.substring(s.begin(), s.end()))) {
      return Optional.empty();
    }
    for (GazetteerCity c : s.names().cities()) {
      if (citiesNamed.contains(c.geonameId())) {
        return Optional.of(new Resolution(c, false));
      }
    }
    if (lastCity != null && lastCity.end() <= s.begin() && listedAfter(text, lastCity, s)) {
      return Optional.of(new Resolution(s.names().cities().get(0), false));
    }
    return Optional.empty();
  }

  private static Optional<Resolution> strong(Optional<GazetteerCity> city) {
    return city.map(c -> new Resolution(c, true));
  }

  /**
   * Codes of the countries the text names outright; stoplisted names like "Jordan" do not count.
   */
  private Set<String> countriesNamed(String text, List<Span> spans) {
    Set<String> codes = new HashSet<>();
    for (Span s : spans) {
      if (!s.names().countries().isEmpty()
          && !gazetteer.isStoplisted(text.substring(s.begin(), s.end()))) {
        codes.add(s.names().countries().get(0).code());
      }
    }
    return codes;
  }

  /**
   * The first, most populous, of {@code candidates} in {@code country} (and in {@code admin1}
   * unless it is null).
   */
  static Optional<GazetteerCity> first(
      List<GazetteerCity> candidates, String country, String admin1) {
    return candidates.stream()
        .filter(c -> c.country().equals(country) && (admin1 == null || admin1.equals(c.admin1())))
        .findFirst();
  }

  private static boolean isQualifierGap(String gap) {
    String g = gap.strip();
    return (g.equals(",") || g.equals("(")) && gap.length() <= 3;
  }

  /**
   * True when a convention or congress centre's head words follow {@code end} ("Rotterdam|
   * Convention Centre"): the venue is in that city.
   */
  public static boolean venueFollows(String text, int end) {
    return VENUE_AFTER.matcher(text).region(end, text.length()).lookingAt();
  }

  /**
   * Where the dual name a place's name at {@code begin} ends ("Naarm/" of "Naarm/Melbourne")
   * begins; {@code begin} when none.
   */
  static int dualNameStart(String text, int begin) {
    if (begin == 0 || text.charAt(begin - 1) != '/') {
      return begin;
    }
    Matcher m =
        DUAL_NAME_BEFORE
            .matcher(text)
            .region(Math.max(0, begin - 60), begin)
            .useTransparentBounds(true);
    return m.find() ? m.start() : begin; // the earliest start that reaches the slash
  }

  /** True when the word before {@code begin} is "in", "at", "near", "from", "of" or "to". */
  static boolean prepositionBefore(String text, int begin) {
    return wordBefore(text, begin, PLACE_PREPOSITIONS);
  }

  /**
   * True when the word right before {@code begin} (after spaces only) is one of {@code words}, in
   * any case.
   */
  private static boolean wordBefore(String text, int begin, Set<String> words) {
    int end = dualNameStart(text, begin);
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == begin) {
      return false; // "(Jakarta": not a running-text preposition
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }
}
