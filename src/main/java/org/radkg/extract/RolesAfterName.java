package org.radkg.extract;

import static org.radkg.extract.RolePatterns.AT_ORG;
import static org.radkg.extract.RolePatterns.DASH_TAIL;
import static org.radkg.extract.RolePatterns.POSSESSED_UNIT;
import static org.radkg.extract.RolePatterns.ROLE;
import static org.radkg.extract.RolePatterns.ROLE_FIRST_WORD;
import static org.radkg.extract.RolePatterns.ROLE_OF_ORG;
import static org.radkg.extract.RolePatterns.ROLE_WORDS;
import static org.radkg.extract.RolePatterns.ownerSlot;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the roles a sentence states after the name they belong to, other than a bare apposition
 * ({@link ApposedTitles}): "Jane Doe is a professor of radiology at X", "Jane Doe, a radiologist at
 * X Hospital", "Dr. Jane Doe (Chair)", "Jane Doe, who is president of the Society", "Jane Doe
 * served in many roles, including chair of X".
 */
final class RolesAfterName {
  // "Jane Doe, a professor of radiology at the University of X", "Jane Doe, a radiologist at X
  // Hospital", "Jane Doe, an experienced Clinical Educator from X Hospital": a word of praise in
  // -ed before the role ("experienced", "renowned") is no part of the office.
  private static final Pattern A_ROLE_AT =
      Pattern.compile(
          "⟦H(\\d+)⟧(?:,\\s*"
              + PersonFinder.DEGREE
              + ")*,\\s+(?:a|an)\\s+(?:\\p{Ll}{3,}ed\\s+)?(?<role>(?:\\p{Ll}|(?<=ed\\s)\\p{Lu})[\\p{L} -]{0,60}?)\\s+(?<sep>at|of|with|from)\\s+(?:[Tt]he\\s+)?⟦O(\\d+)⟧");
  // "a medical oncologist who is currently the Director of X": the office the clause names is the
  // title, not the description before it.
  private static final Pattern WHO_NOW =
      Pattern.compile("\\s+who\\s+(?:is|was)\\s+(?:currently\\s+|now\\s+)?(?:the|a|an)\\s+");
  private static final Pattern OF_ORG = Pattern.compile("\\s+of\\s+(?:the\\s+)?⟦O(\\d+)⟧");
  private static final Pattern BARE_MEMBER =
      Pattern.compile("(?i)(?:a\\s+|an\\s+)?(?:long-standing\\s+|longtime\\s+)?members?");
  // "Jane Doe is a professor of radiology at X", "Jane Doe is head of imaging at X Hospital":
  // without an article the title must open with a role word; a complement in lower case ("of
  // imaging") is part of it.
  private static final Pattern PERSON_IS =
      Pattern.compile(
          "⟦H(\\d+)⟧(?<apposition>,[^,;⟦]{1,60}(?:⟦[OP]\\d+⟧[^,;⟦]{0,30}){0,3},"
              // "The president of the congress, Jane Doe, is a professor of X": the name is itself
              // the apposition, so its closing comma stands right before the verb.
              + "|,(?=\\s+(?:is|was)\\s)"
              + ")?\\s+(?:is|was|serves as|served as)\\s+(?:(?<article>a|an|the)\\s+)?(?:(?:new|current|newly\\s+elected)\\s+)?(?<role>[\\p{L} -]+?(?:\\s+of\\s+\\p{Ll}[\\p{Ll} &-]*?)?)"
              + "\\s+(?:in|at|of|with|for)\\s+(?<rest>[^.]*)");
  private static final Pattern ROLE_OPENS =
      Pattern.compile(
          RoleLexicon.modifiersBefore() + ROLE_WORDS + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  // "Jane Doe, who is president of the Society", "John Roe, who serves as chief of radiology at X
  // Hospital".
  private static final Pattern WHO_IS =
      Pattern.compile(
          "⟦H(?<person>\\d+)⟧,\\s+who\\s+(?:is|was|serves\\s+as|served\\s+as|has\\s+been|is\\s+also|was\\s+also)\\s+(?:(?:a|an|the)\\s+)?(?:current\\s+)?"
              + "(?<role>(?:(?:"
              + RoleLexicon.modifiersAlternation()
              + ")[- ]+){0,2}"
              + ROLE_WORDS
              + "(?:\\s+of\\s+(?:the\\s+)?(?:⟦O(?<org>\\d+)⟧|\\p{Ll}[\\p{Ll} ]{0,40}?(?=\\s+at\\s)))?)(?:\\s+at\\s+(?:the\\s+)?⟦O(?<at>\\d+)⟧)?",
          Pattern.CASE_INSENSITIVE);
  // "Professor Jane Doe served in many roles, including chair of X, president of the Y Hospital and
  // ...": a sentence about one person lists her offices, each "role of ORG" a title and an
  // affiliation.
  private static final Pattern PERSON_SERVED =
      Pattern.compile(
          "^\\s*"
              + RolePatterns.HONORIFIC
              + "⟦H(?<person>\\d+)⟧\\s+(?:has\\s+|had\\s+)?"
              + "(?:served|serves|became|becomes|was\\s+elected|was\\s+appointed|was\\s+named|has\\s+been\\s+(?:elected|appointed|named))\\b[^⟦]*");
  private static final Pattern ROLE_OF_NAMED =
      Pattern.compile(
          "(?<![\\p{L}])(?<role>(?:(?:"
              + RoleLexicon.modifiersAlternation()
              + ")[- ]+){0,2}"
              + ROLE_WORDS
              + "\\s+of\\s+(?:the\\s+)?⟦O(?<org>\\d+)⟧"
              + POSSESSED_UNIT
              + ")",
          Pattern.CASE_INSENSITIVE);
  // "Dr. Jane Doe (Chair)", "Dr. Jane Doe (Chair of the Accreditation Program – AP)": a role in
  // brackets after a name.
  private static final Pattern PAREN_ROLE =
      Pattern.compile(
          "⟦H(\\d+)⟧\\s*\\((?<role>[^()⟦⟧]{0,60}?(?:⟦[OI]\\d+⟧[^()⟦⟧]{0,20}?){0,2})\\)");
  private static final Pattern COMMA_ORG_TAIL = Pattern.compile(",\\s*(?:the\\s+)?⟦O(\\d+)⟧\\s*$");

  private RolesAfterName() {}

  /** "Jane Doe is a professor of radiology at X", "Jane Doe was head of imaging at X Hospital". */
  static void readPersonIs(RoleFacts facts) {
    String m = facts.sentence().masked();
    Matcher c = PERSON_IS.matcher(m);
    while (c.find()) {
      Entity person = facts.slot(c.group(1));
      String role = c.group("role").strip();
      if (ROLE.matcher(role).find()
          && (c.group("article") != null || ROLE_OPENS.matcher(role).lookingAt())) {
        // "Jane Doe was a member of the Society": membership is no office, but says whose she is.
        if (!BARE_MEMBER.matcher(role).matches()) {
          facts.title(person, RoleTitles.clean(role));
        }
        // From the title's end: "is head of imaging at the X" has its "at" before the rest.
        Matcher at = AT_ORG.matcher(m);
        at.region(c.end("role"), m.length());
        while (at.find()) {
          facts.affiliation(person, at.group(1));
        }
        // "Jane Doe, a professor at X, is the new president of the Society": the organization the
        // office is of.
        Matcher of = OF_ORG.matcher(m);
        if (of.region(c.end("role"), m.length()).lookingAt()) {
          facts.affiliation(person, of.group(1));
        }
      }
    }
  }

  /** "Jane Doe, a professor of radiology at the University of X": the role and its organization. */
  static void readRoleAt(RoleFacts facts) {
    MaskedSentence s = facts.sentence();
    Matcher ar = A_ROLE_AT.matcher(s.masked());
    while (ar.find()) {
      Entity person = facts.slot(ar.group(1));
      facts.affiliation(person, ar.group(4));
      String role = ar.group("role");
      Matcher who = WHO_NOW.matcher(role);
      if (who.find()) {
        // The office the clause names keeps its "of" organization, as stated.
        int end = ar.group("sep").equals("of") ? ar.end() : ar.end("role");
        role = s.unmask(ar.start("role") + who.end(), end);
      }
      if (ROLE.matcher(role).find() && !ar.group("role").contains("⟦")) {
        facts.title(person, RoleTitles.clean(role));
      }
    }
  }

  /** "Dr. Jane Doe (Chair)", "Dr. Jane Doe (Chair, X Society)": a role in brackets. */
  static void readParenRole(RoleFacts facts) {
    MaskedSentence s = facts.sentence();
    Matcher pr = PAREN_ROLE.matcher(s.masked());
    while (pr.find()) {
      String inside = pr.group("role").strip();
      if (!inside.isEmpty() && ROLE_FIRST_WORD.matcher(inside).lookingAt()) {
        Entity person = facts.slot(pr.group(1));
        // "Dr. Jane Doe (Chair, X Society)": the title ends at the comma before its organization,
        // which is hers.
        int roleEnd = pr.end("role");
        Matcher orgAfter = COMMA_ORG_TAIL.matcher(pr.group("role"));
        if (orgAfter.find()) {
          roleEnd = pr.start("role") + orgAfter.start();
          facts.affiliation(person, orgAfter.group(1));
        }
        facts.title(
            person,
            DASH_TAIL
                .matcher(RoleTitles.clean(s.unmask(pr.start("role"), roleEnd)))
                .replaceAll(""));
        Matcher roleOf = ROLE_OF_ORG.matcher(inside);
        while (roleOf.find()) {
          facts.affiliation(person, s.slot(ownerSlot(roleOf)).entity());
        }
      }
    }
  }

  /** "Jane Doe, who is president of the Society", "John Roe, who serves as chief of X at Y". */
  static void readWhoIs(RoleFacts facts) {
    Matcher who = WHO_IS.matcher(facts.sentence().masked());
    while (who.find()) {
      facts.roleAs(who);
      if (who.group("at") != null) {
        facts.affiliation(facts.slot(who.group("person")), who.group("at"));
      }
    }
  }

  /** "Professor Jane Doe served in many roles, including chair of X, president of Y and ...". */
  static void readServed(RoleFacts facts) {
    MaskedSentence s = facts.sentence();
    String m = s.masked();
    Matcher served = PERSON_SERVED.matcher(m);
    if (served.lookingAt()) {
      // The offices run until another person is named.
      int stop = m.indexOf("⟦H", served.end("person"));
      Matcher office = ROLE_OF_NAMED.matcher(m);
      office.region(served.end("person"), stop < 0 ? m.length() : stop);
      Entity person = facts.slot(served.group("person"));
      while (office.find()) {
        facts.title(person, RoleTitles.clean(s.unmask(office.start("role"), office.end("role"))));
        String org = office.group("unit") != null ? office.group("unit") : office.group("org");
        facts.affiliation(person, org);
      }
    }
  }
}
