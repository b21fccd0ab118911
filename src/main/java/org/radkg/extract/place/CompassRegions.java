package org.radkg.extract.place;

import java.util.EnumSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.extract.Entity;
import org.radkg.extract.EntityType;
import org.radkg.vocab.Slugs;

/**
 * Widens a state, country or world region the gazetteer matched to the part of it that capitalized
 * compass words before it name ("Northwest Indiana", "South Central Ohio", "Northern Portugal"): a
 * region of its own, in the country of the place it qualifies.
 */
final class CompassRegions {
  // One or two capitalized compass words right before the place ("South Central Ohio").
  private static final Pattern COMPASS_BEFORE =
      Pattern.compile(
          "\\b(?:(?:North|South|East|West|Central)(?:ern|east|west|eastern|western)?[ \\t]+){1,2}$");
  // The word before the compass words: a capitalized one that is no sentence opener makes them
  // part of a longer name ("Ferrow Medical East Ohio" is an organization's, not a region).
  private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}'’-]+)([.,;:]?)[ \\t]+$");
  private static final java.util.Set<String> OPENERS =
      java.util.Set.of(
          "In",
          "At",
          "The",
          "From",
          "Across",
          "Throughout",
          "To",
          "Of",
          "And",
          "For",
          "Near",
          "Rural",
          "Upstate",
          "Greater",
          "All",
          "Including",
          "Both",
          "Within",
          "Outside");

  // The compass words that open a region's name, and the place they qualify.
  private static final Pattern COMPASS_NAME =
      Pattern.compile(
          "((?:(?:North|South|East|West|Central)(?:ern|east|west|eastern|western)? ){1,2})(\\p{Lu}.*)");

  private CompassRegions() {}

  /**
   * The name of the place a compass-qualified name qualifies ("Indiana" of "Northwest Indiana"), if
   * {@code name} has that shape.
   */
  static java.util.Optional<String> innerName(String name) {
    Matcher m = COMPASS_NAME.matcher(name);
    return m.matches() ? java.util.Optional.of(m.group(2)) : java.util.Optional.empty();
  }

  /**
   * The compass-qualified region around {@code match} (a country, state or world region), or {@code
   * match} itself when no compass word precedes it.
   */
  static PlaceMatch widened(String text, PlaceMatch match) {
    if (match.place().types().contains(EntityType.CITY)) {
      return match;
    }
    int from = Math.max(0, match.begin() - 40);
    Matcher m = COMPASS_BEFORE.matcher(text).region(from, match.begin()).useTransparentBounds(true);
    if (!m.find()) {
      return match;
    }
    Matcher before = WORD_BEFORE.matcher(text).region(Math.max(0, m.start() - 40), m.start());
    if (before.find()
        && before.group(2).isEmpty()
        && Character.isUpperCase(before.group(1).charAt(0))
        && !OPENERS.contains(before.group(1))) {
      return match;
    }
    String name = text.substring(m.start(), match.end()).replaceAll("\\s+", " ");
    Entity inner = match.place();
    String country =
        inner.types().contains(EntityType.COUNTRY) ? inner.slug() : inner.containedIn();
    String slug = Slugs.of(name) + countryCode(inner);
    Entity region =
        new Entity(
            slug,
            name,
            null,
            new TreeSet<>(),
            EnumSet.of(EntityType.REGION),
            new TreeSet<>(),
            country);
    return new PlaceMatch(region, m.start(), match.end(), match.strong());
  }

  // "maryland-us" gives "-us": a division's slug ends in its country's code, which the wider
  // region keeps so that "Northwest Indiana" is told from any other.
  private static String countryCode(Entity inner) {
    if (!inner.types().contains(EntityType.REGION) || inner.containedIn() == null) {
      return "";
    }
    int dash = inner.slug().lastIndexOf('-');
    return dash > 0 ? inner.slug().substring(dash) : "";
  }
}
