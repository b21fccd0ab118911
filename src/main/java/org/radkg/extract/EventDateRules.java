package org.radkg.extract;

import java.util.List;

/**
 * Start-date patterns for days, weeks and meetings that a sentence dates without the usual
 * "launched in" wording: a date-fronted celebration ("On Sunday, November 8, the societies will
 * celebrate the first International Day of X"), a passive celebration ("X will be celebrated on
 * 11-15 May"), a relative clause ("X, which was on November 7") and a bare American date after
 * "held" ("X, to be held May 19–23, 2031").
 */
final class EventDateRules {
  private EventDateRules() {}

  private static final String WEEKDAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)";
  // What a celebration's subject clause may hold: words, organizations, places and people, but no
  // other dated thing.
  private static final String CLAUSE = "(?:[^.;⟦⟧]|⟦[OPH]\\d+⟧){0,200}?";
  private static final String LATER =
      "(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th))";
  // "the first annual X" is the series' own start; "the 7th X", "the fourth annual X" only an
  // edition's (a series slot then stays undated).
  private static final String OCCURRENCE =
      "(?:(?:first|annual|inaugural|global|international)\\s+)*(?:"
          + LATER
          + "\\s+(?:annual\\s+)?(?=⟦E))?";
  private static final String NOT_A_LATER_SERIES = "(?<!" + LATER + "\\s(?:annual\\s)?)";
  // Only a celebration dates its object: "marked the 10th anniversary of X" dates the anniversary,
  // not X.
  private static final String CELEBRATES =
      "(?:celebrat(?:e|es|ed|ing)|commemorat(?:e|es|ed|ing)|observ(?:e|es|ed|ing)|(?:the\\s+)?(?:celebration|commemoration|observance)\\s+of)";
  private static final String PAREN = "(?:\\s*\\(⟦[IE]\\d+⟧\\))?";

  private static final String TAKES_PLACE =
      "(?:(?:will|is|was|were|to\\s+be|be|has\\s+been|have\\s+been)\\s+){0,2}"
          + "(?:take\\s+place|takes\\s+place|took\\s+place|taking\\s+place|held|opens|opened|begins|began|starts|started)";
  // An aside in parentheses, slots allowed: "(2031 NSI)", "(AFRA)".
  private static final String ASIDE = "\\s*\\((?:[^()⟦⟧.;]|⟦[ODIEP]\\d+⟧){1,60}\\)";

  static final List<RelationRule> ALL =
      List.of(
          // "The Closing Meeting of the Regional Project “X” (AFRA) will take place in Kampala from
          // 23 April": the meeting's date, not the project's.
          RelationRule.of(
              "meeting-of-named-project-date",
              Predicate.START_DATE,
              "o",
              "d",
              "{E:o}\\s*(?:of\\s+(?:the\\s+)?)?[\"“‘]?⟦I\\d+⟧[\"”’]?(?:"
                  + ASIDE
                  + ")?[\"”’]?,?\\s+"
                  + TAKES_PLACE
                  + "\\b(?:[^.;⟦⟧]|⟦P\\d+⟧){0,60}?\\b(?:on|from|in)\\s+{D:d}"),
          // A heading: "Joint Annual Meeting ~ 19-25 May 2031", "Nordic Congress of Imaging – 3-5
          // June 2031" (a line of its own).
          RelationRule.of(
              "event-heading-date",
              Predicate.START_DATE,
              "o",
              "d",
              "^\\s*{E:o}\\s*(?:~|–|—|-|:|\\|)\\s*{D:d}\\s*$"),
          // "The 5th Annual Meeting of the Society (2031 NSI) was held from 11–15 June 2031": an
          // aside with a year or name does not hide the date.
          RelationRule.of(
              "event-aside-held-date",
              Predicate.START_DATE,
              "o",
              "d",
              "{E:o}"
                  + ASIDE
                  + ",?\\s+"
                  + TAKES_PLACE
                  + "\\s+(?:on|from|in)\\s+"
                  + WEEKDAY
                  + "?{D:d}"),
          // "On Sunday, November 8, ... will celebrate the fourth annual X", "Thursday 7 November,
          // A will join B in the celebration of the 7th X".
          RelationRule.of(
              "date-fronted-celebration",
              Predicate.START_DATE,
              "o",
              "d",
              "(?:^\\s*|\\b[Oo]n\\s+)"
                  + WEEKDAY
                  + "?{D:d},\\s+"
                  + CLAUSE
                  + "\\b"
                  + CELEBRATES
                  + "\\s+(?:the\\s+)?"
                  + OCCURRENCE
                  + "{IE:o}"),
          // "Members celebrate this year's “World X Day” on the 8th November 2031": an active
          // celebration on a date dates that year's day (not the day's series, which a yearly
          // celebration does not start, nor "Each year we celebrate X on 8 November").
          RelationRule.of(
              "celebrates-on-date",
              Predicate.START_DATE,
              "o",
              "d",
              "(?<!(?:ach|ery) year )(?<!(?:ach|ery) year we )(?<!(?:ach|ery) year they )\\b"
                  + CELEBRATES
                  + "\\s+(?:the\\s+|this\\s+year['’]s\\s+)?"
                  + OCCURRENCE
                  + "[\"“‘]?{E:o}[\"”’]?"
                  + PAREN
                  + "\\s+(?:on|from)\\s+(?:the\\s+)?"
                  + WEEKDAY
                  + "?{D:d}"),
          // "The first X shall be celebrated on 11-15 May": a passive celebration is the day's own
          // date.
          RelationRule.of(
              "celebrated-on-date",
              Predicate.START_DATE,
              "o",
              "d",
              NOT_A_LATER_SERIES
                  + "{IE:o}"
                  + PAREN
                  + "\\s+(?:(?:is|are|was|were|will|shall|would|be|to|being|also|again)\\s+){1,3}(?:celebrated|commemorated|observed)\\s+(?:on|in|from)\\s+"
                  + WEEKDAY
                  + "?{D:d}"),
          // "the International Day of X (IDX), which was on November 7".
          RelationRule.of(
              "which-was-on-date",
              Predicate.START_DATE,
              "o",
              "d",
              NOT_A_LATER_SERIES
                  + "{IE:o}"
                  + PAREN
                  + ",\\s+(?:which|that)\\s+(?:was|is|will\\s+be|falls|fell)\\s+(?:on|from)\\s+"
                  + WEEKDAY
                  + "?{D:d}"),
          // "On 9 May 2031, the 6th Nordic Congress opened in Oslo": a date-fronted clause whose
          // subject is the event and whose verb
          // is its taking place or opening dates the event (not "On 9 May, the Society announced
          // X", whose verb is another act).
          RelationRule.of(
              "date-fronted-event-start",
              Predicate.START_DATE,
              "o",
              "d",
              "(?:^\\s*|\\b[Oo]n\\s+)"
                  + WEEKDAY
                  + "?{D:d},\\s+(?:the\\s+)?(?:(?:"
                  + LATER
                  + "|first|annual|inaugural)\\s+){0,2}{E:o}"
                  + PAREN
                  + "\\s+(?:(?:was|were|is|will|be|has|have|been|officially|formally|successfully)\\s+){0,2}"
                  + "(?:began|begins|opened|opens|kicked\\s+off|kicks\\s+off|got\\s+underway|gets\\s+underway|took\\s+place|takes\\s+place|held|convened|started|starts|commenced|commences)\\b"),
          // "On 20 October 2031, a memorandum was signed at the 45th Autumn Congress in Oslo": what
          // a date-fronted sentence
          // tells of a moment at an event dates the event.
          RelationRule.of(
              "date-fronted-at-event",
              Predicate.START_DATE,
              "o",
              "d",
              "^\\s*[Oo]n\\s+"
                  + WEEKDAY
                  + "?{D:d},\\s+(?:[^.;⟦⟧]|⟦[OPH]\\d+⟧){0,150}?\\b(?:at|during)\\s+(?:the\\s+)?(?:(?:"
                  + LATER
                  + "|annual)\\s+){0,2}{E:o}"),
          // "X, which took place 11–14 February 2031, in Y", "X took place during 3-5 May 2031": a
          // taking-place verb with the date
          // right after it, no preposition or "during".
          RelationRule.of(
              "takes-place-bare-date",
              Predicate.START_DATE,
              "o",
              "d",
              "{E:o}"
                  + PAREN
                  + ",?\\s+(?:(?:which|that)\\s+)?"
                  + TAKES_PLACE
                  + "\\s+(?:during\\s+)?"
                  + WEEKDAY
                  + "?{D:d}"),
          // "X, to be held May 19–23, 2031", "X, which will be held May 19–23", "X, held June 6-10
          // in Y": no preposition, the date follows the verb.
          RelationRule.of(
              "held-bare-date",
              Predicate.START_DATE,
              "o",
              "d",
              "{E:o}"
                  + PAREN
                  + ",?\\s+(?:(?:to\\s+be|which\\s+(?:will\\s+be|was|is)|that\\s+(?:will\\s+be|was|is)|being|will\\s+be|was|is)\\s+)?held\\s+"
                  + WEEKDAY
                  + "?{D:d}"));
}
