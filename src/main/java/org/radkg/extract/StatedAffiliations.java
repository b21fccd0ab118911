package org.radkg.extract;

import static org.radkg.extract.RolePatterns.HONORIFIC;
import static org.radkg.extract.RolePatterns.ROLE;
import static org.radkg.extract.RolePatterns.ROLE_WORDS;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;

/**
 * Reads the organization a person is of where the sentence states no title for it: "Prof. Anna Berg
 * (Karolinska Institutet)", "ASUM Alison Deslandes", "the X Group led by Dr. Jane Doe", "on behalf
 * of the Society", "Jane Doe, who heads the X Trust", "ORG has appointed Jane Doe".
 */
final class StatedAffiliations {
  // "ASUM Alison Deslandes reported ...": an organization written right before a name is the
  // person's.
  private static final Pattern ORG_PERSON =
      Pattern.compile("⟦O(\\d+)⟧(?:['’]s)?\\s+(?:(?:Prof\\.?|Dr\\.?|Professor)\\s+)?⟦H(\\d+)⟧");
  // "A diagnostic specialist with X Associates in Georgia, Jane Doe also ...", "A longtime member
  // of the X Society, John Roe said": a description fronted before the name says whose the person
  // is.
  private static final Pattern FRONTED_DESCRIPTION =
      Pattern.compile(
          "^\\s*(?:An?|The)\\s+(?<role>[\\p{Ll}][\\p{Ll} -]{0,60}?)\\s+(?:with|at|of|from)\\s+(?:the\\s+)?⟦O(?<org>\\d+)⟧"
              + "(?:\\s+in\\s+⟦P\\d+⟧(?:,\\s*⟦P\\d+⟧)*)?,\\s+"
              + HONORIFIC
              + "⟦H(?<person>\\d+)⟧");
  // "Jane Doe, who worked on the guideline on behalf of the Society": she acts for the
  // organization, so she is its.
  private static final Pattern ON_BEHALF =
      Pattern.compile("⟦H(\\d+)⟧[^⟦.;]{0,80}?\\bon\\s+behalf\\s+of\\s+(?:the\\s+)?⟦O(\\d+)⟧");
  private static final Pattern APPOINTED =
      Pattern.compile(
          "⟦O(\\d+)⟧\\s+(?:has\\s+|have\\s+)?"
              + LexiconFiles.alternation(LexiconFiles.entries("appointing-verbs"))
              + "\\s+⟦H(\\d+)⟧");
  // "GE Healthcare's Annemarie Wren, Val Thomas and Susie Burrows": the owner's possessive before a
  // list of names is every listed person's.
  private static final Pattern ORG_POSSESSIVE_LIST =
      Pattern.compile(
          "⟦O(?<org>\\d+)⟧['’]s?\\s+"
              + HONORIFIC
              + "⟦H\\d+⟧(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)"
              + HONORIFIC
              + "⟦H\\d+⟧)+");
  // "Jane Doe and John Roe have been appointed to four-year terms on the X Board", "Jane Doe was
  // elected to the X Council", "John Roe joins the X Board": a seat on a body is a place in it.
  private static final Pattern SEATED_ON =
      Pattern.compile(
          "\\b(?:(?:has|have|had)\\s+been\\s+|(?:was|were|is|are)\\s+|(?:has|have)\\s+)?(?:(?:re-?)?elected|appointed|named|nominated|selected)"
              + "\\s+to\\s+(?:(?:the|a|an|two|three|four|five|one)[- ](?:year\\s+)?)?(?:[\\p{Ll}-]+\\s+){0,2}?"
              + "(?:(?:terms?|seats?|positions?)\\s+(?:on|of|in)\\s+)?(?:the\\s+)?⟦O(?<body>\\d+)⟧"
              + "|\\b(?:joins|joined|(?:has|have|will)\\s+join(?:ed)?)\\s+(?:the\\s+)?⟦O(?<joined>\\d+)⟧");
  // Words that open another clause before the verb: its subject is not the names before them.
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          "\\b(?:who|whom|which|that|said|says|after|when|while|because|since|as)\\b|[;:]");

  // "Jane Doe, who heads the X Trust", "Jane Doe, who chairs the X Committee": the body she leads
  // is hers.
  private static final Pattern WHO_HEADS =
      Pattern.compile(
          "⟦H(\\d+)⟧,?\\s+who\\s+(?:now\\s+|currently\\s+|also\\s+)?"
              + LexiconFiles.alternation(LexiconFiles.entries("leading-verbs"))
              + "\\s+(?:the\\s+)?⟦O(\\d+)⟧");
  // "the Society for X (SX), through the leadership of its then-President Jane Doe": the
  // organization named last is hers.
  private static final Pattern ITS_ROLE =
      Pattern.compile(
          "(?<![\\p{L}])[Ii]ts\\s+(?:(?:then|current|new|former|founding|first)[- ]*\\s*)?"
              + ROLE_WORDS
              + "(?:[- ]elect)?\\s*,?\\s*"
              + HONORIFIC
              + "⟦H(\\d+)⟧",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LAST_SLOT =
      Pattern.compile("⟦([A-Z])(\\d+)⟧(?:\\s*\\(⟦[A-Z]\\d+⟧\\))?[^⟦]*$");
  // "Prof. Anna Berg (Karolinska Institutet)", "Dr. Lee from the Seoul National University
  // Hospital", "Jane Doe, MD, of X Hospital", "Jane Doe, MD, with the X Radiology Group" (after a
  // comma only: "met with" is no one's employer).
  private static final Pattern PERSON_ORG =
      Pattern.compile(
          "⟦H(\\d+)⟧(?:\\s*\\(\\s*|(?:,\\s*"
              + PersonFinder.DEGREE
              + ")*(?:,?\\s+(?:from|of|at|representing)|,\\s+with)\\s+(?:the\\s+)?)⟦O(\\d+)⟧");
  // "staff from the X Hospital led by Dr. Jane Doe", "the Board headed by the incumbent president,
  // Dr. Jane Doe", "the X Group under the leadership of Jane Doe": who leads a body belongs to it.
  private static final Pattern LED_BY_PERSON =
      Pattern.compile(
          "⟦O(\\d+)⟧(?:\\s*\\([^()⟦]{0,40}\\))?,?\\s+(?:(?:led|headed|chaired|directed)\\s+by|under\\s+the\\s+(?:leadership|direction|chairmanship)\\s+of)"
              + "\\s+(?:(?:the|its)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}\\p{Ll}[\\p{Ll}-]*,?\\s+)?"
              + HONORIFIC
              + "⟦H(\\d+)⟧");

  private StatedAffiliations() {}

  /** Acting on behalf of, "of"/"from"/"at" after the name, a fronted description, being led by. */
  static void read(RoleFacts facts) {
    String m = facts.sentence().masked();
    facts.affiliations(ON_BEHALF, 1, 2);
    facts.affiliations(PERSON_ORG, 1, 2);
    Matcher fronted = FRONTED_DESCRIPTION.matcher(m);
    if (fronted.find() && ROLE.matcher(fronted.group("role")).find()) {
      facts.affiliation(facts.slot(fronted.group("person")), fronted.group("org"));
    }
    facts.affiliations(LED_BY_PERSON, 2, 1);
    facts.affiliations(ORG_PERSON, 2, 1);
  }

  /** "the Society for X (SX), through the leadership of its then-President Jane Doe". */
  static void readItsRole(RoleFacts facts) {
    String m = facts.sentence().masked();
    Matcher its = ITS_ROLE.matcher(m);
    while (its.find()) {
      // Only when the name right before "its" is an organization: "the program and its director" is
      // the program's.
      Matcher last = LAST_SLOT.matcher(m.substring(0, its.start()));
      if (last.find() && last.group(1).equals("O")) {
        facts.affiliation(facts.slot(its.group(1)), last.group(2));
      }
    }
  }

  /** "Jane Doe, who heads the X Trust". */
  static void readWhoHeads(RoleFacts facts) {
    facts.affiliations(WHO_HEADS, 1, 2);
  }

  /** "ORG has appointed Jane Doe". */
  static void readAppointed(RoleFacts facts) {
    facts.affiliations(APPOINTED, 2, 1);
  }

  /** "GE's Jane Doe, John Roe and Ann Poe": each listed name is the owner's. */
  static void readPossessiveList(RoleFacts facts) {
    Matcher list = ORG_POSSESSIVE_LIST.matcher(facts.sentence().masked());
    while (list.find()) {
      Matcher person = RolePatterns.PERSON_SLOT.matcher(list.group());
      while (person.find()) {
        facts.affiliation(facts.slot(person.group(1)), list.group("org"));
      }
    }
  }

  /**
   * "Jane Doe and John Roe have been appointed to terms on the X Board": the people the sentence
   * opens with, before any other clause, sit on the body.
   */
  static void readSeatedOn(RoleFacts facts) {
    String m = facts.sentence().masked();
    Matcher seated = SEATED_ON.matcher(m);
    if (!seated.find()) {
      return;
    }
    String subject = m.substring(0, seated.start());
    String body = seated.group("body") != null ? seated.group("body") : seated.group("joined");
    Matcher person = RolePatterns.PERSON_SLOT.matcher(subject);
    if (CLAUSE_BREAK.matcher(subject).find() || !person.find()) {
      return;
    }
    do {
      facts.affiliation(facts.slot(person.group(1)), body);
    } while (person.find());
  }
}
