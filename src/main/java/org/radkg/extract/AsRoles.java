package org.radkg.extract;

import static org.radkg.extract.RolePatterns.ROLE_WORDS;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the offices "as" gives a named person: "welcome Jane Doe as the new WFUMB President", "Jane
 * Doe as Chair of the X", "Jane Doe serves on the Executive Committee as Secretary", "Prof. Jane
 * Doe acts as Clinical Coordinator and Prof. John Roe as Scientific Coordinator", "with Jane Doe as
 * Editor in Chief".
 */
final class AsRoles {
  // "Prof. Jane Doe (Univ X) acts as Clinical Coordinator and Prof. John Roe as Scientific
  // Coordinator of the ORG".
  private static final String AS_ROLE =
      "\\s+as\\s+(?:the\\s+)?(?:new\\s+)?(?<role>(?:(?:"
          + RoleLexicon.modifiersAlternation()
          + ")[- ]+){0,2}"
          + "(?:(?-i:\\p{Lu}[\\p{L}-]*)\\s+){0,3}?"
          + ROLE_WORDS
          // "Jane Doe as head of communication": a field in lower case completes the office ("as
          // coordinator of the project" names no field).
          + "(?:\\s+of\\s+(?:(?:the\\s+)?⟦O(?<org>\\d+)⟧|(?!(?:the|an?)\\s)(?-i:\\p{Ll}[\\p{L}-]+(?:\\s+(?:and\\s+)?\\p{Ll}[\\p{L}-]+){0,2}(?=\\s*[,.;:)]|\\s*$|\\s+(?:and|&)\\s))))?)(?![\\p{L}])";
  private static final String AFTER_NAME = "⟦H(?<person>\\d+)⟧(?:\\s*\\([^()]{0,60}\\))?";
  private static final Pattern ACTS_AS =
      Pattern.compile(
          AFTER_NAME
              + "\\s+(?:acts|acted|serves|served|is\\s+acting|is\\s+serving|will\\s+act|will\\s+serve)"
              + AS_ROLE,
          Pattern.CASE_INSENSITIVE);
  // "Jane Doe has most recently served on the Executive Committee as Secretary", "John Roe sits on
  // the X Board": the body one serves on is one's own, and the office "as" names is held there.
  private static final Pattern SERVES_ON =
      Pattern.compile(
          AFTER_NAME
              + "\\s+(?:(?:has|had|have)\\s+)?(?:(?:also|most\\s+recently|recently|previously|since\\s+\\S+)\\s+)?"
              + "(?:serves|served|sits|sat|is\\s+serving|will\\s+serve|has\\s+been\\s+serving)\\s+(?:on|in)\\s+(?:the\\s+)?⟦O(?<body>\\d+)⟧"
              + "(?:(?:\\s+for\\s+(?:the\\s+)?(?:past\\s+|last\\s+)?[\\p{Ll}\\d]+\\s+(?:years?|months?|terms?))?"
              + AS_ROLE
              + ")?",
          Pattern.CASE_INSENSITIVE);
  // "The board includes Jane Doe as treasurer and John Roe as secretary", "Jane Doe (X) as Chair of
  // the ⟦O⟧": an office given right after the name; what follows must end the office, so "Jane Doe
  // as the lead author" names no lead.
  private static final Pattern NAME_AS_ROLE =
      Pattern.compile(
          AFTER_NAME
              + AS_ROLE
              + "(?=\\s*[,.;:)]|\\s*$|\\s+(?:and|&|at|in|from|with|for|to|until|since|through)\\s)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SUCCEEDED =
      Pattern.compile("(?i:succeed|replac|follow)\\p{L}*\\s+" + RolePatterns.HONORIFIC + "$");
  private static final Pattern AND_AS =
      Pattern.compile(
          "\\band\\s+" + RolePatterns.HONORIFIC + AFTER_NAME + AS_ROLE, Pattern.CASE_INSENSITIVE);
  private static final Pattern WITH_AS =
      Pattern.compile(
          "\\bwith\\s+⟦H(?<person>\\d+)⟧\\s+as\\s+(?<role>\\p{Lu}[\\p{L} ]+?)(?=[.,;]|$)");
  // "welcome Jane Doe, representing ASUM, as the new WFUMB President": the role named with its
  // organization.
  private static final Pattern AS_ORG_ROLE =
      Pattern.compile(
          "⟦H(\\d+)⟧[^.⟦]{0,60}(?:⟦O\\d+⟧[^.⟦]{0,30})?\\bas\\s+(?:the\\s+)?(?:new\\s+)?⟦O(\\d+)⟧\\s+(?<role>(?:(?:"
              + RoleLexicon.modifiersAlternation()
              + ")[- ]+){0,2}"
              + ROLE_WORDS
              + ")\\b",
          Pattern.CASE_INSENSITIVE);

  private AsRoles() {}

  /** "welcome Jane Doe, representing ASUM, as the new WFUMB President": the office and its body. */
  static void readOrgRole(RoleFacts facts) {
    Matcher as = AS_ORG_ROLE.matcher(facts.sentence().masked());
    while (as.find()) {
      Entity person = facts.slot(as.group(1));
      facts.affiliation(person, as.group(2));
      facts.title(person, RoleTitles.clean(as.group("role")));
    }
  }

  /** An office right after the name, one served on a body, and one a verb of acting gives. */
  static void read(RoleFacts facts) {
    String m = facts.sentence().masked();
    Matcher nameAs = NAME_AS_ROLE.matcher(m);
    while (nameAs.find()) {
      // "will succeed Jane Doe as president": the office is the subject's, who takes hers.
      if (!SUCCEEDED
          .matcher(m.substring(Math.max(0, nameAs.start() - 40), nameAs.start()))
          .find()) {
        facts.roleAs(nameAs);
      }
    }
    Matcher servesOn = SERVES_ON.matcher(m);
    while (servesOn.find()) {
      Entity person = facts.slot(servesOn.group("person"));
      facts.affiliation(person, servesOn.group("body"));
      if (servesOn.group("role") != null) {
        facts.roleAs(person, servesOn);
      }
    }
    Matcher acts = ACTS_AS.matcher(m);
    int actsEnd = -1;
    while (acts.find()) {
      facts.roleAs(acts);
      actsEnd = acts.end();
    }
    // "... and Prof. John Roe as Scientific Coordinator": the verb is given once for both people.
    if (actsEnd >= 0) {
      Matcher andAs = AND_AS.matcher(m);
      andAs.region(actsEnd, m.length());
      while (andAs.find()) {
        facts.roleAs(andAs);
      }
    }
  }

  /** "with Jane Doe as Editor in Chief". */
  static void readWith(RoleFacts facts) {
    facts.titles(WITH_AS);
  }
}
