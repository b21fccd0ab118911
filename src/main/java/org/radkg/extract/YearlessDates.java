package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives a month and day stated without a year ("took place on May 21") the year of the page that
 * states it, and the year before when the page, dated earlier in its year, tells of that day in the
 * past: a review of the year posted on 17 January speaks of last May. A sentence that states a
 * year, or speaks of what is to come, is left to the sentence's own reading.
 */
final class YearlessDates {
  private YearlessDates() {}

  private static final Pattern STATED_YEAR =
      Pattern.compile("(?<![\\d\\p{L}])(?:19|20)\\d{2}(?!\\d)");
  private static final Pattern FUTURE =
      Pattern.compile(
          "\\b(?:will|shall|to\\s+be|going\\s+to|upcoming|forthcoming|next|coming|scheduled|plans?|planned|register|registration|save\\s+the\\s+date|deadline|until|by)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PAST =
      Pattern.compile(
          "\\b(?:was|were|took\\s+place|had|met|opened|began|started|gathered|attended|celebrated|hosted|organi[sz]ed|launched|ended|concluded|marked)\\b",
          Pattern.CASE_INSENSITIVE);

  // "held in Vienna each year in March": a month that comes back every year dates no one event.
  private static final Pattern RECURRING =
      Pattern.compile(
          "\\b(?:each|every)\\s+year\\b|\\bannually\\b|\\byearly\\b", Pattern.CASE_INSENSITIVE);

  /**
   * {@code dates} without the months of a recurring sentence, and with each year-less date that a
   * yearless sentence tells in the past, later in the year than {@code published} (a full date, or
   * null), given the year before; the others as they are.
   */
  static List<DateMention> resolve(
      String text, List<Span> sentences, List<DateMention> dates, DateMention published) {
    boolean dated = published != null && published.xsdType().equals("date");
    List<DateMention> out = new ArrayList<>(dates.size());
    for (DateMention d : dates) {
      Span sentence = sentenceOf(sentences, d.span());
      if (d.value() != null || sentence == null) {
        out.add(d);
        continue;
      }
      String said = text.substring(sentence.begin(), sentence.end());
      if (STATED_YEAR.matcher(said).find()) {
        out.add(d); // "ICR 2020 opens on March 5": the sentence's year, read later
        continue;
      }
      String monthDay = d.xsdType().substring(4); // "date-05-21" -> "-05-21", "date-05" -> "-05"
      if (monthDay.length() == 3 && RECURRING.matcher(said).find()) {
        continue;
      }
      boolean later =
          dated && monthDay.compareTo(published.value().substring(4, 4 + monthDay.length())) > 0;
      boolean told = PAST.matcher(said).find() && !FUTURE.matcher(said).find();
      if (!later || !told) {
        out.add(
            d); // the page's year, which the sentence's own reading gives it unless the sentence
        // names an edition
        continue;
      }
      int resolved = published.year() - 1;
      out.add(
          new DateMention(
              d.span(), resolved + monthDay, monthDay.length() == 3 ? "gYearMonth" : "date"));
    }
    return out;
  }

  private static Span sentenceOf(List<Span> sentences, Span span) {
    for (Span s : sentences) {
      if (s.contains(span)) {
        return s;
      }
    }
    return null;
  }
}
