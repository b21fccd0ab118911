package org.radkg.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The year of an awareness day's celebration that its sentence dates in full ("members celebrate
 * this year's World X Day on the 8th November 2031", "Thursday 7 November 2031, the agency joins
 * the celebration of the International Day of X"): the sentence speaks of celebrating and states
 * exactly one full date.
 */
final class CelebratedDays {
  // Words that make a sentence about the day's own celebration, not about something else that
  // happens on a date near a mention of the campaign.
  private static final Pattern CELEBRATION =
      Pattern.compile(
          "(?i)\\b(?:celebrat\\p{L}*|commemorat\\p{L}*|observ(?:e|es|ed|ing|ance)|mark(?:s|ed|ing)?\\s+(?:the|this|that)\\b)");
  private static final DateFinder DATES = new DateFinder();

  private CelebratedDays() {}

  // "the first annual World X Day": the first celebration is the day's own start, not an edition.
  private static final Pattern FIRST_BEFORE =
      Pattern.compile("(?i)\\b(?:first|inaugural)\\s+(?:annual\\s+)?$");
  private static final Pattern DAY = Pattern.compile("\\bDay\\b");

  /**
   * The year of the one full date in the celebrating sentence around {@code [from, to)}, where the
   * name written there is a day's (a week or a month is a campaign that spans dates).
   */
  static Optional<String> year(String text, int from, int to, int end) {
    if (!DAY.matcher(text.substring(from, to)).find()
        || FIRST_BEFORE.matcher(text.substring(Math.max(0, from - 24), from)).find()) {
      return Optional.empty();
    }
    int begin = from;
    while (begin > 0 && ".!?\n".indexOf(text.charAt(begin - 1)) < 0) {
      begin--;
    }
    int stop = to;
    while (stop < end && !sentenceEnd(text, stop)) {
      stop++;
    }
    if (!CELEBRATION.matcher(text.substring(begin, stop)).find()) {
      return Optional.empty();
    }
    List<DateMention> full =
        DATES.find(text, begin, stop).stream()
            .filter(d -> d.value() != null && "date".equals(d.xsdType()))
            .toList();
    return full.size() == 1 ? Optional.of(full.get(0).value().substring(0, 4)) : Optional.empty();
  }

  // "7. November 2031": a day written with a full stop, then its month and year, ends no sentence.
  private static final Pattern DOTTED_DAY = Pattern.compile("^\\.\\s+\\p{Lu}\\p{Ll}+\\s+\\d{4}");

  private static boolean sentenceEnd(String text, int at) {
    char c = text.charAt(at);
    if (c == '\n' || c == '!' || c == '?') {
      return true;
    }
    if (c != '.' || (at + 1 < text.length() && !Character.isWhitespace(text.charAt(at + 1)))) {
      return false;
    }
    return at == 0
        || !Character.isDigit(text.charAt(at - 1))
        || !DOTTED_DAY.matcher(text.substring(at, Math.min(text.length(), at + 24))).find();
  }
}
