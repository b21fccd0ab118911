package org.radkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entity a sentence's "It" or "Its" continues: the organization, initiative or event the
 * sentence before opens with ("The EFRS signed ... It also ..."), looking further back past
 * sentences that themselves open with such a reference ("X is a project. It aims ... It is funded
 * by ..."); none when the sentence before opens with anything else, for "it" then stands for
 * something without a name.
 */
final class PreviousSubject {
  // The end of a sentence: a full stop, question or exclamation mark (a closing quote or bracket)
  // and a
  // space, or a line break (a title or a list item is a sentence of its own).
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?\\s|\\n");
  // What may stand before the subject at a sentence's opening: a bullet, a quote, a short fronted
  // phrase of time
  // ("On 9 May 2031, the ...", "Last week, the ..."), an article and an edition's count ("The
  // 11th", "the first annual"):
  // the counted event is what the sentence is about, and what a following "It" continues.
  private static final Pattern OPENING =
      Pattern.compile(
          "[\\s•*·–\"“‘-]*"
              + "(?:(?:On|In|From|During|Last|Earlier|This|Next)\\s[^,;.⟦⟧\\n]{1,40},\\s+)?"
              + "(?:(?:[Tt]he|[Tt]his|[Tt]hat)\\s+)?"
              + "(?:(?:\\d{1,3}(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth"
              + "|[Aa]nnual|[Ii]naugural)\\s+){0,2}");
  // A sentence that opens with a reference to the subject named before it, so the subject lies
  // further back.
  private static final Pattern REFERENCE_OPENING =
      Pattern.compile(
          "[\\s•*·–\"“‘-]*(?:It|Its|The\\s+(?:[\\p{Ll}-]+\\s+)?(?:project|programme|program|initiative|network|registry|platform|campaign"
              + "|consortium|coalition|alliance|partnership|congress|meeting|conference|symposium|course|organi[sz]ation|society|college"
              + "|association|federation|foundation|agency|institute))\\b");
  // Head words of initiatives and events.
  private static final Pattern ACTIVITY_WORD =
      Pattern.compile(
          "\\b(?:project|programme|program|initiative|registry|platform|campaign|course|curriculum|study|survey|network|consortium"
              + "|coalition|alliance|partnership|congress|meeting|conference|symposium|summit|workshop|webinar|event|series|fellowship"
              + "|award|grant|guideline|guidelines|statement|report|plan|strategy)s?\\b",
          Pattern.CASE_INSENSITIVE);
  // How far back the sentences are searched, in characters and in sentences.
  private static final int WINDOW = 600;
  private static final int DEPTH = 3;

  private PreviousSubject() {}

  /**
   * The subject {@code sentence}'s opening pronoun continues, given the mentions before it in text
   * order; null when none.
   */
  static Entity of(String text, Span sentence, List<Mention> before) {
    int end = sentence.begin();
    for (int depth = 0; depth < DEPTH; depth++) {
      int begin = previousStart(text, end);
      if (begin >= end) {
        return null;
      }
      Mention opening = openingMention(text, begin, end, before);
      if (opening != null) {
        boolean actor =
            opening.entity().primaryType().isOrganization()
                || opening.entity().is(EntityType.INITIATIVE)
                || opening.entity().is(EntityType.EVENT);
        return actor && !contested(text, end, opening, before) ? opening.entity() : null;
      }
      if (!REFERENCE_OPENING.matcher(text).region(begin, end).lookingAt()) {
        return null;
      }
      end = begin;
    }
    return null;
  }

  // Where the sentence ending at {@code end} (exclusive, spaces before it skipped) begins.
  private static int previousStart(String text, int end) {
    int last = end;
    while (last > 0 && Character.isWhitespace(text.charAt(last - 1))) {
      last--;
    }
    // The sentence's own closing mark is no boundary.
    last = Math.max(0, last - 1);
    int from = Math.max(0, last - WINDOW);
    Matcher m = SENTENCE_END.matcher(text).region(from, last);
    int begin = from;
    while (m.find()) {
      begin = m.end();
    }
    return begin;
  }

  // "ECR 2025 saw the launch of the EuroSafe campaign. It aims to ...": when the sentence of the
  // subject also
  // names another initiative or event, or speaks of one without its name ("a new course", "the
  // registry"),
  // "it" may be either.
  private static boolean contested(String text, int end, Mention subject, List<Mention> before) {
    for (Mention m : before) {
      if (m.begin() >= subject.end()
          && m.end() <= end
          && !m.entity().key().equals(subject.entity().key())
          && (m.entity().is(EntityType.INITIATIVE) || m.entity().is(EntityType.EVENT))) {
        return true;
      }
    }
    return ACTIVITY_WORD.matcher(text).region(subject.end(), end).find();
  }

  // The mention that opens text[begin, end), or null.
  private static Mention openingMention(String text, int begin, int end, List<Mention> before) {
    Matcher opening = OPENING.matcher(text).region(begin, end);
    if (!opening.lookingAt()) {
      return null;
    }
    int at = opening.end();
    // The mentions are not always in text order (editions and owned names are added after): all are
    // looked at.
    for (Mention m : before) {
      if (m.begin() == at) {
        return m;
      }
    }
    return null;
  }
}
