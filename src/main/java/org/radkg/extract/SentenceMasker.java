package org.radkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Masks one sentence for the relation readers: each entity it names, each date it states and each
 * phrase that refers back ("the College", "it", "the committee") becomes a typed slot.
 */
final class SentenceMasker {
  private static final java.util.regex.Pattern YEAR_AT_END =
      java.util.regex.Pattern.compile("\\b((?:19|20)\\d{2})$");

  private final AnaphoraResolver anaphora = new AnaphoraResolver();

  /**
   * {@code sentence} of {@code text} masked, given the article's {@code mentions}, dates, the
   * society that "we" means and the article's reference year (null when unknown), which dates a
   * year-less date of a sentence without a year.
   */
  MaskedSentence mask(
      String text,
      Span sentence,
      List<Mention> mentions,
      List<DateMention> allDates,
      Entity society,
      Integer referenceYear) {
    List<Mention> inside = new ArrayList<>();
    List<Mention> before = new ArrayList<>();
    for (Mention m : mentions) {
      if (sentence.contains(new Span(m.begin(), m.end()))) {
        inside.add(m);
      } else if (m.end() <= sentence.begin()) {
        before.add(m);
      }
    }
    List<Slot> slots = new ArrayList<>();
    List<DateMention> sentenceDates = new ArrayList<>();
    for (DateMention d : allDates) {
      if (sentence.contains(d.span())
          && inside.stream().noneMatch(m -> d.span().overlaps(new Span(m.begin(), m.end())))) {
        sentenceDates.add(d);
      }
    }
    sameYear(text, sentence, allDates, sentenceDates);
    List<DateMention> resolved =
        DateFinder.resolveYears(sentenceDates, eventYear(inside), referenceYear);
    mentionSlots(inside, slots);
    for (DateMention d : resolved) {
      slots.add(new Slot('D', null, d, d.span(), false));
    }
    List<Slot> referred = new ArrayList<>(anaphora.resolve(text, sentence, before, society));
    referred.addAll(GroupAnaphora.resolve(text, sentence, before));
    for (Slot s : referred) {
      if (slots.stream().noneMatch(o -> o.span().overlaps(s.span()))) {
        slots.add(s);
      }
    }
    slots.removeIf(s -> s.code() == 'T');
    slots.sort(Comparator.comparingInt(s -> s.span().begin()));
    return new MaskedSentence(text, sentence, slots);
  }

  // Each name of the sentence is a slot; EditionResolver has already made a dated series its
  // edition.
  private static void mentionSlots(List<Mention> inside, List<Slot> slots) {
    for (Mention m : inside) {
      slots.add(
          new Slot(Slot.codeOf(m.entity()), m.entity(), null, new Span(m.begin(), m.end()), false));
    }
  }

  // "That same year, Minja established the program": the year the text stated last, before this
  // sentence.
  private static final java.util.regex.Pattern SAME_YEAR =
      java.util.regex.Pattern.compile("\\b(?:[Tt]hat|[Tt]he) same year\\b|\\b[Tt]hat year\\b");

  private static void sameYear(
      String text, Span sentence, List<DateMention> allDates, List<DateMention> sentenceDates) {
    if (sentenceDates.stream().anyMatch(d -> d.value() != null)) {
      return;
    }
    Matcher same = SAME_YEAR.matcher(text).region(sentence.begin(), sentence.end());
    if (!same.find()) {
      return;
    }
    DateMention last = null;
    for (DateMention d : allDates) {
      if (d.span().end() <= sentence.begin() && d.value() != null) {
        last = d;
      }
    }
    if (last != null) {
      sentenceDates.add(
          new DateMention(
              new Span(same.start(), same.end()), Integer.toString(last.year()), "gYear"));
      sentenceDates.sort(Comparator.comparingInt(d -> d.span().begin()));
    }
  }

  private static Integer eventYear(List<Mention> inside) {
    for (Mention m : inside) {
      if (m.entity().is(EntityType.EVENT)) {
        Matcher y = YEAR_AT_END.matcher(m.entity().label());
        if (y.find()) {
          return Integer.parseInt(y.group(1));
        }
      }
    }
    return null;
  }
}
