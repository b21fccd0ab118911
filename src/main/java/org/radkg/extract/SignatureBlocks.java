package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an author block, a person's name on a line of its own followed by lines of their offices
 * ("Madan Rehani, PhD" / "President, IOMP"; "Prof. Bernd Hamm" / "Chairman of the ESR Board of
 * Directors"), as the person's job titles and affiliations. One instance reads one article's
 * sentences in order, since a block spans several lines and every line is a sentence.
 */
final class SignatureBlocks {
  private static final int MAX_ROLE_LINES = 3;

  /** The titles a block or heading may write before a person's name ("Prof. Dr."). */
  static final String TITLES =
      "(?:(?:Prof\\.?|Professor|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Assoc\\.?|A/Prof\\.?)\\s+)*";

  // The name line: the person, with a title before and degrees after, and nothing else.
  private static final Pattern NAME_ONLY =
      Pattern.compile(
          "\\s*"
              + TITLES
              + "⟦H(\\d+)⟧(?:,?\\s*(?:"
              + PersonFinder.DEGREE
              + "|FRCP|FRCPC|FAAPM|FIOMP|DMRD|DNB|DABR)\\.?)*[\\s,]*");

  /** An office as a block or heading writes it: up to two modifiers, a role word, "elect". */
  static final String ROLE =
      "(?:(?:past|former|vice|co|deputy|acting|interim|honorary|executive|senior|associate"
          + "|assistant|incoming|outgoing|immediate\\s+past|general|chief|founding)[- ]+){0,2}"
          + RoleLexicon.wordsAlternation()
          + "(?![\\p{L}])(?:[- ]+(?:elect|emeritus|general))?";

  // "President, ⟦O⟧", "President ⟦O⟧", "Vice President, ⟦O⟧ (ACR)": the office, then its body.
  private static final Pattern ROLE_COMMA_ORG =
      Pattern.compile(
          "(?i)\\s*(?<role>"
              + ROLE
              + ")(?:\\s*,\\s*|\\s+)⟦O(?<org>\\d+)⟧(?:\\s*\\([^()]*\\))?\\s*");
  // "Chairman of the ⟦O⟧", "Secretary of ⟦O⟧": the office of a body is the title as written.
  private static final Pattern ROLE_OF_ORG =
      Pattern.compile(
          "(?i)\\s*(?<role>"
              + ROLE
              + "\\s+of\\s+(?:the\\s+)?⟦O(?<org>\\d+)⟧)(?:\\s*\\([^()]*\\))?\\s*");
  // "President", "Executive Director": an office alone.
  private static final Pattern ROLE_ALONE = Pattern.compile("(?i)\\s*(?<role>" + ROLE + ")\\s*");

  private Entity person;
  private int roleLines;

  /**
   * The titles and affiliations {@code s} states as a line of the block the previous lines opened;
   * none when it is not one.
   */
  List<Relation> read(MaskedSentence s, Evidence evidence) {
    List<Relation> out = new ArrayList<>();
    String m = s.masked();
    Matcher name = NAME_ONLY.matcher(m);
    if (name.matches()) {
      person = s.slot(Integer.parseInt(name.group(1))).entity();
      roleLines = 0;
      return out;
    }
    if (person == null || roleLines >= MAX_ROLE_LINES || !readRole(s, m, evidence, out)) {
      person = null;
      return out;
    }
    roleLines++;
    return out;
  }

  private boolean readRole(MaskedSentence s, String m, Evidence evidence, List<Relation> out) {
    for (Pattern p : List.of(ROLE_OF_ORG, ROLE_COMMA_ORG)) {
      Matcher r = p.matcher(m);
      if (r.matches()) {
        Entity org = s.slot(Integer.parseInt(r.group("org"))).entity();
        if (!org.primaryType().isOrganization()) {
          return false;
        }
        title(s, r, evidence, out);
        out.add(new Relation(person, Predicate.AFFILIATION, org, evidence));
        return true;
      }
    }
    Matcher alone = ROLE_ALONE.matcher(m);
    if (alone.matches()) {
      title(s, alone, evidence, out);
      return true;
    }
    return false;
  }

  private void title(MaskedSentence s, Matcher r, Evidence evidence, List<Relation> out) {
    String title = RoleTitles.clean(s.unmask(r.start("role"), r.end("role")));
    if (!title.isBlank()) {
      out.add(new Relation(person, Predicate.JOB_TITLE, LiteralValue.english(title), evidence));
    }
  }
}
