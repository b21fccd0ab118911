package org.radkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads when an initiative starts from a sentence that states a start ("launched", "opens", "begins",
 * "will run from") and one date introduced by "in", "on", "from" or "since": the one initiative the
 * sentence names starts then; a sentence that names none ("Enrollment opened in October 2023", "The
 * first fellows begin in January") dates the initiative its article names most.
 */
final class InitiativeStartDates {
  private static final Pattern START = Pattern.compile("(?i)\\b(?:launch(?:ed|es|ing)?|start(?:ed|s|ing)?|began|begins?|"
      + "open(?:ed|s)|kick(?:ed|s)?\\s+off|commenc(?:ed|es|ing)|roll(?:ed|s)?\\s+out|inaugurat(?:ed|es)|unveil(?:ed|s)|"
      + "debut(?:ed|s)|go(?:es)?\\s+live|went\\s+live|set\\s+up|established|introduc(?:ed|es))\\b");
  // "will connect 40 clinics from 1 April 2025": a start stated by the date alone.
  private static final Pattern FROM_DATE = Pattern.compile("\\b(?:from|starting|beginning|as\\s+of)\\s+⟦D\\d+⟧");
  // The date a start is stated at: "in March 2024", "on 3 May", "from 2025", "since 2019".
  private static final Pattern STATED_DATE = Pattern.compile("(?i)\\b(?:in|on|from|since|starting|beginning|as\\s+of)\\s+(?:the\\s+)?⟦D(\\d+)⟧(?!\\s*⟦)");
  private static final Pattern SLOT = Pattern.compile("⟦([A-Z])(\\d+)⟧");

  // "which", "that", "who" open a clause about another noun: "organized webinars which began in 2023".
  private static final Pattern OTHER_CLAUSE = Pattern.compile("(?i)\\b(?:which|who|whose|while|when|after|before)\\b|[;⟦]");
  // How far the verb may stand from the initiative: "⟦I⟧ was officially launched", "launched a new series, ⟦I⟧".
  private static final int NEAR = 40;
  // "An animated video series kicked off in October": an indefinite subject is something new, not the article's initiative.
  private static final Pattern NEW_THING = Pattern.compile("(?i)\\s*(?:an?|another|one|some)\\s");

  private InitiativeStartDates() {}

  // The initiative is what starts: the verb stands just after it (its subject) or just before it (its object).
  private static boolean startsNear(String masked, int begin, int end, List<int[]> starts) {
    for (int[] st : starts) {
      String between = st[0] >= end ? masked.substring(end, st[0]) : st[1] <= begin ? masked.substring(st[1], begin) : null;
      if (between != null && between.length() <= NEAR && !OTHER_CLAUSE.matcher(between).find()) {
        return true;
      }
    }
    return false;
  }

  /** The initiative {@code mentions} name most often, when one is named at least twice, else none. */
  static Entity mainInitiative(List<Mention> mentions) {
    return MostNamed.of(mentions, EntityType.INITIATIVE);
  }


  /** The start date {@code s} states for its one initiative, or for {@code main} when it names none. */
  static List<Relation> read(MaskedSentence s, Entity main) {
    String masked = s.masked();
    List<int[]> starts = new ArrayList<>();
    for (Pattern p : List.of(START, FROM_DATE)) {
      Matcher start = p.matcher(masked);
      while (start.find()) {
        starts.add(new int[] {start.start(), start.end()});
      }
    }
    if (starts.isEmpty()) {
      return List.of();
    }
    List<Integer> dates = new ArrayList<>();
    Matcher d = STATED_DATE.matcher(masked);
    while (d.find()) {
      dates.add(Integer.parseInt(d.group(1)));
    }
    if (dates.size() != 1) {
      return List.of(); // no date, or several: which one starts what is not this reader's to say
    }
    Set<Entity> initiatives = new LinkedHashSet<>();
    boolean initiativeStarts = false;
    boolean otherActors = false;
    boolean events = false;
    Matcher m = SLOT.matcher(masked);
    while (m.find()) {
      Slot slot = s.slot(Integer.parseInt(m.group(2)));
      switch (slot.code()) {
        case 'I' -> {
          initiatives.add(slot.entity());
          initiativeStarts |= startsNear(masked, m.start(), m.end(), starts);
        }
        // An event's dates are its own; an organization or a person may be what starts.
        case 'E' -> events = true;
        case 'O', 'H' -> otherActors = true;
        default -> { }
      }
    }
    Entity subject;
    ReadingMethod method;
    if (events) {
      return List.of();
    }
    if (initiatives.size() == 1 && !initiatives.contains(null) && initiativeStarts) {
      subject = initiatives.iterator().next();
      method = ReadingMethod.INITIATIVE_START_STATED;
    } else if (initiatives.isEmpty() && !otherActors && main != null && !NEW_THING.matcher(masked).lookingAt()) {
      subject = main;
      method = ReadingMethod.ARTICLE_INITIATIVE_START;
    } else {
      return List.of();
    }
    Slot date = s.slot(dates.get(0));
    if (date.date() == null || !RelationExtractor.allowed(subject, Predicate.START_DATE, date.date().literal())) {
      return List.of();
    }
    Evidence evidence = new Evidence(s.text(), s.span().begin(), s.span().end());
    return List.of(new Relation(subject, Predicate.START_DATE, date.date().literal(), evidence, method));
  }
}
