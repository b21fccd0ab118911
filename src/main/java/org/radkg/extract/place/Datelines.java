package org.radkg.extract.place;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the city of a news dateline at the head of a story ("RESTON, Va. (Nov. 4, 2015) — ...",
 * "DUBAI - ...", "Newswise — FAIRFAX, VA — ...", "Lahore: A two-day meeting ..."), which the place
 * index misses because wire style writes it in capitals and with a state's postal abbreviation.
 */
final class Datelines {
  // Datelines open a story: only its first characters are searched.
  private static final int HEAD = 400;
  // A capitalized city, an optional state or country ("Va.", "VA", "UK"), an optional date in
  // parentheses, then the dash or colon that ends a dateline; at a line start or after a wire's
  // name.
  private static final Pattern CAPITALS =
      Pattern.compile(
          "(?m)(?:^|[—–]\\s*|--\\s*)(?<city>\\p{Lu}[\\p{Lu}'’.]+(?:[ -]\\p{Lu}[\\p{Lu}'’.]+){0,3})"
              + "(?:,\\s*(?<qualifier>\\p{Lu}[\\p{L}.]{1,14}))?\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?(?:--|[—–:]|\\s-\\s)");
  // "Reston, Va. (June 29, 2015) — ..." in ordinary case: only with the state or country and the
  // dash that make it
  // a dateline, since "Vienna, Austria" alone opens many ordinary sentences.
  private static final Pattern QUALIFIED =
      Pattern.compile(
          "(?m)(?:^|[—–]\\s*|--\\s*)(?<city>\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}),\\s*(?<qualifier>\\p{Lu}[\\p{L}.]{1,14})"
              + "\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?(?:--|[—–]|\\s-\\s)");
  // "Lahore: A two-day ..." in ordinary case: only a colon at a line start, and only a large city.
  private static final Pattern TITLE_CASE =
      Pattern.compile("(?m)^(?<city>\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?):\\s+\\p{Lu}");
  // A dateline without a state or country names a city the reader is expected to know.
  private static final long KNOWN_CITY = 100_000;

  private final Gazetteer gazetteer;
  private final UnlistedTowns towns;

  Datelines(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.towns = new UnlistedTowns(gazetteer);
  }

  /** The city of the dateline {@code text} opens with, if it has one the gazetteer knows. */
  Optional<PlaceMatch> find(String text) {
    String head = text.substring(0, Math.min(text.length(), HEAD));
    Optional<PlaceMatch> qualified =
        firstKnown(CAPITALS.matcher(head), true)
            .or(() -> firstKnown(QUALIFIED.matcher(head), false));
    if (qualified.isPresent()) {
      return qualified;
    }
    Matcher t = TITLE_CASE.matcher(head);
    if (t.find()) {
      return gazetteer.citiesNamed(t.group("city")).stream()
          .findFirst()
          .filter(c -> c.population() >= KNOWN_CITY)
          .map(c -> new PlaceMatch(c.entity(), t.start("city"), t.end("city"), true));
    }
    return Optional.empty();
  }

  // The first city {@code m} finds that the gazetteer knows, read with the state or country after
  // it.
  private Optional<PlaceMatch> firstKnown(Matcher m, boolean capitals) {
    while (m.find()) {
      String city = m.group("city");
      // "RSNA:" or "NEW:" is no city: a dateline's city in capitals has a vowel and is not an
      // acronym of two or three letters.
      if (capitals && city.replaceAll("[^\\p{L}]", "").length() < 4) {
        continue;
      }
      Optional<GazetteerCity> found = resolve(city, m.group("qualifier"));
      if (found.isPresent()) {
        return Optional.of(
            new PlaceMatch(found.get().entity(), m.start("city"), m.end("city"), true));
      }
      // "OAK BROOK, Ill. (August 1, 2011) —": a town too small for the gazetteer, qualified by its
      // state.
      Optional<org.radkg.extract.Entity> town =
          capitals ? towns.datelineTown(city, m.group("qualifier")) : Optional.empty();
      if (town.isPresent()) {
        return Optional.of(new PlaceMatch(town.get(), m.start("city"), m.end("city"), true));
      }
    }
    return Optional.empty();
  }

  private Optional<GazetteerCity> resolve(String city, String qualifier) {
    // The gazetteer lists namesakes most populous first.
    List<GazetteerCity> candidates = gazetteer.citiesNamed(city);
    if (qualifier == null) {
      return candidates.stream().findFirst().filter(c -> c.population() >= KNOWN_CITY);
    }
    String q = qualifier.replace(".", "");
    // "RESTON, VA", "Portland, Me.": a state's postal code first, since several are country codes
    // too (VA, CA, MD).
    return PlaceRecognizer.first(candidates, "US", q.toUpperCase(Locale.ROOT))
        .or(
            () ->
                gazetteer
                    .findCountry(q)
                    .flatMap(country -> PlaceRecognizer.first(candidates, country.code(), null)))
        // Wire style qualifies a city by its state's abbreviation ("Va.", "Ill.", "Calif."): a
        // United States dateline.
        .or(() -> PlaceRecognizer.first(candidates, "US", null));
  }
}
