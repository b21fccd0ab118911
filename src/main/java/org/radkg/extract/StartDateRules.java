package org.radkg.extract;

import java.util.List;

/**
 * Relation patterns that read when an initiative or event starts: "Y was launched in March 2024",
 * "Y will take place on 3 June", "Y, founded in 1995". Part of {@link RelationRules#ALL}, in its
 * order.
 */
final class StartDateRules {
  private StartDateRules() {}

  static final List<RelationRule> ALL =
      List.of(
          // --- start dates
          RelationRule.of(
              "event-on-date",
              Predicate.START_DATE,
              "o",
              "d",
              "{E:o}[’”\"]?"
                  + RuleParts.EVENT_OWNER
                  + "(?:,?\\s+in\\s+"
                  + RuleParts.UNLISTED_TOWN
                  + "⟦P\\d+⟧(?:,\\s*(?:the\\s+)?⟦P\\d+⟧)?)?(?:\\s*,\\s*|\\s*\\(\\s*|\\s*,?\\s+(?:(?:lasts|lasted|runs|ran|will\\s+(?:last|run))\\s+)?(?:on|from|in)\\s+){D:d}"),
          RelationRule.of(
              "held-on-date-theme",
              Predicate.START_DATE,
              "o",
              "d",
              "\\b(?:held|took place|organi[sz]ed|hosted|conducted)\\s+(?:on|in)\\s+{D:d},?\\s+(?:on\\s+the\\s+(?:theme|topic)\\s+of|titled|entitled)\\s+[‘“\"]?{E:o}"),
          RelationRule.of(
              "in-date-launched",
              Predicate.START_DATE,
              "o",
              "d",
              "\\b(?:in|since|on)\\s+(?:the\\s+(?:coming|upcoming|early|late|spring|summer|autumn|fall|winter|end|beginning)\\s+(?:of\\s+)?)?(?:[^,.;⟦⟧]{1,40},\\s*)?{D:d},?\\s+{_}{O}{g}\\b"
                  + RuleParts.AUX
                  + "(?:host|organi[sz]e|hold|launch|convene|launched|created|established|founded|introduced|started|initiated|set up|formed|conceived|began|opened|adopted|organi[sz]ed|issued|released|published|unveiled|held|hosted|conducted|convened)\\s+{_}(?:(?:[\\p{Ll}-]+\\s+){0,3})?{IE:o}"),
          // "In 2014, Minja established the Outreach Program", "That same year, she founded
          // ...": whoever founds it, it starts then.
          RelationRule.of(
              "date-fronted-founded",
              Predicate.START_DATE,
              "o",
              "d",
              "^\\s*(?:In\\s+)?{D:d},\\s+(?:[^⟦⟧.;,]|⟦H\\d+⟧){0,40}?\\b(?:launched|established|founded|created|started|set up|initiated|introduced)\\s+{_}{IE:o}"),
          RelationRule.of(
              "org-launched-in-date",
              Predicate.START_DATE,
              "o",
              "d",
              "{O}(?:\\s+in\\s+⟦P\\d+⟧(?:,\\s*(?:the\\s+)?⟦P\\d+⟧)?,?)?\\s+"
                  + RuleParts.AUX
                  + "(?:launched|created|established|founded|introduced|started|initiated|set up|opened|unveiled|released|issued|published|held|organi[sz]ed|hosted|conducted|convened|announced)\\s+{_}(?:(?:[\\p{Ll}-]+\\s+){0,2})?[‘“\"']?{IE:o}(?:[^.;⟦⟧]|⟦P\\d+⟧){0,40}?\\b(?:in|on|from|since)\\s+{D:d}"),
          RelationRule.of(
              "org-launched-in-place",
              Predicate.LOCATION,
              "s",
              "p",
              "{O}\\s+"
                  + RuleParts.AUX
                  + "(?:launched|held|organi[sz]ed|hosted|opened|established|convened|staged)\\s+{_}(?:(?:[\\p{Ll}-]+\\s+){0,2})?[‘“\"']?{IE:s}(?:[^.;⟦⟧]|⟦D\\d+⟧){0,40}?\\b(?:in|at)\\s+(?<p>"
                  + RuleParts.CITY_COUNTRY
                  + ")"),
          RelationRule.of(
              "launched-in-date",
              Predicate.START_DATE,
              "o",
              "d",
              // "The Closing Meeting of the Project “X” will take place ...": the meeting
              // takes place, not the project it names (see EventDateRules).
              "(?<!first |second |third |inaugural |next )(?<!first \\(|second \\()(?<!⟦E\\d{1,3}⟧\\s{0,2}[\"“‘]?)"
                  + "{IE:o}"
                  + RuleParts.OWNER_AND_ALIASES
                  + "\\)?\\s*(?:program |programme |project |initiative )?(?:,[^,.;]{0,80},)?[^.;⟦⟧]{0,40}?\\b"
                  + RuleParts.AUX
                  + "(?:launched|created|established|founded|introduced|started|starts|initiated|set up|formed|conceived|began|begins|opened|opens|kicked off|held|took place|takes place|will take place|return|returns|conducted|organi[sz]ed|convened|goes live|go live|went live|published|released|issued|adopted|unveiled)"
                  + "\\b(?:[^.;⟦⟧]|⟦[OPIE]\\d+⟧){0,60}?\\b(?:(?:in|on|from|since)\\s+)?{D:d}"),
          // "the AIUM 2013 Annual Convention at the Marriott Marquis Hotel in New York, New York,
          // on April 7, 2013": the day after the venue and town is the event's day, when no
          // other initiative or event stands between.
          RelationRule.of(
              "event-venue-on-date",
              Predicate.START_DATE,
              "o",
              "d",
              "{E:o}(?:[^.;⟦⟧]|⟦[OP]\\d+⟧){0,120}?,?\\s+(?:on|from)\\s+{D:d}"));
}
