package org.radkg.extract.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The English name of a country by its slug, read from the shipped countries.tsv alone: what a
 * graph writer needs to label the country of a city that the article does not name, without loading
 * the whole gazetteer (tens of thousands of cities) for a build served from cached findings.
 */
public final class CountryNames {
  private CountryNames() {}

  /**
   * The name of the country whose slug is {@code slug} ("united-arab-emirates": "United Arab
   * Emirates").
   */
  public static Optional<String> of(String slug) {
    return Optional.ofNullable(Shared.BY_SLUG.get(slug));
  }

  private static final class Shared {
    static final Map<String, String> BY_SLUG = read();

    private static Map<String, String> read() {
      InputStream in =
          CountryNames.class.getResourceAsStream(Gazetteer.CLASSPATH_DIR + "countries.tsv");
      if (in == null) {
        return Map.of();
      }
      // The gazetteer's own reader, so both agree on the rows, the comments and the slugs.
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        Map<String, String> out = new HashMap<>();
        Gazetteer.readCountries(r).forEach(c -> out.put(c.entity().slug(), c.name()));
        return Map.copyOf(out);
      } catch (IOException e) {
        throw new UncheckedIOException("countries.tsv", e);
      }
    }
  }
}
