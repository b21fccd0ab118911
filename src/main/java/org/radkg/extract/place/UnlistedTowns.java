package org.radkg.extract.place;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.radkg.corpus.LexiconFiles;
import org.radkg.extract.Entity;
import org.radkg.extract.EntityType;
import org.radkg.vocab.Slugs;

/**
 * Reads a United States town too small for the gazetteer from the state that qualifies it after a
 * locating preposition ("headquartered in Oak Brook, Ill.", "based in Del Mar, California"), and
 * maps the news-style (AP) state abbreviations ("Ill.", "Calif.", "Md.") to their postal codes.
 */
final class UnlistedTowns {
  // The state abbreviations of the AP Stylebook, which US news writes after a city:
  // data/lexicon/us-state-abbreviations.txt.
  private static final Map<String, String> AP_STATES =
      LexiconFiles.entries("us-state-abbreviations").stream()
          .map(line -> line.split("\\t"))
          .collect(Collectors.toUnmodifiableMap(cols -> cols[0].strip(), cols -> cols[1].strip()));
  private static final String AP_ALTERNATION =
      String.join(
          "|",
          AP_STATES.keySet().stream()
              .sorted((a, b) -> b.length() - a.length())
              .map(Pattern::quote)
              .toList());
  // ", Ill." right after a city: the abbreviation, not followed by more letters.
  private static final Pattern AP_AFTER =
      Pattern.compile(",\\s*(" + AP_ALTERNATION + ")(?![\\p{L}])");
  // "in Oak Brook, Ill.", "near Del Mar, California": one to three capitalized words after a
  // locating
  // preposition, then a comma and the state (an AP abbreviation, postal code or the state's name).
  private static final Pattern TOWN =
      Pattern.compile(
          "\\b(?<prep>in|at|near|from|of)\\s+(?<town>\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}),\\s*(?<state>"
              + AP_ALTERNATION
              + "|\\p{Lu}{2}|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)(?![\\p{L}])");
  // "of" only after no name's head word: "Dr. Roe of Del Mar, CA", not "School of Medicine, PA".
  // Checked in code, not by
  // a look-behind in TOWN: a look-behind over these words, tried at every position of every text,
  // was a sixth of an
  // extract's time.
  private static final List<String> NAME_HEADS = LexiconFiles.entries("name-heads-before-of");

  private final Gazetteer gazetteer;
  private final String unitedStates;
  private final java.util.Set<String> stateNames;
  private final java.util.Set<String> stateCodes;

  UnlistedTowns(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.unitedStates = gazetteer.findCountry("US").map(c -> c.entity().slug()).orElse(null);
    // "Tiblisi, Georgia": a state named like a country does not make the word before it a US town.
    this.stateNames =
        gazetteer.regions().stream()
            .filter(r -> "US".equals(r.country()))
            .map(GazetteerRegion::name)
            .filter(n -> gazetteer.findCountry(n).isEmpty())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.stateCodes =
        gazetteer.regions().stream()
            .filter(r -> "US".equals(r.country()))
            .map(GazetteerRegion::admin1)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * True for a United States state written after a town: its AP abbreviation ("Ill."), postal code
   * ("IL") or name.
   */
  boolean isState(String qualifier) {
    return AP_STATES.containsKey(qualifier)
        || stateCodes.contains(qualifier)
        || stateNames.contains(qualifier);
  }

  /**
   * "OAK BROOK, Ill.": a town of a dateline the gazetteer lacks, when a state qualifies it; empty
   * otherwise.
   */
  Optional<Entity> datelineTown(String capitals, String qualifier) {
    if (unitedStates == null || qualifier == null || !isState(qualifier)) {
      return Optional.empty();
    }
    StringBuilder name = new StringBuilder();
    for (String w : capitals.toLowerCase(java.util.Locale.ROOT).split(" ")) {
      if (w.isEmpty() || !w.chars().allMatch(Character::isLetter)) {
        return Optional.empty();
      }
      name.append(name.length() == 0 ? "" : " ")
          .append(Character.toUpperCase(w.charAt(0)))
          .append(w.substring(1));
    }
    String town = name.toString();
    return gazetteer.citiesNamed(town).isEmpty() && !gazetteer.isStoplisted(town)
        ? Optional.of(entity(town))
        : Optional.empty();
  }

  /**
   * The postal code of the AP state abbreviation right after {@code end} (", Md."), with where it
   * ends; empty when none.
   */
  static Optional<Matcher> apStateAfter(String text, int end) {
    Matcher m = AP_AFTER.matcher(text).region(end, text.length());
    return m.lookingAt() ? Optional.of(m) : Optional.empty();
  }

  static String postalCode(String apAbbreviation) {
    return AP_STATES.get(apAbbreviation);
  }

  /** The unlisted towns {@code text} names with their state, where no other place was found. */
  List<PlaceMatch> find(String text, List<PlaceMatch> found) {
    List<PlaceMatch> out = new ArrayList<>();
    if (unitedStates == null) {
      return out;
    }
    Matcher m = TOWN.matcher(text);
    for (int from = 0; from < text.length() && m.find(from); ) {
      if (m.group("prep").equals("of") && afterNameHead(text, m.start("prep"))) {
        from = m.start() + 1;
        continue;
      }
      from = m.end();
      int b = m.start("town");
      int e = m.end("town");
      String town = m.group("town");
      boolean state = isState(m.group("state"));
      boolean taken = found.stream().anyMatch(p -> p.begin() < e && b < p.end());
      if (state
          && !taken
          && gazetteer.citiesNamed(town).isEmpty()
          && gazetteer.findCountry(town).isEmpty()
          && !gazetteer.isStoplisted(town)) {
        out.add(new PlaceMatch(entity(town), b, e, true));
      }
    }
    return out;
  }

  // True when a name's head word and one white space stand right before "of" ("School of").
  private static boolean afterNameHead(String text, int of) {
    if (of < 2 || !Character.isWhitespace(text.charAt(of - 1))) {
      return false;
    }
    return NAME_HEADS.stream().anyMatch(h -> text.startsWith(h, of - 1 - h.length()));
  }

  private Entity entity(String town) {
    return new Entity(
        Slugs.of(town + " US"),
        town,
        null,
        new TreeSet<>(),
        EnumSet.of(EntityType.CITY),
        new TreeSet<>(),
        unitedStates);
  }
}
