package org.radkg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.vocab.Slugs;

/**
 * Names an event edition that the text numbers but does not date by its ordinal ("the 6th International
 * Conference on Isotopes", "the sixth Nordic Imaging Forum"), so that it is one edition with its own facts
 * rather than the series every edition shares.
 */
final class OrdinalEditions {
  // A numeral ordinal, or a written one from "third" on: "first" and "second" mostly count, not name
  // ("the first meeting of the kind", "a second conference"), so they only tell that editions differ.
  private static final Pattern ORDINAL_BEFORE = Pattern.compile(
      "(?<![\\p{L}\\p{N}'’-])(\\d{1,3}(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
          + "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))\\s+$");
  private static final Set<String> COUNTING = Set.of("first", "second");
  private static final Pattern YEAR_AT_END = Pattern.compile("\\s(?:19|20)\\d{2}$");
  private static final Pattern ORDINAL_AT_START = Pattern.compile(
      "^(?:\\d{1,3}(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\\s");

  private OrdinalEditions() {}

  /**
   * Replaces each undated event mention right after an ordinal by the edition named with it; an undated
   * mention of the same event elsewhere takes that edition too when the article numbers only one.
   */
  static void apply(String text, List<Mention> mentions, int begin) {
    Map<String, String> ordinalOf = new HashMap<>(); // series key -> its one ordinal, or "" for several
    Map<Integer, String> numbered = new HashMap<>();
    Set<String> dated = new HashSet<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Entity e = m.entity();
      if (!e.is(EntityType.EVENT)) {
        continue;
      }
      if (YEAR_AT_END.matcher(e.label()).find()) {
        dated.add(key(e.label().replaceFirst("\\s\\d{4}$", "")));
        continue;
      }
      if (Lexicon.namesOf(e).stream().anyMatch(n -> ORDINAL_AT_START.matcher(n).find())) {
        continue; // "Fifth Nordic Forum", "54th Annual Meeting of the NIS": a name has its ordinal already
      }
      Matcher o = ORDINAL_BEFORE.matcher(text.substring(Math.max(begin, m.begin() - 16), m.begin()));
      if (o.find()) {
        String ordinal = o.group(1).toLowerCase(Locale.ROOT);
        if (!COUNTING.contains(ordinal)) {
          numbered.put(i, ordinal);
        }
        // "the second Forum" names no edition, but says the article speaks of more than one.
        ordinalOf.merge(key(e.label()), ordinal, (a, b) -> a.equals(b) ? a : "");
      }
    }
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Entity e = m.entity();
      String series = key(e.label());
      String ordinal = numbered.get(i);
      if (ordinal == null && e.is(EntityType.EVENT) && !dated.contains(series)) {
        String only = ordinalOf.get(series);
        ordinal = only == null || only.isEmpty() || COUNTING.contains(only) ? null : only;
      }
      if (ordinal != null && !YEAR_AT_END.matcher(e.label()).find()
          && Lexicon.namesOf(e).stream().noneMatch(n -> ORDINAL_AT_START.matcher(n).find())) {
        mentions.set(i, new Mention(edition(e, ordinal), m.begin(), m.end()));
      }
    }
  }

  /** The edition of {@code series} numbered {@code ordinal}: "16th" + every name of the series. */
  static Entity edition(Entity series, String ordinal) {
    String prefix = Character.isDigit(ordinal.charAt(0)) ? ordinal : ordinal.substring(0, 1).toUpperCase(Locale.ROOT) + ordinal.substring(1);
    String label = prefix + " " + series.label();
    TreeSet<String> alt = new TreeSet<>();
    for (String other : series.altLabels()) {
      alt.add(prefix + " " + other);
    }
    String acronym = series.acronym() != null ? prefix + " " + series.acronym() : null;
    if (acronym != null) {
      alt.add(acronym);
    }
    return new Entity(Slugs.of(label), label, acronym, alt, series.types(), new TreeSet<>(), null);
  }

  private static String key(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }
}
