package org.radkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves "the group", "the committee" in a sentence listing its members ("The members of the
 * group were Dr. A (Chair), Dr. B and Dr. C") to the last organization of that kind named before,
 * and "both organizations", "the three societies" to the organizations the sentence before names,
 * when it names exactly that many.
 */
final class GroupAnaphora {
  private static final String HEAD =
      "(?<head>group|committee|panel|task\\s+force|board|council|jury|faculty|team)";
  private static final Pattern MEMBERS_OF_THE_GROUP =
      Pattern.compile(
          "\\b(?:[Mm]embers\\s+of\\s+)?(?<the>[Tt]he\\s+(?:[\\p{Ll}-]+\\s+)?"
              + HEAD
              + ")(?:['’]s)?(?:\\s+members)?"
              + "\\s+(?:were|are|include|included|includes|comprises|comprised|consists\\s+of|consisted\\s+of|is\\s+made\\s+up\\s+of|was\\s+made\\s+up\\s+of)\\b");
  private static final Pattern MEMBERS_WORD =
      Pattern.compile(
          "\\b(?:[Mm]embers|include|includes|included|comprises|comprised|consists|consisted|made\\s+up)\\b");

  // "both organizations", "the two societies", "The three partners".
  private static final Pattern NUMBERED_GROUP =
      Pattern.compile(
          "\\b(?:[Bb]oth(?:\\s+(?:the|of\\s+the))?|[Tt]he\\s+(?<n>two|three|four|five))\\s+(?:[\\p{Ll}-]+\\s+)?"
              + "(?:organi[sz]ations|societies|associations|institutions|bodies|groups|parties|partners|colleges|federations|agencies|partner\\s+organi[sz]ations)\\b");
  private static final List<String> NUMBERS = List.of("two", "three", "four", "five");
  // The end of the sentence before: a full stop, question or exclamation mark and a space.
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?\\s");

  private GroupAnaphora() {}

  /**
   * Slots for "both organizations" in {@code span}: the first covers the phrase, the others stand
   * empty right after it, so that the phrase reads as a list of the organizations it stands for;
   * none when the sentence before does not name exactly as many organizations.
   */
  static List<Slot> resolveNumbered(String text, Span span, List<Mention> before) {
    Matcher m = NUMBERED_GROUP.matcher(text.substring(span.begin(), span.end()));
    if (!m.find()) {
      return List.of();
    }
    int n = m.group("n") == null ? 2 : NUMBERS.indexOf(m.group("n").toLowerCase(Locale.ROOT)) + 2;
    List<Entity> named = organizationsOfSentenceBefore(text, span, before);
    if (named.size() != n) {
      return List.of();
    }
    List<Slot> out = new java.util.ArrayList<>();
    int begin = span.begin() + m.start();
    int end = span.begin() + m.end();
    for (int i = 0; i < n; i++) {
      Entity e = named.get(i);
      out.add(
          new Slot(
              Slot.codeOf(e), e, null, i == 0 ? new Span(begin, end) : new Span(end, end), true));
    }
    return out;
  }

  // The distinct organizations named in the nearest sentence before {@code span} that names any
  // ("The agreement was signed in Vienna." between the pair and "both organizations" names none).
  private static List<Entity> organizationsOfSentenceBefore(
      String text, Span span, List<Mention> before) {
    int last = span.begin();
    List<Entity> out = List.of();
    for (int back = 0; back < 3 && out.isEmpty() && last > 0; back++) {
      // The sentence before ends where this one begins, less the spaces and its closing mark.
      while (last > 0 && Character.isWhitespace(text.charAt(last - 1))) {
        last--;
      }
      last = Math.max(0, last - 1);
      int from = Math.max(0, last - 600);
      Matcher end = SENTENCE_END.matcher(text).region(from, last);
      while (end.find()) {
        from = end.end();
      }
      out = organizationsIn(before, from, last + 1);
      last = from;
    }
    return out;
  }

  private static List<Entity> organizationsIn(List<Mention> mentions, int from, int to) {
    java.util.LinkedHashSet<Entity> named = new java.util.LinkedHashSet<>();
    for (Mention m : mentions) {
      if (m.begin() >= from && m.end() <= to && m.entity().primaryType().isOrganization()) {
        named.add(m.entity());
      }
    }
    return List.copyOf(named);
  }

  /** A slot for "the group" of {@code span} when the sentence lists its members, else none. */
  static List<Slot> resolve(String text, Span span, List<Mention> before) {
    List<Slot> numbered = resolveNumbered(text, span, before);
    if (!numbered.isEmpty()) {
      return numbered;
    }
    String sentence = text.substring(span.begin(), span.end());
    Matcher m = MEMBERS_OF_THE_GROUP.matcher(sentence);
    if (!m.find() || !MEMBERS_WORD.matcher(sentence.substring(m.start(), m.end())).find()) {
      return List.of();
    }
    String head = m.group("head").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    for (int i = before.size() - 1; i >= 0; i--) {
      Entity e = before.get(i).entity();
      if (e.primaryType().isOrganization()
          && e.label().toLowerCase(Locale.ROOT).endsWith(" " + head)) {
        return List.of(
            new Slot(
                Slot.codeOf(e),
                e,
                null,
                new Span(span.begin() + m.start("the"), span.begin() + m.end("the")),
                true));
      }
    }
    return List.of();
  }
}
