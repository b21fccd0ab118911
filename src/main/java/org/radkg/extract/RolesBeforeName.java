package org.radkg.extract;

import static org.radkg.extract.RolePatterns.HONORIFIC;
import static org.radkg.extract.RolePatterns.ROLE_FIRST_WORD;
import static org.radkg.extract.RolePatterns.ROLE_OF_ORG;
import static org.radkg.extract.RolePatterns.ROLE_WORDS;
import static org.radkg.extract.RolePatterns.ownerSlot;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the roles a sentence states before the name they belong to: "ESR President, Prof. Jane
 * Doe", "program director Dr. Jane Doe", "Treasurer: Dr John Roe", "The new president of the
 * Society, Dr. Jane Doe", "said IAEA Deputy Director General Jane Doe".
 */
final class RolesBeforeName {
  // Bodies a role may name between an organization and the role head: "WFUMB council member", "ESR
  // board member".
  private static final String ROLE_UNITS = RoleLexicon.alternativesInOrder("role-units");
  private static final Pattern ORG_ROLE_PERSON =
      Pattern.compile(
          "⟦O(\\d+)⟧(?:['’]s)?(?:\\s*\\(⟦O\\d+⟧\\))?\\s+(?:(?:new|current|outgoing)\\s+)?(?<role>(?:(?:[\\p{Lu}0-9][\\p{L}0-9-]*|(?:\\p{Lu}\\.){2,4}|(?i:"
              + RoleLexicon.modifiersAlternation()
              + "|"
              + ROLE_WORDS
              + "|"
              + ROLE_UNITS
              + "))\\s+){0,4}?"
              // "the X President Elect for 2031, Jane Doe": the year of the office is not part of
              // it.
              + "(?i:"
              + ROLE_WORDS
              + "))(?:\\s+for\\s+(?:(?:19|20)\\d\\d|⟦D\\d+⟧))?\\s*,?\\s*"
              + HONORIFIC
              + "⟦H(\\d+)⟧");
  // "• Director from Europe: Jane Doe", "Treasurer: Dr John Roe": a list item opened by a title and
  // a colon names its holder.
  private static final Pattern LIST_ITEM_ROLE =
      Pattern.compile(
          "(?:^|[•·▪*]|\\s{2,})\\s*(?<role>(?="
              + ROLE_FIRST_WORD.pattern()
              + ")\\p{Lu}[\\p{L}/-]*(?:\\s+(?:(?:from|of|for|the|and|at|in|&)\\s+)*(?:\\p{Lu}[\\p{L}/-]*|⟦P\\d+⟧)){0,5})"
              + "\\s*:\\s+"
              + HONORIFIC
              + "⟦H(?<person>\\d+)⟧",
          Pattern.CASE_INSENSITIVE);
  // "..., said IAEA Deputy Director General and Head of the Department of X Dazhu Yang.": a
  // speaker's titles before the name.
  private static final Pattern SAID_TITLE_PERSON =
      Pattern.compile(
          "(?=[sanec])\\b(?:said|says|added|noted|explained|commented|stated)\\s+(?:the\\s+)?(?:⟦O(?<org>\\d+)⟧(?:['’]s)?\\s+)?"
              + "(?<role>[^.,;⟦]{2,80}?(?:⟦O\\d+⟧[^.,;⟦]{0,40}?)?)\\s*"
              + RolePatterns.HONORIFIC
              + "⟦H(?<person>\\d+)⟧");
  // "our President, Prof. Jane Doe", "their new chair Jane Doe": the role as stated.
  private static final Pattern POSSESSIVE_ROLE =
      Pattern.compile(
          "(?<![\\p{L}])(?:[Oo]ur|[Tt]heir|[Tt]he)\\s+(?:new\\s+|current\\s+)?(?<role>(?:(?:"
              + RoleLexicon.modifiersAlternation()
              + ")[- ]+){0,2}"
              + ROLE_WORDS
              + "),?\\s+"
              + RolePatterns.HONORIFIC
              + "⟦H(?<person>\\d+)⟧",
          Pattern.CASE_INSENSITIVE);
  // "Congress President Prof. Kenji Morimoto", "Committee Chair Professor Liam O'Connell", "Editor
  // in Chief Paul Sidhu", "Health Minister A. B. Raman".
  private static final Pattern ROLE_BEFORE =
      Pattern.compile(
          "(?<![⟧’'s]\\s)(?<!⟧\\s)(?<role>(?:\\p{Lu}[\\p{L}-]+\\s+){0,2}?(?:Editor in Chief|Editor-in-Chief|Chair|Chairman|Chairwoman|President|Director|CEO|Dean|Minister|Secretary|Treasurer)"
              // "President Elect Jane Doe"; "Past president Dr. Jane Doe", "Congress president
              // Prof. Jane Doe".
              + "(?:[ -][Ee]lect)?|\\p{Lu}\\p{Ll}+\\s+(?:president|chair|chairman|chairwoman|director|dean)(?:-elect)?)"
              + "\\s+(?:(?:Prof\\.?|Professor|Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+)?⟦H(?<person>\\d+)⟧");
  // "The new president of the Society, Dr. Jane Doe, opened ...": a title with its organization,
  // then the name.
  private static final Pattern ROLE_OF_ORG_THEN_NAME =
      Pattern.compile(
          // "Chief executive of X, Jane Doe, said": at a sentence's start the office needs no
          // article.
          "(?:(?<![\\p{L}])(?:the|our|its|their)\\s+|^\\s*)(?:(?:new|current|newly\\s+elected)\\s+)?(?<role>(?:(?:"
              + RoleLexicon.modifiersAlternation()
              + ")[- ]+){0,3}"
              // "The Chief Executive Officer (CEO) of X, Jane Doe": the title's acronym may stand
              // before its "of".
              + ROLE_WORDS
              + "(?:\\s*\\((?-i:\\p{Lu}[\\p{Lu}\\d&-]{1,9})\\))?\\s+of\\s+(?:the\\s+)?"
              // "The co-chairperson of the organising committee, Dr Jane Doe, said": a body named
              // in
              // lower case gives the office but no organization.
              + "(?:⟦O(?<org>\\d+)⟧|(?-i:\\p{Ll}[\\p{Ll}-]+(?:\\s+\\p{Ll}[\\p{Ll}-]+){0,2}))),\\s+(?:(?:Prof\\.?|Professor|Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+)?⟦H(?<person>\\d+)⟧",
          Pattern.CASE_INSENSITIVE);
  // "As chairman of X, Jane Doe, Department of Y, opened ...": an office stated before the name it
  // introduces; right after a name, "as" gives that name's office ("Jane Doe as vice president,
  // John
  // Roe as secretary").
  private static final Pattern FRONTED_AS_ROLE =
      Pattern.compile(
          "(?<![\\p{L}])(?<!⟧\\s)[Aa]s\\s+(?:the\\s+)?(?:(?:new|current|newly\\s+elected)\\s+)?(?<role>(?:(?i:"
              + RoleLexicon.modifiersAlternation()
              + ")[- ]+){0,3}"
              + "(?i:"
              + ROLE_WORDS
              + ")(?:\\s+of\\s+(?:the\\s+)?⟦O(?<org>\\d+)⟧)?),\\s+(?:(?:Prof\\.?|Professor|Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+)?⟦H(?<person>\\d+)⟧");
  // "Chairman of the meeting was Jane Doe from X", "The chair of the ⟦O⟧ is Prof. Jane Doe": a
  // sentence opened by an office says who holds it.
  private static final Pattern ROLE_WAS_NAME =
      Pattern.compile(
          "^\\s*(?:[Tt]he\\s+)?(?<role>"
              + RoleLexicon.modifiersBefore()
              + "(?i:"
              + ROLE_WORDS
              + ")(?:\\s+of\\s+(?:the\\s+)?(?:⟦O(?<org>\\d+)⟧|⟦E\\d+⟧|\\p{Ll}[\\p{Ll}-]+))?)"
              + "\\s+(?:was|is|will\\s+be)\\s+"
              + HONORIFIC
              + "⟦H(?<person>\\d+)⟧");
  // A title in lower case, with up to two modifiers or units before its head ("program director",
  // "deputy chair").
  private static final String LOWER_ROLE =
      "(?<role>(?=(?-i:\\p{Ll}))(?:(?:"
          + RoleLexicon.modifiersAlternation()
          + "|"
          + ROLE_UNITS
          + ")[- ]+){0,2}"
          + ROLE_WORDS
          + ")";
  // "program director Dr. Jane Doe", "clinical lead Prof. John Roe": a title in lower case, closed
  // by the honorific before the name (a title in capitals is ROLE_BEFORE's).
  private static final Pattern LOWER_ROLE_BEFORE_TITLED =
      Pattern.compile(
          "(?<![\\p{L}])(?<!(?-i:\\p{Lu})[\\p{L}-]{0,30}[ -])"
              + LOWER_ROLE
              + "\\s+(?:Prof\\.?|Professor|Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+⟦H(?<person>\\d+)⟧",
          Pattern.CASE_INSENSITIVE);
  // "including chairman Kazuro Sugimura", "says professor Pedro Teles": without an honorific, a
  // title in lower case right before a name is one where the words before it introduce a person (a
  // list, a speech verb, an agent), not where it ends a clause ("was elected chair Jane Doe said").
  private static final Pattern LOWER_ROLE_AFTER_OPENER =
      Pattern.compile(
          "(?<![\\p{L}])(?:including|includes|included|says|said|explains|explained|adds|added|notes|noted"
              + "|highlights|highlighted|stresses|stressed|comments|commented|according\\s+to|by|with)"
              + ",?\\s+"
              + LOWER_ROLE
              + "\\s+⟦H(?<person>\\d+)⟧",
          Pattern.CASE_INSENSITIVE);
  // "and Professional Officer for Education and Training Dr Jane Doe", "for Radiologist, Dr. Jane
  // Doe, and Radiographic Technologist, John Roe": a title in capitals, mid-sentence, right before
  // the name (or a comma and the name).
  // A capitalized word of a title's complement; an honorific is the name's, not the title's.
  private static final String TITLE_WORD =
      "(?!(?:Dr|Prof|Professor|Mr|Mrs|Ms)(?![\\p{L}]))\\p{Lu}[\\p{L}-]*";
  private static final Pattern TITLE_CASE_ROLE_BEFORE =
      Pattern.compile(
          // "Quality and Practice Subcommittee Chair": an "and" between capitalized words joins
          // them inside one title.
          "(?<=[\\s(]\\p{Ll}{1,20}\\s|[,;(]\\s)(?<!\\p{Lu}[\\p{L}-]{0,30}\\s(?:and|&|of|for)\\s)(?<role>(?=\\p{Lu})(?!Professor\\s)(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}?(?i:"
              + ROLE_WORDS
              + ")"
              + "(?:\\s+(?:for|of)\\s+"
              + TITLE_WORD
              + "(?:\\s+(?:(?:and|&)\\s+)?"
              + TITLE_WORD
              + "){0,4})?)"
              + "(?:,\\s+|\\s+)(?:(?:Prof\\.?|Professor|Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+)?⟦H(?<person>\\d+)⟧");

  private RolesBeforeName() {}

  /**
   * "ESR President, Prof. Jane Doe", "the WFUMB council member Jane Doe": the office and its body.
   */
  static void readOrgRolePerson(RoleFacts facts) {
    MaskedSentence s = facts.sentence();
    Matcher a = ORG_ROLE_PERSON.matcher(s.masked());
    while (a.find()) {
      Entity person = facts.slot(a.group(3));
      facts.affiliation(person, a.group(1));
      facts.title(person, RoleTitles.clean(s.unmask(a.start("role"), a.end("role"))));
    }
  }

  /**
   * A title before the name in lower case or in capitals, a list item, an office "of ORG" or "as"
   * an office before the name, an office opening the sentence, and "our President, Jane Doe".
   */
  static void read(RoleFacts facts) {
    MaskedSentence s = facts.sentence();
    String m = s.masked();
    facts.titles(LOWER_ROLE_BEFORE_TITLED);
    facts.titles(LOWER_ROLE_AFTER_OPENER);
    facts.titles(TITLE_CASE_ROLE_BEFORE);
    Matcher item = LIST_ITEM_ROLE.matcher(m);
    while (item.find()) {
      facts.title(
          facts.slot(item.group("person")),
          RoleTitles.clean(s.unmask(item.start("role"), item.end("role"))));
    }
    for (Pattern p : List.of(ROLE_OF_ORG_THEN_NAME, FRONTED_AS_ROLE, ROLE_WAS_NAME)) {
      Matcher roleFirst = p.matcher(m);
      while (roleFirst.find()) {
        facts.roleAs(roleFirst);
      }
    }
    facts.titles(POSSESSIVE_ROLE);
  }

  /** "..., said IAEA Deputy Director General and Head of the Department of X Jane Doe." */
  static void readSaid(RoleFacts facts) {
    MaskedSentence s = facts.sentence();
    Matcher said = SAID_TITLE_PERSON.matcher(s.masked());
    while (said.find()) {
      String role = said.group("role").strip();
      if (!ROLE_FIRST_WORD.matcher(role).lookingAt() || !Character.isUpperCase(role.charAt(0))) {
        continue;
      }
      Entity person = facts.slot(said.group("person"));
      if (said.group("org") != null) {
        facts.affiliation(person, said.group("org"));
      }
      for (String title :
          CoordinatedTitles.split(
              RoleTitles.clean(s.unmask(said.start("role"), said.end("role"))))) {
        facts.title(person, RoleTitles.clean(title));
      }
      Matcher roleOf = ROLE_OF_ORG.matcher(role);
      while (roleOf.find()) {
        facts.affiliation(person, s.slot(ownerSlot(roleOf)).entity());
      }
    }
  }

  /**
   * "Congress President Prof. Kenji Morimoto", "Editor in Chief Paul Sidhu": a title in capitals.
   */
  static void readRoleBefore(RoleFacts facts) {
    facts.titles(ROLE_BEFORE);
  }
}
