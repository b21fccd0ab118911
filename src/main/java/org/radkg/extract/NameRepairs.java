package org.radkg.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.radkg.corpus.LexiconFiles;
import org.radkg.extract.place.PlaceMatch;

/**
 * Repairs the boundaries of a capitalized name phrase against what else the sentence names: a name
 * ends before a place after "in"/"at", before or after a person it runs into, without a role word
 * at its end, and before a known name it cuts through.
 */
final class NameRepairs {
  // Patterns compiled once, not at every call (String.matches and replaceAll compile theirs each
  // time).
  // "Dr Jane Doe and X Society President Dr John Roe": a coordinating "and" after the person opens
  // the next phrase.
  private static final java.util.regex.Pattern LEAD_IN =
      java.util.regex.Pattern.compile("^[\\s,]*(?:(?:of|at|from|the|and|&)\\s+)*");
  // "X-Ray Consultants in Northwest Indiana": a compass word before the place is part of where, not
  // of the name.
  private static final java.util.regex.Pattern IN_AT_END =
      java.util.regex.Pattern.compile(
          "\\s+(?:in|at)\\s+(?:the\\s+)?(?:(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northwest|Northeast"
              + "|Southwest|Southeast|Upstate|Downstate|Greater|Rural|Metro)\\s+){0,2}$");

  // "... Hospital in Ciudad Juarez": a head word, then "in" and capitalized words to the end.
  private static final java.util.regex.Pattern CITY_AT_END =
      java.util.regex.Pattern.compile("(\\p{L}+) (?:in|at) (?:\\p{Lu}[\\p{L}'’.-]*\\s?){1,3}$");
  private static final java.util.regex.Pattern YEAR_BEFORE =
      java.util.regex.Pattern.compile("(?<![\\p{L}\\d/.-])((?:19|20)\\d{2})\\s$");
  private static final java.util.regex.Pattern PREPOSITION_BEFORE =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:in|since|from|by|until|through|to|of|on|during|for|at|and|or|before|after)\\s+$");

  private NameRepairs() {}

  /**
   * {@code name}, starting at {@code begin}, as a candidate typed by its head words; null for one
   * word or no type.
   */
  static NamePhraseFinder.Candidate multiWordName(String name, int begin) {
    if (!name.contains(" ")) {
      return null;
    }
    return NAME_TYPES
        .classify(name)
        .map(t -> new NamePhraseFinder.Candidate(name, new Span(begin, begin + name.length()), t))
        .orElse(null);
  }

  /**
   * "our 2014 ASM Working Group", "the 2025 Organizing Committee": a year right before a unit's
   * name is part of it (that year's committee), unless a preposition makes it a date ("in 2014 the
   * Program Committee").
   */
  static NamePhraseFinder.Candidate withYearBefore(
      NamePhraseFinder.Candidate c, String text, int begin) {
    boolean organization =
        c.types().contains(EntityType.ORGANIZATION) || c.types().contains(EntityType.COLLABORATION);
    if (!organization
        || c.types().contains(EntityType.EVENT)
        || !UnitNames.endsWithUnitHead(c.name())) {
      return c;
    }
    int from = Math.max(begin, c.span().begin() - 5);
    Matcher year = YEAR_BEFORE.matcher(text.substring(from, c.span().begin()));
    if (!year.find()) {
      return c;
    }
    int start = from + year.start(1);
    if (PREPOSITION_BEFORE.matcher(text.substring(Math.max(begin, start - 12), start)).find()) {
      return c;
    }
    return new NamePhraseFinder.Candidate(
        text.substring(start, c.span().end()), new Span(start, c.span().end()), c.types());
  }

  /** {@code raw} with every repair applied, or null when nothing of it is a typed name. */
  static NamePhraseFinder.Candidate repaired(
      NamePhraseFinder.Candidate raw,
      List<PlaceMatch> places,
      int offset,
      String text,
      List<Mention> persons,
      List<Mention> defined,
      List<Mention> known,
      NameClassifier classifier) {
    return cutAtKnown(
        RoleTitleCut.cut(
            afterPerson(beforePlace(withoutOccasion(raw), places, offset, text), persons, text),
            classifier),
        defined,
        known,
        text);
  }

  // "the Celebration of the International Day of X": the celebration of a day is that day's
  // occasion, not a name of its own; the name begins at the day.
  private static final java.util.regex.Pattern OCCASION_OF_DAY =
      java.util.regex.Pattern.compile(
          "^(?:Celebrations?|Commemorations?|Observances?)\\s+of\\s+(?:the\\s+)?(?=\\p{Lu}.*\\bDay\\b)");

  private static NamePhraseFinder.Candidate withoutOccasion(NamePhraseFinder.Candidate c) {
    Matcher m = OCCASION_OF_DAY.matcher(c.name());
    if (!m.find()) {
      return c;
    }
    String name = c.name().substring(m.end());
    int from = c.span().begin() + m.end();
    return new NamePhraseFinder.Candidate(
        name, new Span(from, c.span().end()), NAME_TYPES.classify(name).orElse(c.types()));
  }

  // A name that cuts through a known name is misread: "Annual Conference of the Indian
  // Radiological" ends
  // before "Indian Radiological and Imaging Association" begins.
  private static NamePhraseFinder.Candidate cutAtKnown(
      NamePhraseFinder.Candidate c, List<Mention> defined, List<Mention> known, String text) {
    if (c == null) {
      return null;
    }
    for (List<Mention> list : List.of(defined, known)) {
      for (Mention k : list) {
        boolean crosses =
            k.begin() > c.span().begin() && k.begin() < c.span().end() && k.end() > c.span().end();
        boolean crossesStart =
            k.begin() < c.span().begin() && k.end() > c.span().begin() && k.end() < c.span().end();
        if (crosses) {
          String name =
              text.substring(c.span().begin(), k.begin())
                  .replaceFirst("(?:\\s+(?:of|for|the|and|in|on|at|to|with|&))*\\s*$", "");
          return multiWordName(name, c.span().begin());
        }
        if (crossesStart) {
          return null;
        }
      }
    }
    return c;
  }

  private static final NameClassifier NAME_TYPES = new NameClassifier();
  private static final Set<String> ROLE_TAIL =
      Set.copyOf(LexiconFiles.entries("role-words-after-names"));

  // A name never runs into a person's name: "Kenji Morimoto of Osaka University" is a person and a
  // university.
  private static NamePhraseFinder.Candidate afterPerson(
      NamePhraseFinder.Candidate c, List<Mention> persons, String text) {
    if (c == null) {
      return null;
    }
    for (Mention p : persons) {
      if (p.begin() < c.span().end() && c.span().begin() < p.end()) {
        if (p.end() >= c.span().end()) {
          return p.begin() > c.span().begin() ? PersonRoleCut.beforePerson(c, p, text) : null;
        }
        String rest = text.substring(p.end(), c.span().end());
        Matcher lead = LEAD_IN.matcher(rest);
        lead.find();
        String name = rest.substring(lead.end());
        int start = p.end() + lead.end();
        // A second person further on ends the name: "Kyoto University and Dr Amara Okafor".
        for (Mention q : persons) {
          if (q.begin() > start && q.begin() < c.span().end()) {
            String cut =
                text.substring(start, q.begin())
                    .replaceFirst(
                        "[\\s,]*(?:and|&)?\\s*(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\\.?\\s*)?$", "");
            name = cut;
          }
        }
        // "Dr Jane Doe and X Society President Dr John Roe": the second organization is named
        // without its role.
        NamePhraseFinder.Candidate after = multiWordName(name, start);
        return after == null ? null : withoutRoleTail(after);
      }
    }
    // "Congress President", "Committee Chair": a role, not a name; "the SNM Technologist Section
    // President": a unit's role.
    NamePhraseFinder.Candidate cut = withoutRoleTail(c);
    return cut == c || (cut != null && cut.types().contains(EntityType.ORGANIZATION)) ? cut : null;
  }

  // "SNM Technologist Section President Scott Holbrook": the title between a name and the person it
  // names is no part of the name.
  private static NamePhraseFinder.Candidate withoutRoleTail(NamePhraseFinder.Candidate c) {
    String name = c.name().replaceFirst("[\\s,]+$", "");
    while (name.contains(" ") && ROLE_TAIL.contains(name.substring(name.lastIndexOf(' ') + 1))) {
      name = name.substring(0, name.lastIndexOf(' '));
    }
    // "X Society Executive Director", "X Agency Deputy Director General": the head's modifiers go
    // with it.
    while (!name.equals(c.name())
        && name.contains(" ")
        && RoleLexicon.isRoleWord(name.substring(name.lastIndexOf(' ') + 1))) {
      name = name.substring(0, name.lastIndexOf(' '));
    }
    // "the Executive Committee as Secretary": the connector that led to the role goes with it.
    name = DANGLING_CONNECTOR.matcher(name).replaceFirst("");
    if (name.equals(c.name())) {
      return c;
    }
    return multiWordName(name, c.span().begin());
  }

  private static final java.util.regex.Pattern DANGLING_CONNECTOR =
      java.util.regex.Pattern.compile("(?:\\s+(?:as|of|for|the|and|in|on|at|to|with|&))+$");

  // A project's partner table read as text: "1 Central Institute of X Coordinator France", "Y
  // Institute Partner Poland":
  // the role and country columns follow the name.
  private static final java.util.regex.Pattern ROLE_COLUMN =
      java.util.regex.Pattern.compile(
          "\\s+(?:Partner|Coordinator|Co-ordinator|Beneficiary|Participant|Associated Partner|Linked Third Party)\\s+$");
  private static final java.util.regex.Pattern PLACE_FOR_THE =
      java.util.regex.Pattern.compile("\\s+(?:for|to)\\s+the\\s+");

  // "the WFUMB Congress in Oman": a place after "in"/"at" ends the name before it; so does an
  // unknown
  // city before its country ("Angeles Hospital in Ciudad Juarez, Mexico").
  private static NamePhraseFinder.Candidate beforePlace(
      NamePhraseFinder.Candidate c, List<PlaceMatch> places, int offset, String text) {
    if (text.startsWith(", ", c.span().end())
        && places.stream().anyMatch(p -> offset + p.begin() == c.span().end() + 2)) {
      Matcher city = CITY_AT_END.matcher(c.name());
      if (city.find() && NAME_TYPES.classify(city.group(1)).isPresent()) {
        return multiWordName(c.name().substring(0, city.end(1)), c.span().begin());
      }
    }
    for (PlaceMatch p : places) {
      int pb = offset + p.begin();
      if (pb == c.span().begin()) {
        // "gathered in Tallinn, Estonia for the Nordic Congress": the place and "for the" lead to
        // the name, not into it.
        int pe = offset + p.end();
        // A place may run past the name's end ("Ciudad de México" after the name "Ciudad").
        Matcher lead =
            PLACE_FOR_THE.matcher(
                text.substring(Math.min(pe, c.span().end()), Math.min(c.span().end(), pe + 12)));
        if (pe < c.span().end()
            && lead.lookingAt()
            && NAME_TYPES.classify(text.substring(pe + lead.end(), c.span().end())).isPresent()) {
          return multiWordName(text.substring(pe + lead.end(), c.span().end()), pe + lead.end());
        }
      }
      if (pb > c.span().begin() && pb < c.span().end()) {
        String head = text.substring(c.span().begin(), pb);
        Matcher cut = IN_AT_END.matcher(head);
        if (cut.find()) {
          return multiWordName(head.substring(0, cut.start()), c.span().begin());
        }
        Matcher column = ROLE_COLUMN.matcher(head);
        if (column.find()) {
          return multiWordName(head.substring(0, column.start()), c.span().begin());
        }
        // "Radiology Associates of North Texas in Dallas", "University of Bergen in Bergen",
        // "Hospital Italiano de Buenos
        // Aires in Buenos Aires": a place inside the name's own complement is part of it, and a
        // later place after
        // "in"/"at" still ends it.
      }
    }
    return c;
  }
}
