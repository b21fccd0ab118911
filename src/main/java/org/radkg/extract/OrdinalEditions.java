package org.radkg.extract;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.vocab.Slugs;

/**
 * Names an event that an article counts by its edition ("the 6th International Conference on
 * Isotopes", "the fifth Regional Imaging Conference", "a 12ª Jornada Serrana de Imagem") with that
 * ordinal, as the text and its readers name it; the article's other mentions of the bare name stand
 * for the same edition.
 */
final class OrdinalEditions {
  // Spanish, Portuguese and Italian write the ordinal with a raised letter or a degree sign: "the
  // 54ª Jornada", "the 3º Encontro", "the 45° Congresso".
  static final Pattern ORDINAL_BEFORE =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\p{N}])(\\d{1,3}(?:st|nd|rd|th|[ªº°])|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
              + "|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)[ \\t\\u00A0]+$");
  // A label that already fixes its edition, by a year or an ordinal of its own.
  private static final Pattern FIXED =
      Pattern.compile(
          "\\b(?:19|20)\\d{2}\\b|^\\d{1,3}[ªº°]|^(?:\\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\\b",
          Pattern.CASE_INSENSITIVE);

  private OrdinalEditions() {}

  /**
   * Replaces, in {@code mentions}, each event counted by one ordinal in {@code text} with that
   * edition.
   */
  static void name(String text, List<Mention> mentions) {
    Map<Entity, String> ordinals = new HashMap<>();
    Map<Entity, Boolean> ambiguous = new HashMap<>();
    for (Mention m : mentions) {
      Entity e = m.entity();
      if (!e.is(EntityType.EVENT) || FIXED.matcher(e.label()).find()) {
        continue;
      }
      int lineStart = text.lastIndexOf('\n', m.begin() - 1) + 1;
      Matcher o =
          ORDINAL_BEFORE.matcher(text.substring(Math.max(lineStart, m.begin() - 16), m.begin()));
      if (o.find()) {
        String ordinal = capitalized(o.group(1));
        String had = ordinals.putIfAbsent(e, ordinal);
        // "the 5th and the 6th Conference": two editions named, none for the bare name.
        if (had != null && !had.equals(ordinal)) {
          ambiguous.put(e, true);
        }
      }
    }
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String ordinal = ordinals.get(m.entity());
      if (ordinal != null && !ambiguous.containsKey(m.entity())) {
        mentions.set(i, new Mention(edition(m.entity(), ordinal), m.begin(), m.end()));
      }
    }
  }

  private static Entity edition(Entity series, String ordinal) {
    String label = ordinal + " " + series.label();
    TreeSet<String> alt = new TreeSet<>();
    for (String other : series.altLabels()) {
      // "54th Annual Meeting of the ..." already counts its edition: no second ordinal before it.
      if (other.contains(" ") && !FIXED.matcher(other).find()) {
        alt.add(ordinal + " " + other);
      }
    }
    return new Entity(
        Slugs.of(label), label, null, alt, EnumSet.copyOf(series.types()), new TreeSet<>(), null);
  }

  private static String capitalized(String ordinal) {
    return ordinal.substring(0, 1).toUpperCase(Locale.ROOT)
        + ordinal.substring(1).toLowerCase(Locale.ROOT);
  }
}
