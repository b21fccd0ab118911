package org.radkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.radkg.corpus.LexiconFiles;

/**
 * Finds people named after a title of another language ("la Dra. Ana Ruiz", "il Professore Marco
 * Neri", "PD Dr. Lena Vogt", "Dr (Smt.) Lakshmi Rao"), and each name of a list after a plural one
 * ("os Drs. Rui Costa e Ana Lima"): the title is the cue an English page gives with "Dr." or "Mr.".
 */
final class ForeignTitledNames {
  private static final String GAP = "[ \\t\\u00A0]+";
  private static final String ENGLISH = "Prof\\.?|Professor|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|med\\.";
  private static final List<String> TITLES = LexiconFiles.entries("person-titles-foreign");
  private static final String FOREIGN = alternation(TITLES);
  private static final java.util.Set<String> RANKS =
      LexiconFiles.entries("title-ranks-foreign").stream()
          .map(w -> w.toLowerCase(java.util.Locale.ROOT))
          .collect(Collectors.toSet());
  // A title ends at a space, or at its dot; an honorific in brackets may follow or stand alone
  // ("Dr (Smt.)").
  private static final String ONE_TITLE =
      "(?:(?:"
          + FOREIGN
          + "|"
          + ENGLISH
          + ")|\\((?:"
          + FOREIGN
          + ")\\))(?:(?<=\\.)[ \\t\\u00A0]*|(?<=\\))[ \\t\\u00A0]*|"
          + GAP
          + ")";
  private static final Pattern TITLED =
      Pattern.compile("(?<![\\p{L}\\p{N}.])(?:" + ONE_TITLE + ")+(?=\\p{Lu})");
  // Names after English titles alone stay the titled reading's.
  private static final Pattern FOREIGN_TITLE =
      Pattern.compile("(?<![\\p{L}\\p{N}.])(?:" + FOREIGN + ")(?![\\p{L}\\p{N}])");
  private static final Pattern PLURAL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.])(?:"
              + alternation(LexiconFiles.entries("person-titles-foreign-plural"))
              + ")"
              + GAP
              + "(?=\\p{Lu})");
  // "Ana Ruiz y Luis Gil", "Rui Costa, Ana Lima e Luis Gil": what separates the names of a list.
  private static final Pattern SEPARATOR =
      Pattern.compile(
          "[ \\t\\u00A0]*(?:,[ \\t\\u00A0]*(?:(?:e|y|et|und|and)"
              + GAP
              + ")?|"
              + GAP
              + "(?:e|y|et|und|and|&)"
              + GAP
              + ")");

  private ForeignTitledNames() {}

  /**
   * The spans of the names in {@code text[begin, end)} after a title or a plural title of another
   * language: each a match of group 1 of {@code nameShape} that {@code plainName} accepts.
   */
  static List<Span> find(
      String text, int begin, int end, Pattern nameShape, Predicate<Span> plainName) {
    List<Span> found = new ArrayList<>();
    Matcher title = TITLED.matcher(text).region(begin, end).useTransparentBounds(true);
    while (title.find()) {
      if (!FOREIGN_TITLE.matcher(title.group()).find()) {
        continue;
      }
      Matcher name = nameShape.matcher(text).region(title.end(), end);
      if (name.lookingAt() && named(name, plainName)) {
        found.add(new Span(name.start(1), name.end(1)));
      }
    }
    Matcher plural = PLURAL.matcher(text).region(begin, end).useTransparentBounds(true);
    while (plural.find()) {
      Matcher name = nameShape.matcher(text).region(plural.end(), end);
      while (name.lookingAt() && named(name, plainName)) {
        found.add(new Span(name.start(1), name.end(1)));
        Matcher sep = SEPARATOR.matcher(text).region(name.end(1), end);
        if (!sep.lookingAt()) {
          break;
        }
        name.region(sep.end(), end);
      }
    }
    return found;
  }

  // A name that the caller accepts and that opens with no rank ("Ordinario di Radiologia").
  private static boolean named(Matcher name, Predicate<Span> plainName) {
    String first = name.group(1).split("[ \\t\\u00A0]+", 2)[0];
    return !RANKS.contains(first.toLowerCase(java.util.Locale.ROOT))
        && plainName.test(new Span(name.start(1), name.end(1)));
  }

  /** Whether {@code word} is a title of another language written before a name ("Dra.", "Haji"). */
  static boolean isTitle(String word) {
    return TITLES.contains(word);
  }

  private static String alternation(List<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }
}
