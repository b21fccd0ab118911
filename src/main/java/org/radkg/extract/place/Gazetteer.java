package org.radkg.extract.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.radkg.extract.Entity;
import org.radkg.extract.EntityType;
import org.radkg.vocab.Slugs;

/**
 * The countries and cities of {@code data/gazetteer/} as entities: immutable once loaded, so one
 * instance is safely shared by every thread.
 */
public final class Gazetteer {
  static final String CLASSPATH_DIR = "/radkg/data/gazetteer/";
  private static final Comparator<GazetteerCity> MOST_POPULOUS_FIRST =
      Comparator.comparingLong(GazetteerCity::population)
          .reversed()
          .thenComparingLong(GazetteerCity::geonameId);

  private final List<GazetteerCountry> countries;
  private final Map<String, GazetteerCountry> countryByCode;
  private final Map<String, GazetteerCountry> countryByName;
  private final Map<String, GazetteerCountry> countryBySlug;
  private final List<GazetteerCity> cities;
  private final Map<String, List<GazetteerCity>> citiesByKey;
  private final Map<String, List<GazetteerCity>> citiesByCountry;
  private final List<GazetteerRegion> regions;
  private final Set<String> stoplist;
  private final Map<Long, Coordinates> coordinates = new HashMap<>();

  /** A point in WGS 84 degrees, as the gazetteer writes it (four decimals). */
  public record Coordinates(String latitude, String longitude) {}

  private Gazetteer(Function<String, BufferedReader> files) {
    countries =
        readCountries(
            files.apply("countries.tsv"), files.apply("country-names-other-languages.tsv"));
    Map<String, GazetteerCountry> byCode = new HashMap<>();
    Map<String, GazetteerCountry> byName = new HashMap<>();
    Map<String, GazetteerCountry> bySlug = new HashMap<>();
    for (GazetteerCountry c : countries) {
      byCode.put(c.code(), c);
      byCode.put(c.alpha3(), c);
      bySlug.put(c.entity().slug(), c);
      // Ambiguous aliases ("Congo") keep their first owner; names always win over aliases.
      c.aliases().forEach(a -> byName.putIfAbsent(a.toLowerCase(Locale.ROOT), c));
    }
    countries.forEach(c -> byName.put(c.name().toLowerCase(Locale.ROOT), c));
    countryByCode = Map.copyOf(byCode);
    countryByName = Map.copyOf(byName);
    countryBySlug = Map.copyOf(bySlug);

    // A city is published inside its country (the shapes require it), so a city of a country the
    // file does not know is left out rather than emitted half-placed.
    cities =
        withEnglishNames(
            readCities(files.apply("cities.tsv")).stream()
                .filter(c -> byCode.containsKey(c.country()))
                .toList(),
            files.apply("city-exonyms.tsv"));
    Map<String, List<GazetteerCity>> byKey = new HashMap<>();
    Map<String, List<GazetteerCity>> byCountry = new HashMap<>();
    for (GazetteerCity city : cities) {
      for (String key : city.names().stream().map(NameFolding::key).distinct().toList()) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(city);
      }
      byCountry.computeIfAbsent(city.country(), k -> new ArrayList<>()).add(city);
    }
    citiesByKey = sealed(byKey);
    citiesByCountry = sealed(byCountry);

    List<GazetteerRegion> allRegions = new ArrayList<>();
    BufferedReader regionFile = files.apply("regions.tsv");
    if (regionFile != null) {
      allRegions.addAll(readRegions(regionFile, byCode));
    }
    BufferedReader worldFile = files.apply("world-regions.tsv");
    if (worldFile != null) {
      allRegions.addAll(readWorldRegions(worldFile));
    }
    regions = List.copyOf(allRegions);
    BufferedReader stopFile = files.apply("city-stoplist.txt");
    stoplist = stopFile == null ? Set.of() : readStoplist(stopFile);
  }

  /**
   * The coordinates of the city with GeoNames id {@code geonameId}, when the gazetteer has them.
   */
  public Optional<Coordinates> coordinates(long geonameId) {
    return Optional.ofNullable(coordinates.get(geonameId));
  }

  /** The gazetteer shipped in the jar, read once and shared. */
  public static Gazetteer fromClasspath() {
    return Shared.INSTANCE;
  }

  /**
   * A gazetteer read from a folder holding countries.tsv and cities.tsv (regions and stoplist
   * optional).
   */
  public static Gazetteer load(Path dir) {
    return new Gazetteer(
        name -> {
          Path file = dir.resolve(name);
          if (!Files.exists(file) && !name.endsWith("ies.tsv")) {
            return null;
          }
          try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
          }
        });
  }

  /** The country with this name, alias, alpha-2 or alpha-3 code, ignoring case. */
  public Optional<Entity> country(String nameOrAliasOrCode) {
    return findCountry(nameOrAliasOrCode).map(GazetteerCountry::entity);
  }

  /** All cities of that name (folded: "Sao Paulo" finds São Paulo), most populous first. */
  public List<Entity> cities(String name) {
    return citiesNamed(name).stream().map(GazetteerCity::entity).toList();
  }

  /** The country a city entity of this gazetteer lies in. */
  public Optional<Entity> countryOf(Entity city) {
    return Optional.ofNullable(city.containedIn())
        .map(countryBySlug::get)
        .map(GazetteerCountry::entity);
  }

  Optional<GazetteerCountry> findCountry(String nameOrAliasOrCode) {
    String s = nameOrAliasOrCode.strip();
    GazetteerCountry byCode = countryByCode.get(s.toUpperCase(Locale.ROOT));
    return Optional.ofNullable(
        byCode != null ? byCode : countryByName.get(s.toLowerCase(Locale.ROOT)));
  }

  List<GazetteerCity> citiesNamed(String name) {
    return citiesByKey.getOrDefault(NameFolding.key(name), List.of());
  }

  List<GazetteerCity> citiesIn(String countryCode) {
    return citiesByCountry.getOrDefault(countryCode, List.of());
  }

  List<GazetteerCountry> allCountries() {
    return countries;
  }

  List<GazetteerCity> allCities() {
    return cities;
  }

  List<GazetteerRegion> regions() {
    return regions;
  }

  /** True for names that are ordinary words or given names before they are places. */
  boolean isStoplisted(String name) {
    return stoplist.contains(name);
  }

  static List<GazetteerCountry> readCountries(BufferedReader in) {
    return readCountries(in, null);
  }

  // country-names-other-languages.tsv: alpha-2 code, the names (|-separated) a Spanish,
  // Portuguese, French, Italian or German text writes ("España", "Deutschland"). They are matched
  // in the text but never become labels: the graph's labels are English (@en).
  static List<GazetteerCountry> readCountries(BufferedReader in, BufferedReader otherLanguages) {
    Map<String, List<String>> matchedOnly = new HashMap<>();
    if (otherLanguages != null) {
      for (String[] f : rows(otherLanguages, "country-names-other-languages.tsv", 2)) {
        matchedOnly.put(f[0], aliases(f, 1));
      }
    }
    List<GazetteerCountry> out = new ArrayList<>();
    for (String[] f : rows(in, "countries.tsv", 4)) {
      String code = f[0];
      String alpha3 = f[1];
      String name = f[2];
      List<String> aliases = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split("\\|"));
      TreeSet<String> labels = new TreeSet<>(aliases);
      labels.removeAll(List.of(code, alpha3)); // "USA" is a code: useful to match, not a label
      Entity entity =
          new Entity(
              Slugs.of(name),
              name,
              null,
              labels,
              EnumSet.of(EntityType.COUNTRY),
              new TreeSet<>(),
              null);
      List<String> matched = new ArrayList<>(aliases);
      matched.addAll(matchedOnly.getOrDefault(code, List.of()));
      out.add(new GazetteerCountry(code, alpha3, name, matched, entity));
    }
    return List.copyOf(out);
  }

  private List<GazetteerCity> readCities(BufferedReader in) {
    List<GazetteerCity> out = new ArrayList<>();
    for (String[] f : rows(in, "cities.tsv", 6)) {
      long id = Long.parseLong(f[0]);
      String name = f[1];
      String ascii = f[2].isEmpty() ? name : f[2];
      String country = f[4];
      GazetteerCountry owner = countryByCode.get(country);
      String admin1 = f.length > 6 ? f[6] : "";
      if (f.length > 8 && !f[7].isEmpty() && !f[8].isEmpty()) {
        coordinates.put(id, new Coordinates(f[7], f[8]));
      }
      out.add(
          new GazetteerCity(
              id,
              name,
              ascii,
              country,
              admin1,
              Long.parseLong(f[5]),
              owner == null ? null : owner.entity().slug()));
    }
    return List.copyOf(out);
  }

  // The English names of cities GeoNames names in their own language ("Nürnberg" is "Nuremberg"),
  // from
  // city-exonyms.tsv: geonameid, English name, other names (|-separated).
  private static List<GazetteerCity> withEnglishNames(
      List<GazetteerCity> cities, BufferedReader exonymFile) {
    if (exonymFile == null) {
      return cities;
    }
    Map<Long, String[]> byId = new HashMap<>();
    for (String[] f : rows(exonymFile, "city-exonyms.tsv", 2)) {
      byId.put(Long.parseLong(f[0]), f);
    }
    return cities.stream()
        .map(
            c -> {
              String[] f = byId.get(c.geonameId());
              return f == null ? c : c.withNames(f[1], aliases(f, 2));
            })
        .toList();
  }

  private static List<GazetteerRegion> readRegions(
      BufferedReader in, Map<String, GazetteerCountry> byCode) {
    List<GazetteerRegion> out = new ArrayList<>();
    for (String[] f : rows(in, "regions.tsv", 3)) {
      GazetteerCountry owner = byCode.get(f[0]);
      out.add(
          new GazetteerRegion(
              f[0], f[1], f[2], aliases(f, 3), owner == null ? null : owner.entity().slug()));
    }
    return out;
  }

  // Continents and world regions: a name and its aliases, in no one country.
  private static List<GazetteerRegion> readWorldRegions(BufferedReader in) {
    List<GazetteerRegion> out = new ArrayList<>();
    for (String[] f : rows(in, "world-regions.tsv", 1)) {
      out.add(new GazetteerRegion("", "", f[0], aliases(f, 1), null));
    }
    return out;
  }

  private static List<String> aliases(String[] f, int column) {
    return f.length <= column || f[column].isEmpty()
        ? List.of()
        : Arrays.asList(f[column].split("\\|"));
  }

  private static Set<String> readStoplist(BufferedReader in) {
    Set<String> out = new HashSet<>();
    try (in) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        int hash = line.indexOf('#');
        String name = (hash < 0 ? line : line.substring(0, hash)).strip();
        if (!name.isEmpty()) {
          out.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("city-stoplist.txt", e);
    }
    return Set.copyOf(out);
  }

  /** Tab-separated rows after the header; a short row is a data error reported with its line. */
  private static List<String[]> rows(BufferedReader in, String file, int minColumns) {
    List<String[]> out = new ArrayList<>();
    try (in) {
      in.readLine();
      int lineNo = 1;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < minColumns) {
          throw new IllegalStateException(
              file + ":" + lineNo + ": expected " + minColumns + " columns");
        }
        out.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file, e);
    }
    return out;
  }

  private static Map<String, List<GazetteerCity>> sealed(Map<String, List<GazetteerCity>> map) {
    Map<String, List<GazetteerCity>> out = new HashMap<>(map.size() * 2);
    map.forEach(
        (k, v) -> {
          v.sort(MOST_POPULOUS_FIRST);
          out.put(k, List.copyOf(v));
        });
    return Collections.unmodifiableMap(out);
  }

  /**
   * Holder idiom: the JVM loads the shipped data once, on first use, without locking afterwards.
   */
  private static final class Shared {
    static final Gazetteer INSTANCE =
        new Gazetteer(
            name -> {
              InputStream in = Gazetteer.class.getResourceAsStream(CLASSPATH_DIR + name);
              if (in == null) {
                if (name.endsWith("ies.tsv")) {
                  throw new IllegalStateException("missing resource " + CLASSPATH_DIR + name);
                }
                return null;
              }
              return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            });
  }
}
