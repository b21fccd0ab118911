package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads people's roles and organizations from the constructions newsletters use: "Name, MD, PhD,
 * RSNA Board Liaison for ...", "ESR President, Prof. Name", "Name, Director of ..., Hospital",
 * "Name is a professor ... at University", "with Name as Editor in Chief", "ORG has appointed
 * Name".
 */
final class PersonRoleExtractor {
  /** A title of address before a person's slot ("Dr ", "Prof. "), optional. */
  static final String HONORIFIC = "(?:(?:Prof\\.?|Dr\\.?|Professor|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+)?";

  // Role words and modifiers live in data/lexicon/ (role-words.txt, role-modifiers.txt).
  private static final String ROLE_WORDS = RoleLexicon.wordsAlternation();
  private static final Pattern ROLE =
      Pattern.compile("\\b" + ROLE_WORDS + "\\b", Pattern.CASE_INSENSITIVE);
  // "former Team Lead of ...": capitalized words of a team or unit may stand between a modifier and
  // the head.
  private static final Pattern ROLE_FIRST_WORD =
      Pattern.compile(
          "(?:"
              + RoleLexicon.modifiersAlternation()
              + "[- ]){0,3}(?:(?-i:\\p{Lu}[\\p{L}-]*)\\s+){0,2}"
              + ROLE_WORDS
              + "\\b",
          Pattern.CASE_INSENSITIVE);
  // "research adviser at the Ministry", "radiation safety specialist": one or two lower-case nouns
  // name the
  // field of a role in an apposition; what follows it must be its organization or the apposition's
  // end. A
  // preposition or a participle ("translated by Professor") opens a clause, not a role.
  private static final Pattern FIELD_ROLE =
      Pattern.compile(
          "(?:(?!(?:who|whose|which|that|and|or|but|also|then|now|as|is|was|has|had|will|would|the|a|an|his|her|their|its|our|new|one|two"
              + "|by|to|from|in|on|at|of|for|with)(?![\\p{L}])|\\p{Ll}+ed\\s)"
              + "\\p{Ll}[\\p{Ll}-]+\\s+){1,2}(?i:"
              + ROLE_WORDS
              + ")(?=\\s*$|\\s+(?:at|of|in|for|with)\\s+(?:the\\s+)?⟦O)");
  // "R.T.(R)(MR)", "RDMS", "FSCCT": credentials after a name, which no degree list can hold in
  // full.
  private static final Pattern CREDENTIAL = Pattern.compile("[\\p{Lu}][\\p{Lu}.()/]*");
  // "president and CEO both the Alliance and X": the title ends where the organizations it spans
  // begin.
  private static final Pattern BOTH = Pattern.compile("\\s+(?:of\\s+|at\\s+)?both\\s+");
  private static final Pattern BOTH_ORGS =
      Pattern.compile(
          "\\bboth\\s+(?:the\\s+)?⟦O(\\d+)⟧\\s+and\\s+(?:the\\s+)?(?:\\p{L}+-based\\s+)?⟦O(\\d+)⟧|\\bboth\\s+(?:the\\s+)?⟦O(\\d+)⟧");
  private static final Pattern CAPTION =
      Pattern.compile(
          "\\s*\\((?:left|right|centre|center|middle|pictured|above|below)\\)",
          Pattern.CASE_INSENSITIVE);
  // "Chief Executive Officer (CEO) of X": the title's own acronym is not part of it.
  private static final Pattern INNER_ACRONYM =
      Pattern.compile("\\s*\\(\\p{Lu}[\\p{Lu}\\d&-]{1,9}\\)(?=\\s+(?:of|at|for)\\s)");
  private static final Pattern TRAILING_ACRONYM =
      Pattern.compile("\\s*\\(\\p{Lu}[\\p{Lu}\\d&-]+\\)$");
  private static final Pattern DEGREE = Pattern.compile(PersonFinder.DEGREE);
  private static final Pattern LEADING_ARTICLE =
      Pattern.compile("^(?i:the|an|a|our|their|its)\\s+(?:(?i:new|current)\\s+)?");
  private static final Pattern OF_ACRONYM =
      Pattern.compile(
          "(?<=\\p{L})\\s+(?:of|de|da|do|del|della|di|des|du|der)\\s+(?:(?:the|la|el|le)\\s+)?\\p{Lu}[\\p{Lu}\\d&-]{1,9}$");
  // Bodies a role may name between an organization and the role head: "WFUMB council member", "ESR
  // board member".
  private static final String ROLE_UNITS =
      "council|board|committee|section|congress|program|programme|project|team|editorial|scientific|research|education";
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
  // "ASUM Alison Deslandes reported ...": an organization written right before a name is the
  // person's.
  private static final Pattern ORG_PERSON =
      Pattern.compile("⟦O(\\d+)⟧(?:['’]s)?\\s+(?:(?:Prof\\.?|Dr\\.?|Professor)\\s+)?⟦H(\\d+)⟧");
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
  private static final Pattern THE_ROLE =
      Pattern.compile(
          // "Jane Doe, our new executive director": the possessive and the word of time go too.
          "(?:the|an|a|our|their|its)\\s+(?:(?:new|current)\\s+)?(?="
              + RoleLexicon.modifiersBefore()
              + ROLE_WORDS
              + "(?![\\p{L}]))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern IN_PLACE = Pattern.compile("\\s+in\\s+(?:the\\s+)?⟦P\\d+⟧");
  // "A diagnostic specialist with X Associates in Georgia, Jane Doe also ...", "A longtime member
  // of
  // the X Society, John Roe said": a description fronted before the name says whose the person is.
  private static final Pattern FRONTED_DESCRIPTION =
      Pattern.compile(
          "^\\s*(?:An?|The)\\s+(?<role>[\\p{Ll}][\\p{Ll} -]{0,60}?)\\s+(?:with|at|of|from)\\s+(?:the\\s+)?⟦O(?<org>\\d+)⟧"
              + "(?:\\s+in\\s+⟦P\\d+⟧(?:,\\s*⟦P\\d+⟧)*)?,\\s+"
              + HONORIFIC
              + "⟦H(?<person>\\d+)⟧");
  private static final Pattern THE_ORG = Pattern.compile("(?:[Tt]he\\s+)?⟦O(\\d+)⟧");
  private static final Pattern UNIT_AT_ORG =
      Pattern.compile("⟦O(\\d+)⟧\\s+(?:at|of)\\s+(?:the\\s+)?⟦O(\\d+)⟧");
  private static final Pattern THE_OWNER = Pattern.compile("^(?:the|an?)\\s+(?=⟦O\\d+⟧['’]s\\s)");
  private static final Pattern ORG_BEFORE_BARE_ROLE =
      Pattern.compile(
          // "X Society Educational Director": a capitalized word of the office may stand before its
          // head.
          "⟦O\\d+⟧(?:['’]s)?\\s+(?:(?:new|current)\\s+)?(?=(?:(?:"
              + RoleLexicon.modifiersAlternation()
              + ")[- ]+|(?-i:\\p{Lu}\\p{Ll}[\\p{L}-]*)\\s+){0,3}"
              + ROLE_WORDS
              + "(?:\\s+(?:and|&)\\s|\\s*(?:\\([^()]*\\)\\s*)?$))",
          Pattern.CASE_INSENSITIVE);
  // "Jane Doe MD, FACR, of ...": a degree may stand before the first comma. A bar ends the
  // apposition: "by Jane Doe, Contributing Editor | May 2" goes on with the page's furniture.
  private static final Pattern PERSON_SEGMENTS =
      Pattern.compile(
          "⟦H(\\d+)⟧(?:\\s+"
              + PersonFinder.DEGREE
              + ")?\\s*(?:\\((?:⟦P\\d+⟧|[A-Z]{2})\\))?(?:,|(?<dash>\\s[–—-]))\\s+(?<segs>(?:[^.“”\"⟦|]|⟦(?!H)|(?<=(?<![\\p{L}])\\p{Lu}|Ph)\\.)+)");
  // "Jane Doe, MD, of Springfield, IL, former president of ...": where she lives is no role, and
  // the list goes on after it.
  private static final Pattern HOME_PLACE =
      Pattern.compile(
          "(?:of\\s+)?(?:⟦P\\d+⟧|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})");
  // "..., and professor emeritus": a coordinated office after the first.
  private static final Pattern LEADING_AND = Pattern.compile("^(?:and|&)\\s+");
  // "professor emeritus, department of radiology, X University": the unit after a title belongs to
  // the title.
  private static final Pattern UNIT_OF =
      Pattern.compile("(?i:department|division|section|faculty|school)\\s+of\\s+[\\p{L} &-]{3,60}");
  private static final Pattern PERSON_NEXT = Pattern.compile("[\\s,]*" + HONORIFIC + "⟦H");
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
  private static final Pattern OF_ORG = Pattern.compile("\\s+of\\s+(?:the\\s+)?⟦O(\\d+)⟧");
  // "Jane Doe, who worked on the guideline on behalf of the Society": she acts for the
  // organization, so she is its.
  private static final Pattern ON_BEHALF =
      Pattern.compile("⟦H(\\d+)⟧[^⟦.;]{0,80}?\\bon\\s+behalf\\s+of\\s+(?:the\\s+)?⟦O(\\d+)⟧");
  private static final Pattern BARE_MEMBER =
      Pattern.compile("(?i)(?:a\\s+|an\\s+)?(?:long-standing\\s+|longtime\\s+)?members?");
  private static final Pattern AND_NEXT_ROLE =
      Pattern.compile(
          "\\s+(?:and|&)\\s+(?=" + ROLE_FIRST_WORD.pattern() + ")", Pattern.CASE_INSENSITIVE);
  // "Jane Doe is a professor of radiology at X", "Jane Doe is head of imaging at X Hospital":
  // without an
  // article the title must open with a role word; a complement in lower case ("of imaging") is part
  // of it.
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
  private static final Pattern APPOINTED =
      Pattern.compile(
          "⟦O(\\d+)⟧\\s+(?:has\\s+|have\\s+)?(?:appointed|named|elected|nominated)\\s+⟦H(\\d+)⟧");
  // "Prof. Jane Doe (Univ X) acts as Clinical Coordinator and Prof. John Roe as Scientific
  // Coordinator of the ORG".
  private static final String AS_ROLE =
      "\\s+as\\s+(?:the\\s+)?(?:new\\s+)?(?<role>(?:(?:"
          + RoleLexicon.modifiersAlternation()
          + ")[- ]+){0,2}"
          + "(?:(?-i:\\p{Lu}[\\p{L}-]*)\\s+){0,3}?"
          + ROLE_WORDS
          + "(?:\\s+of\\s+(?:the\\s+)?⟦O(?<org>\\d+)⟧)?)(?![\\p{L}])";
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
      Pattern.compile(
          "(?i:succeed|replac|follow)\\p{L}*\\s+(?:(?:Prof\\.?|Dr\\.?|Professor|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+)?$");
  // "Jane Doe and John Roe, respectively president and secretary of the X", "A, B and C, chair,
  // treasurer and secretary of the X, respectively": the offices of a list, paired in order.
  private static final String PEOPLE_LIST =
      "(?<list>"
          + HONORIFIC
          + "⟦H\\d+⟧(?:\\s*,\\s*"
          + HONORIFIC
          + "⟦H\\d+⟧)*,?\\s+(?:and|&)\\s+"
          + HONORIFIC
          + "⟦H\\d+⟧)";
  private static final String OFFICE_LIST =
      "(?:the\\s+)?(?<offices>[^.;:⟦]{3,140}?)(?:\\s+(?:of|at)\\s+(?:the\\s+)?⟦O(?<org>\\d+)⟧)?";
  private static final Pattern RESPECTIVELY_BEFORE =
      Pattern.compile(
          PEOPLE_LIST
              + ",?\\s+respectively,?\\s+"
              + OFFICE_LIST
              + "(?=\\s*[,.;)]|\\s*$|\\s+(?:have|had|were|are|will|who)\\s)");
  private static final Pattern RESPECTIVELY_AFTER =
      Pattern.compile(PEOPLE_LIST + ",?\\s+" + OFFICE_LIST + ",?\\s+respectively");
  private static final Pattern OFFICE_SEPARATOR =
      Pattern.compile("\\s*,\\s*(?:(?:and|&)\\s+)?|\\s+(?:and|&)\\s+");
  // "Jane Doe, who heads the X Trust", "Jane Doe, who chairs the X Committee": the body she leads
  // is hers.
  private static final Pattern WHO_HEADS =
      Pattern.compile(
          "⟦H(\\d+)⟧,?\\s+who\\s+(?:now\\s+|currently\\s+|also\\s+)?(?:heads|headed|leads|led|chairs|chaired|directs|directed|presides\\s+over|founded|co-founded|runs|ran)\\s+(?:the\\s+)?⟦O(\\d+)⟧");
  private static final Pattern AND_AS =
      Pattern.compile(
          "\\band\\s+(?:(?:Prof\\.?|Dr\\.?|Professor|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+)?"
              + AFTER_NAME
              + AS_ROLE,
          Pattern.CASE_INSENSITIVE);
  // "..., said IAEA Deputy Director General and Head of the Department of X Dazhu Yang.": a
  // speaker's titles before the name.
  private static final Pattern SAID_TITLE_PERSON =
      Pattern.compile(
          "(?=[sanec])\\b(?:said|says|added|noted|explained|commented|stated)\\s+(?:the\\s+)?(?:⟦O(?<org>\\d+)⟧(?:['’]s)?\\s+)?"
              + "(?<role>[^.,;⟦]{2,80}?(?:⟦O\\d+⟧[^.,;⟦]{0,40}?)?)\\s*(?:(?:Prof\\.?|Dr\\.?|Professor|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+)?⟦H(?<person>\\d+)⟧");
  private static final Pattern ONLY_ORG = Pattern.compile("⟦O\\d+⟧(?:\\s*\\([^()]*\\)?)?");
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
  private static final String FORMED_OF = "comprising(?:\\s+of)?|composed\\s+of|consisting\\s+of";
  // "The members of the Steering Committee were Dr. A (Chair), Dr. B and Dr. C", "the Panel
  // includes A and B":
  // each person listed after the group is one of its members.
  private static final Pattern GROUP_LISTS =
      Pattern.compile(
          "(?:\\b[Mm]embers\\s+of\\s+(?:the\\s+)?⟦O(?<of>\\d+)⟧|⟦O(?<own>\\d+)⟧(?:['’]s)?\\s+members|⟦O(?<group>\\d+)⟧(?=\\s+(?:include|includes|included|comprises|comprised|consists\\s+of|consisted\\s+of|"
              + FORMED_OF
              + ")\\b))"
              + "\\s+(?:were|are|include|included|includes|comprises|comprised|consists\\s+of|consisted\\s+of|is\\s+made\\s+up\\s+of|was\\s+made\\s+up\\s+of|"
              + FORMED_OF
              + ")\\s*:?\\s+"
              // "Dr A, President; Dr B, Secretary; ...": a semicolon goes on with the list when the
              // next person follows it.
              + "(?<list>"
              + HONORIFIC
              + "⟦H\\d+⟧(?:(?:[^⟦;]|;(?=\\s*(?:and\\s+)?"
              + HONORIFIC
              + "⟦H)){0,40}?⟦H\\d+⟧)*)");
  // "A, B and C, all of Durban and long-standing members of the Society": the people listed before
  // are its members.
  private static final Pattern LISTED_MEMBERS =
      Pattern.compile(
          "(?<list>"
              + HONORIFIC
              + "⟦H\\d+⟧(?:(?:\\s*,\\s*|\\s*,?\\s+(?:and|&)\\s+)"
              + HONORIFIC
              + "⟦H\\d+⟧)+)"
              + "(?:,?\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})?"
              + ",\\s+(?:all\\s+(?:of\\s+(?:⟦P\\d+⟧|\\p{Lu}\\p{L}+)\\s+and\\s+)?)?(?:(?:long-standing|longstanding|longtime|long-time|active|founding|senior)\\s+)?"
              + "members\\s+of\\s+(?:the\\s+)?⟦O(?<of>\\d+)⟧");
  private static final Pattern PERSON_SLOT = Pattern.compile("⟦H(\\d+)⟧");
  // "our President, Prof. Jane Doe", "their new chair Jane Doe": the role as stated.
  private static final Pattern POSSESSIVE_ROLE =
      Pattern.compile(
          "(?<![\\p{L}])(?:[Oo]ur|[Tt]heir|[Tt]he)\\s+(?:new\\s+|current\\s+)?(?<role>(?:(?:"
              + RoleLexicon.modifiersAlternation()
              + ")[- ]+){0,2}"
              + ROLE_WORDS
              + "),?\\s+(?:(?:Prof\\.?|Dr\\.?|Professor|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+)?⟦H(?<person>\\d+)⟧",
          Pattern.CASE_INSENSITIVE);
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
  // ...": a
  // sentence about one person lists her offices, each "role of ORG" a title and an affiliation.
  private static final Pattern PERSON_SERVED =
      Pattern.compile(
          "^\\s*(?:(?:Prof\\.?|Dr\\.?|Professor|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+)?⟦H(?<person>\\d+)⟧\\s+(?:has\\s+|had\\s+)?"
              + "(?:served|serves|became|becomes|was\\s+elected|was\\s+appointed|was\\s+named|has\\s+been\\s+(?:elected|appointed|named))\\b[^⟦]*");
  // "chair of the University's Department of X": the office is the unit's, which the possessive
  // names after its owner.
  private static final String POSSESSED_UNIT = "(?:['’]s?\\s+⟦O(?<unit>\\d+)⟧)?";
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
  // "incoming ⟦O⟧ Chair", "new ⟦O⟧ president": a modifier before the organization of the role.
  private static final Pattern MODIFIED_ORG_ROLE =
      Pattern.compile(
          "(?:(?:"
              + RoleLexicon.modifiersAlternation()
              + "|new|current|outgoing)[- ]+){1,2}⟦O(\\d+)⟧\\s+(?:(?:"
              + RoleLexicon.modifiersAlternation()
              + ")[- ]+){0,2}"
              + ROLE_WORDS
              + "(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PARTICIPLE =
      Pattern.compile(
          "(?<!\\b(?:of|for|in|on|to|and|the|a|an))\\s+\\p{Ll}{3,}ing\\s+(?:the|a|an|its|their|his|her|our)\\s");
  private static final Pattern WITH_AS =
      Pattern.compile("\\bwith\\s+⟦H(\\d+)⟧\\s+as\\s+(?<role>\\p{Lu}[\\p{L} ]+?)(?=[.,;]|$)");
  // "Congress President Prof. Kenji Morimoto", "Committee Chair Professor Liam O'Connell", "Editor
  // in Chief Paul Sidhu",
  // "Health Minister A. B. Raman".
  private static final Pattern ROLE_BEFORE =
      Pattern.compile(
          "(?<![⟧’'s]\\s)(?<!⟧\\s)(?<role>(?:\\p{Lu}[\\p{L}-]+\\s+){0,2}?(?:Editor in Chief|Editor-in-Chief|Chair|Chairman|Chairwoman|President|Director|CEO|Dean|Minister|Secretary|Treasurer)"
              // "President Elect Jane Doe"; "Past president Dr. Jane Doe", "Congress president
              // Prof. Jane Doe".
              + "(?:[ -][Ee]lect)?|\\p{Lu}\\p{Ll}+\\s+(?:president|chair|chairman|chairwoman|director|dean)(?:-elect)?)"
              + "\\s+(?:(?:Prof\\.?|Professor|Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+)?⟦H(\\d+)⟧");
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
              + "(?:\\s*\\((?-i:\\p{Lu}[\\p{Lu}\\d&-]{1,9})\\))?\\s+of\\s+(?:the\\s+)?⟦O(?<org>\\d+)⟧),\\s+(?:(?:Prof\\.?|Professor|Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+)?⟦H(?<person>\\d+)⟧",
          Pattern.CASE_INSENSITIVE);
  // Heads of an office one holds by name; "representatives", "members", "professors" are kinds of
  // people, not offices.
  private static final String PLURAL_OFFICES =
      "chair|chairman|president|vice-president|director|editor|coordinator|officer|dean|treasurer|lead";
  // "the founding co-chairs, Dr. A, from X, and Dr. B, from Y": an office in the plural is each
  // listed person's.
  private static final Pattern PLURAL_ROLE_LIST =
      Pattern.compile(
          "(?<![\\p{L}])(?<role>(?:(?i:"
              + RoleLexicon.modifiersAlternation()
              + ")[- ]+){0,3}(?:[Cc]o-)?(?i:"
              + PLURAL_OFFICES
              + "))s,?\\s+"
              + "(?<list>"
              + HONORIFIC
              + "⟦H\\d+⟧(?:(?:[^⟦.;]|⟦[OP]\\d+⟧|(?<=Dr|Prof|Mr|Ms|Mrs)\\.){0,60}?(?:,|(?<![\\p{L}])and)\\s+"
              + HONORIFIC
              + "⟦H\\d+⟧)+)");
  // "As chairman of X, Jane Doe, Department of Y, opened ...": an office stated before the name it
  // introduces.
  private static final Pattern FRONTED_AS_ROLE =
      Pattern.compile(
          "(?<![\\p{L}])[Aa]s\\s+(?:the\\s+)?(?:(?:new|current|newly\\s+elected)\\s+)?(?<role>(?:(?i:"
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
  // "program director Dr. Jane Doe", "clinical lead Prof. John Roe": a title in lower case, closed
  // by the
  // honorific before the name (a title in capitals is ROLE_BEFORE's).
  private static final Pattern LOWER_ROLE_BEFORE_TITLED =
      Pattern.compile(
          "(?<![\\p{L}])(?<!(?-i:\\p{Lu})[\\p{L}-]{0,30}[ -])(?<role>(?=(?-i:\\p{Ll}))(?:(?:"
              + RoleLexicon.modifiersAlternation()
              + "|"
              + ROLE_UNITS
              + ")[- ]+){0,2}"
              + ROLE_WORDS
              + ")"
              + "\\s+(?:Prof\\.?|Professor|Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+⟦H(?<person>\\d+)⟧",
          Pattern.CASE_INSENSITIVE);
  // "and Professional Officer for Education and Training Dr Jane Doe", "for Radiologist, Dr. Jane
  // Doe, and Radiographic
  // Technologist, John Roe": a title in capitals, mid-sentence, right before the name (or a comma
  // and the name).
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
  // "Dr. Jane Doe (Chair)", "Dr. Jane Doe (Chair of the Accreditation Program – AP)": a role in
  // brackets after a name.
  private static final Pattern PAREN_ROLE =
      Pattern.compile(
          "⟦H(\\d+)⟧\\s*\\((?<role>[^()⟦⟧]{0,60}?(?:⟦[OI]\\d+⟧[^()⟦⟧]{0,20}?){0,2})\\)");
  private static final Pattern COMMA_ORG_TAIL = Pattern.compile(",\\s*(?:the\\s+)?⟦O(\\d+)⟧\\s*$");
  private static final Pattern DASH_TAIL = Pattern.compile("\\s*[–—-]{1,3}\\s.*$");
  private static final Pattern GENERIC_DEPARTMENT =
      Pattern.compile("(?:\\p{L}+\\s+){0,3}Department|Department\\s+of\\s+\\p{L}+");
  // "Department of Radiology at ⟦O⟧" where the department is no entity of its own (a department
  // in an affiliation line is the organization's unit, not a mention).
  private static final Pattern DEPARTMENT_TEXT_AT_ORG =
      Pattern.compile(
          "(?:(?:\\p{L}+\\s+){0,3}Department|Department\\s+of\\s+\\p{L}+(?:\\s+(?:and|&)\\s+\\p{L}+)?)"
              + "\\s+(?:at|of)\\s+(?:the\\s+)?⟦O(\\d+)⟧");
  // "chair emeritus of the X Alliance", "president-elect of X": a modifier that follows its head
  // stands between the office and its "of".
  private static final Pattern ROLE_OF_ORG =
      Pattern.compile(
          "\\b"
              + ROLE_WORDS
              + "(?:[- ](?:emeritus|emerita|elect))?\\s+of\\s+(?:the\\s+)?⟦O(\\d+)⟧"
              + POSSESSED_UNIT,
          Pattern.CASE_INSENSITIVE);
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
  // "at the (Italy) National Institute for X": a place in brackets may stand before the name.
  private static final Pattern AT_ORG =
      Pattern.compile("\\bat\\s+(?:the\\s+)?(?:\\(⟦P\\d+⟧\\)\\s*)?⟦O(\\d+)⟧");
  // "Jane Doe, MD, president, of X Associates in Y": after a title, a segment that opens with its
  // organization says whose the office is.
  private static final Pattern SEGMENT_OF_ORG =
      Pattern.compile("^(?:of|at|from|with)\\s+(?:the\\s+)?⟦O(\\d+)⟧");

  /** Affiliations and job titles of the people in one masked sentence. */
  List<Relation> extract(MaskedSentence s, Evidence evidence) {
    String m = s.masked();
    // Every pattern below reads a person slot: most sentences name no one.
    if (!m.contains("⟦H")) {
      return List.of();
    }
    List<Relation> out = new ArrayList<>();
    Matcher a = ORG_ROLE_PERSON.matcher(m);
    while (a.find()) {
      Entity person = s.slot(Integer.parseInt(a.group(3))).entity();
      out.add(
          new Relation(
              person,
              Predicate.AFFILIATION,
              s.slot(Integer.parseInt(a.group(1))).entity(),
              evidence));
      out.add(
          new Relation(
              person,
              Predicate.JOB_TITLE,
              LiteralValue.english(clean(s.unmask(a.start("role"), a.end("role")))),
              evidence));
    }
    Matcher b = PERSON_SEGMENTS.matcher(m);
    while (b.find()) {
      Entity person = s.slot(Integer.parseInt(b.group(1))).entity();
      int segStart = b.start("segs");
      int lastTitle = -1;
      boolean titled = false;
      Entity department = null;
      boolean departmentText = false;
      String segs = b.group("segs");
      if (b.group("dash") != null) {
        // "Dr. Jane Doe - President of the X - will lead ...": the apposition a dash opens, the
        // next dash closes.
        segs = DASH_TAIL.matcher(segs).replaceFirst("");
      }
      for (String seg : segs.split(",\\s*")) {
        int from = m.indexOf(seg, segStart);
        segStart = from + seg.length();
        // "X Society Executive Director earlier this month": the segment is read up to where the
        // title ends.
        seg = RoleTitleEnd.cut(seg);
        String t = seg.strip();
        boolean afterTitle = titled;
        titled = false;
        if (t.isEmpty() || DEGREE.matcher(t).matches() || CREDENTIAL.matcher(t).matches()) {
          continue;
        }
        if (lastTitle < 0
            && HOME_PLACE.matcher(t).matches()
            && !ROLE_FIRST_WORD.matcher(t).lookingAt()) {
          continue;
        }
        if (afterTitle && UNIT_OF.matcher(t).matches()) {
          Relation prior = out.get(lastTitle);
          out.set(
              lastTitle,
              new Relation(
                  person,
                  Predicate.JOB_TITLE,
                  LiteralValue.english(((LiteralValue) prior.object()).lexical() + ", " + clean(t)),
                  evidence));
          continue;
        }
        Matcher ownerAfter = SEGMENT_OF_ORG.matcher(t);
        if (afterTitle && ownerAfter.lookingAt()) {
          out.add(
              new Relation(
                  person,
                  Predicate.AFFILIATION,
                  s.slot(Integer.parseInt(ownerAfter.group(1))).entity(),
                  evidence));
          break;
        }
        Matcher and = LEADING_AND.matcher(t);
        // "for Radiologist, Dr. Jane Doe, and Radiographic Technologist, John Roe": a title right
        // before a name is that person's.
        Matcher next = PERSON_NEXT.matcher(m).region(from + seg.length(), m.length());
        if (and.lookingAt()
            && ROLE_FIRST_WORD.matcher(t.substring(and.end())).lookingAt()
            && !next.lookingAt()) {
          from = from + Math.max(0, seg.indexOf(t)) + and.end();
          seg = t = t.substring(and.end());
        }
        // "Jane Doe, the President of X", "Jane Doe, MD, an associate professor of radiology at X":
        // the article
        // before an appositive title is not part of it.
        Matcher article = THE_ROLE.matcher(t);
        if (article.lookingAt()) {
          t = t.substring(article.end());
        }
        // "Jane Doe, the X Trust’s new director": the owner's possessive opens the office.
        Matcher theOwner = THE_OWNER.matcher(t);
        if (theOwner.lookingAt()) {
          t = t.substring(theOwner.end());
        }
        List<Integer> slots = MaskedSentence.slotIndexes(t);
        // "La Fe Hospital (Valencia, ES)": the segments split the place in brackets after the
        // organization.
        boolean onlyOrg = ONLY_ORG.matcher(t).matches();
        // "Jane Doe, Department of Radiology, The X Hospital, Springfield": a department named by
        // its field is a unit of the organization the next segment names, which is hers.
        Matcher parent = THE_ORG.matcher(t);
        if ((department != null || departmentText) && parent.matches()) {
          out.add(
              new Relation(
                  person,
                  Predicate.AFFILIATION,
                  s.slot(Integer.parseInt(parent.group(1))).entity(),
                  evidence));
          department = null;
          break;
        }
        if (departmentText) {
          break; // a department of no organization named next: nothing more to read here
        }
        if (department == null && slots.isEmpty() && GENERIC_DEPARTMENT.matcher(t).matches()) {
          departmentText = true;
          continue;
        }
        if (department != null) {
          out.add(new Relation(person, Predicate.AFFILIATION, department, evidence));
          department = null;
        }
        if (onlyOrg) {
          Entity org = s.slot(slots.get(0)).entity();
          if (GENERIC_DEPARTMENT.matcher(surface(s, s.slot(slots.get(0)))).matches()) {
            department = org;
            continue;
          }
          out.add(new Relation(person, Predicate.AFFILIATION, org, evidence));
          break;
        }
        // "Jane Doe, Department of Radiology at X Hospital": the department is the hospital's.
        Matcher textAt = DEPARTMENT_TEXT_AT_ORG.matcher(t);
        if (textAt.matches()) {
          out.add(
              new Relation(
                  person,
                  Predicate.AFFILIATION,
                  s.slot(Integer.parseInt(textAt.group(1))).entity(),
                  evidence));
          break;
        }
        Matcher unitAt = UNIT_AT_ORG.matcher(t);
        if (unitAt.matches()
            && GENERIC_DEPARTMENT
                .matcher(surface(s, s.slot(Integer.parseInt(unitAt.group(1)))))
                .matches()) {
          out.add(
              new Relation(
                  person,
                  Predicate.AFFILIATION,
                  s.slot(Integer.parseInt(unitAt.group(2))).entity(),
                  evidence));
          break;
        }
        // "president of the ...", "director of emergency imaging": a role may start in lower case.
        boolean startsUpper =
            Character.isUpperCase(t.charAt(0))
                || t.startsWith("⟦")
                || ROLE_FIRST_WORD.matcher(t).lookingAt()
                || MODIFIED_ORG_ROLE.matcher(t).lookingAt()
                || FIELD_ROLE.matcher(t).lookingAt();
        if (!startsUpper || !ROLE.matcher(t).find() || t.length() > 90) {
          break;
        }
        int roleEnd = from + seg.length();
        int roleStart = from;
        if (t.startsWith("⟦O")) {
          out.add(
              new Relation(person, Predicate.AFFILIATION, s.slot(slots.get(0)).entity(), evidence));
          // "John Roe, ARRS president", "Jane Doe, IAEA Deputy Director General and Head of ...":
          // the
          // organization before a bare title is the person's, and the title is the office alone.
          Matcher owner = ORG_BEFORE_BARE_ROLE.matcher(t);
          if (owner.lookingAt()) {
            roleStart = from + Math.max(0, seg.indexOf(t)) + owner.end();
          }
        }
        Matcher modified = MODIFIED_ORG_ROLE.matcher(t);
        if (modified.lookingAt()) {
          out.add(
              new Relation(
                  person,
                  Predicate.AFFILIATION,
                  s.slot(Integer.parseInt(modified.group(1))).entity(),
                  evidence));
        }
        // "incoming AMPC Chair for 2008 coordinating the ...": a participle with its object opens a
        // clause after
        // the title ("medical imaging" alone is a noun and stays).
        Matcher participle = PARTICIPLE.matcher(t);
        if (participle.find()) {
          roleEnd = Math.min(roleEnd, from + Math.max(0, seg.indexOf(t)) + participle.start());
        }
        // "president of the Italian Society of ...": the title keeps its "of" tail, as stated; the
        // organization is the person's (ROLE_OF_ORG below).
        // "... professor of radiology at the University of Michigan": the title ends where the
        // organization begins.
        Matcher atCut = AT_ORG.matcher(t);
        int tStart = from + Math.max(0, seg.indexOf(t));
        // "president of X Associates in Dallas": where the organization is, is no part of the
        // office.
        Matcher inPlace = IN_PLACE.matcher(t);
        if (inPlace.find()) {
          roleEnd = Math.min(roleEnd, tStart + inPlace.start());
        }
        // "consultant radiologist at X Hospital and president of the Y Society": an office after
        // the organization and "and" is a title of its own.
        String officeAfterAt = null;
        if (atCut.find()) {
          roleEnd = Math.min(roleEnd, tStart + atCut.start());
          Matcher andOffice = AND_NEXT_ROLE.matcher(t);
          andOffice.region(atCut.end(), t.length());
          if (andOffice.lookingAt() && !t.substring(atCut.end()).contains("⟦H")) {
            Matcher nextAt = AT_ORG.matcher(t);
            nextAt.region(andOffice.end(), t.length());
            int officeEnd = nextAt.find() ? nextAt.start() : t.length();
            officeAfterAt = s.unmask(tStart + andOffice.end(), tStart + officeEnd);
          }
        }
        Matcher both = BOTH.matcher(t);
        if (both.find()) {
          roleEnd = Math.min(roleEnd, from + Math.max(0, seg.indexOf(t)) + both.start());
          Matcher orgs = BOTH_ORGS.matcher(t);
          while (orgs.find()) {
            for (int g = 1; g <= 3; g++) {
              if (orgs.group(g) != null) {
                out.add(
                    new Relation(
                        person,
                        Predicate.AFFILIATION,
                        s.slot(Integer.parseInt(orgs.group(g))).entity(),
                        evidence));
              }
            }
          }
        }
        // "principal investigator and professor of radiology", "Deputy Director General and Head of
        // ...": two titles.
        List<String> titles = CoordinatedTitles.split(clean(s.unmask(roleStart, roleEnd)));
        if (modified.lookingAt()) {
          titles =
              withoutOwner(s, modified, from + Math.max(0, seg.indexOf(t)), roleStart, roleEnd);
        }
        if (officeAfterAt != null) {
          titles = new ArrayList<>(titles);
          titles.add(officeAfterAt);
        }
        for (String title : titles) {
          out.add(
              new Relation(
                  person, Predicate.JOB_TITLE, LiteralValue.english(clean(title)), evidence));
          lastTitle = out.size() - 1;
          titled = true;
        }
        // "Head of the Section X at the Agency", "chair of the Commission and medical director of
        // the Institute":
        // the organization a role is "of" is the person's, whatever its kind.
        Matcher roleOf = ROLE_OF_ORG.matcher(t);
        while (roleOf.find()) {
          Entity org = s.slot(ownerSlot(roleOf)).entity();
          // "Director of the Medical Imaging Department": a department named by its field alone is
          // part of a
          // hospital the sentence may not name; it is no organization of its own to be affiliated
          // with.
          if (!GENERIC_DEPARTMENT.matcher(org.label()).matches()) {
            out.add(new Relation(person, Predicate.AFFILIATION, org, evidence));
          }
        }
        Matcher at = AT_ORG.matcher(t);
        while (at.find()) {
          out.add(
              new Relation(
                  person,
                  Predicate.AFFILIATION,
                  s.slot(Integer.parseInt(at.group(1))).entity(),
                  evidence));
        }
      }
      if (department != null) {
        out.add(new Relation(person, Predicate.AFFILIATION, department, evidence));
      }
    }
    Matcher c = PERSON_IS.matcher(m);
    while (c.find()) {
      Entity person = s.slot(Integer.parseInt(c.group(1))).entity();
      String role = c.group("role").strip();
      if (ROLE.matcher(role).find()
          && (c.group("article") != null || ROLE_OPENS.matcher(role).lookingAt())) {
        // "Jane Doe was a member of the Society": membership is no office, but says whose she is.
        if (!BARE_MEMBER.matcher(role).matches()) {
          out.add(
              new Relation(
                  person, Predicate.JOB_TITLE, LiteralValue.english(clean(role)), evidence));
        }
        // From the title's end: "is head of imaging at the X" has its "at" before the rest.
        Matcher at = AT_ORG.matcher(m);
        at.region(c.end("role"), m.length());
        while (at.find()) {
          out.add(
              new Relation(
                  person,
                  Predicate.AFFILIATION,
                  s.slot(Integer.parseInt(at.group(1))).entity(),
                  evidence));
        }
        // "Jane Doe, a professor at X, is the new president of the Society": the organization the
        // office is of.
        Matcher of = OF_ORG.matcher(m);
        if (of.region(c.end("role"), m.length()).lookingAt()) {
          out.add(
              new Relation(
                  person,
                  Predicate.AFFILIATION,
                  s.slot(Integer.parseInt(of.group(1))).entity(),
                  evidence));
        }
      }
    }
    Matcher behalf = ON_BEHALF.matcher(m);
    while (behalf.find()) {
      out.add(
          new Relation(
              s.slot(Integer.parseInt(behalf.group(1))).entity(),
              Predicate.AFFILIATION,
              s.slot(Integer.parseInt(behalf.group(2))).entity(),
              evidence));
    }
    Matcher po = PERSON_ORG.matcher(m);
    while (po.find()) {
      out.add(
          new Relation(
              s.slot(Integer.parseInt(po.group(1))).entity(),
              Predicate.AFFILIATION,
              s.slot(Integer.parseInt(po.group(2))).entity(),
              evidence));
    }
    Matcher fronted = FRONTED_DESCRIPTION.matcher(m);
    if (fronted.find() && ROLE.matcher(fronted.group("role")).find()) {
      out.add(
          new Relation(
              s.slot(Integer.parseInt(fronted.group("person"))).entity(),
              Predicate.AFFILIATION,
              s.slot(Integer.parseInt(fronted.group("org"))).entity(),
              evidence));
    }
    Matcher led = LED_BY_PERSON.matcher(m);
    while (led.find()) {
      out.add(
          new Relation(
              s.slot(Integer.parseInt(led.group(2))).entity(),
              Predicate.AFFILIATION,
              s.slot(Integer.parseInt(led.group(1))).entity(),
              evidence));
    }
    Matcher op = ORG_PERSON.matcher(m);
    while (op.find()) {
      out.add(
          new Relation(
              s.slot(Integer.parseInt(op.group(2))).entity(),
              Predicate.AFFILIATION,
              s.slot(Integer.parseInt(op.group(1))).entity(),
              evidence));
    }
    Matcher ar = A_ROLE_AT.matcher(m);
    while (ar.find()) {
      Entity person = s.slot(Integer.parseInt(ar.group(1))).entity();
      out.add(
          new Relation(
              person,
              Predicate.AFFILIATION,
              s.slot(Integer.parseInt(ar.group(4))).entity(),
              evidence));
      String role = ar.group("role");
      Matcher who = WHO_NOW.matcher(role);
      if (who.find()) {
        // The office the clause names keeps its "of" organization, as stated.
        int end = ar.group("sep").equals("of") ? ar.end() : ar.end("role");
        role = s.unmask(ar.start("role") + who.end(), end);
      }
      if (ROLE.matcher(role).find() && !ar.group("role").contains("⟦")) {
        out.add(
            new Relation(person, Predicate.JOB_TITLE, LiteralValue.english(clean(role)), evidence));
      }
    }
    Matcher pr = PAREN_ROLE.matcher(m);
    while (pr.find()) {
      String inside = pr.group("role").strip();
      if (!inside.isEmpty() && ROLE_FIRST_WORD.matcher(inside).lookingAt()) {
        Entity person = s.slot(Integer.parseInt(pr.group(1))).entity();
        // "Dr. Jane Doe (Chair, X Society)": the title ends at the comma before its organization,
        // which is hers.
        int roleEnd = pr.end("role");
        Matcher orgAfter = COMMA_ORG_TAIL.matcher(pr.group("role"));
        if (orgAfter.find()) {
          roleEnd = pr.start("role") + orgAfter.start();
          out.add(
              new Relation(
                  person,
                  Predicate.AFFILIATION,
                  s.slot(Integer.parseInt(orgAfter.group(1))).entity(),
                  evidence));
        }
        String title = DASH_TAIL.matcher(clean(s.unmask(pr.start("role"), roleEnd))).replaceAll("");
        out.add(new Relation(person, Predicate.JOB_TITLE, LiteralValue.english(title), evidence));
        Matcher roleOf = ROLE_OF_ORG.matcher(inside);
        while (roleOf.find()) {
          out.add(
              new Relation(
                  person, Predicate.AFFILIATION, s.slot(ownerSlot(roleOf)).entity(), evidence));
        }
      }
    }
    Matcher as = AS_ORG_ROLE.matcher(m);
    while (as.find()) {
      Entity person = s.slot(Integer.parseInt(as.group(1))).entity();
      out.add(
          new Relation(
              person,
              Predicate.AFFILIATION,
              s.slot(Integer.parseInt(as.group(2))).entity(),
              evidence));
      out.add(
          new Relation(
              person,
              Predicate.JOB_TITLE,
              LiteralValue.english(clean(as.group("role"))),
              evidence));
    }
    Matcher its = ITS_ROLE.matcher(m);
    while (its.find()) {
      // Only when the name right before "its" is an organization: "the program and its director" is
      // the program's.
      Matcher last = LAST_SLOT.matcher(m.substring(0, its.start()));
      if (last.find() && last.group(1).equals("O")) {
        out.add(
            new Relation(
                s.slot(Integer.parseInt(its.group(1))).entity(),
                Predicate.AFFILIATION,
                s.slot(Integer.parseInt(last.group(2))).entity(),
                evidence));
      }
    }
    Matcher group = GROUP_LISTS.matcher(m);
    while (group.find()) {
      String g =
          group.group("of") != null
              ? group.group("of")
              : group.group("own") != null ? group.group("own") : group.group("group");
      addMembers(s, group.group("list"), s.slot(Integer.parseInt(g)).entity(), evidence, out);
    }
    Matcher plural = PLURAL_ROLE_LIST.matcher(m);
    while (plural.find()) {
      LiteralValue title = LiteralValue.english(clean(plural.group("role")));
      Matcher member = PERSON_SLOT.matcher(plural.group("list"));
      while (member.find()) {
        out.add(
            new Relation(
                s.slot(Integer.parseInt(member.group(1))).entity(),
                Predicate.JOB_TITLE,
                title,
                evidence));
      }
    }
    Matcher listed = LISTED_MEMBERS.matcher(m);
    while (listed.find()) {
      addMembers(
          s,
          listed.group("list"),
          s.slot(Integer.parseInt(listed.group("of"))).entity(),
          evidence,
          out);
    }
    for (Pattern p : List.of(LOWER_ROLE_BEFORE_TITLED, TITLE_CASE_ROLE_BEFORE)) {
      Matcher before = p.matcher(m);
      while (before.find()) {
        out.add(
            new Relation(
                s.slot(Integer.parseInt(before.group("person"))).entity(),
                Predicate.JOB_TITLE,
                LiteralValue.english(clean(before.group("role"))),
                evidence));
      }
    }
    Matcher item = LIST_ITEM_ROLE.matcher(m);
    while (item.find()) {
      out.add(
          new Relation(
              s.slot(Integer.parseInt(item.group("person"))).entity(),
              Predicate.JOB_TITLE,
              LiteralValue.english(clean(s.unmask(item.start("role"), item.end("role")))),
              evidence));
    }
    for (Pattern p : List.of(ROLE_OF_ORG_THEN_NAME, FRONTED_AS_ROLE, ROLE_WAS_NAME)) {
      Matcher roleFirst = p.matcher(m);
      while (roleFirst.find()) {
        addRoleAs(roleFirst, s, evidence, out);
      }
    }
    Matcher poss = POSSESSIVE_ROLE.matcher(m);
    while (poss.find()) {
      out.add(
          new Relation(
              s.slot(Integer.parseInt(poss.group("person"))).entity(),
              Predicate.JOB_TITLE,
              LiteralValue.english(clean(poss.group("role"))),
              evidence));
    }
    Matcher who = WHO_IS.matcher(m);
    while (who.find()) {
      addRoleAs(who, s, evidence, out);
      if (who.group("at") != null) {
        out.add(
            new Relation(
                s.slot(Integer.parseInt(who.group("person"))).entity(),
                Predicate.AFFILIATION,
                s.slot(Integer.parseInt(who.group("at"))).entity(),
                evidence));
      }
    }
    Matcher served = PERSON_SERVED.matcher(m);
    if (served.lookingAt()) {
      // The offices run until another person is named.
      int stop = m.indexOf("⟦H", served.end("person"));
      Matcher office = ROLE_OF_NAMED.matcher(m);
      office.region(served.end("person"), stop < 0 ? m.length() : stop);
      Entity person = s.slot(Integer.parseInt(served.group("person"))).entity();
      while (office.find()) {
        out.add(
            new Relation(
                person,
                Predicate.JOB_TITLE,
                LiteralValue.english(clean(s.unmask(office.start("role"), office.end("role")))),
                evidence));
        String org = office.group("unit") != null ? office.group("unit") : office.group("org");
        out.add(
            new Relation(
                person, Predicate.AFFILIATION, s.slot(Integer.parseInt(org)).entity(), evidence));
      }
    }
    Matcher said = SAID_TITLE_PERSON.matcher(m);
    while (said.find()) {
      String role = said.group("role").strip();
      if (!ROLE_FIRST_WORD.matcher(role).lookingAt() || !Character.isUpperCase(role.charAt(0))) {
        continue;
      }
      Entity person = s.slot(Integer.parseInt(said.group("person"))).entity();
      if (said.group("org") != null) {
        out.add(
            new Relation(
                person,
                Predicate.AFFILIATION,
                s.slot(Integer.parseInt(said.group("org"))).entity(),
                evidence));
      }
      for (String title :
          CoordinatedTitles.split(clean(s.unmask(said.start("role"), said.end("role"))))) {
        out.add(
            new Relation(
                person, Predicate.JOB_TITLE, LiteralValue.english(clean(title)), evidence));
      }
      Matcher roleOf = ROLE_OF_ORG.matcher(role);
      while (roleOf.find()) {
        out.add(
            new Relation(
                person, Predicate.AFFILIATION, s.slot(ownerSlot(roleOf)).entity(), evidence));
      }
    }
    Matcher heads = WHO_HEADS.matcher(m);
    while (heads.find()) {
      out.add(
          new Relation(
              s.slot(Integer.parseInt(heads.group(1))).entity(),
              Predicate.AFFILIATION,
              s.slot(Integer.parseInt(heads.group(2))).entity(),
              evidence));
    }
    Matcher nameAs = NAME_AS_ROLE.matcher(m);
    while (nameAs.find()) {
      // "will succeed Jane Doe as president": the office is the subject's, who takes hers.
      if (!SUCCEEDED
          .matcher(m.substring(Math.max(0, nameAs.start() - 40), nameAs.start()))
          .find()) {
        addRoleAs(nameAs, s, evidence, out);
      }
    }
    Matcher servesOn = SERVES_ON.matcher(m);
    while (servesOn.find()) {
      Entity person = s.slot(Integer.parseInt(servesOn.group("person"))).entity();
      out.add(
          new Relation(
              person,
              Predicate.AFFILIATION,
              s.slot(Integer.parseInt(servesOn.group("body"))).entity(),
              evidence));
      if (servesOn.group("role") != null) {
        addRoleAs(person, servesOn, s, evidence, out);
      }
    }
    Matcher acts = ACTS_AS.matcher(m);
    int actsEnd = -1;
    while (acts.find()) {
      addRoleAs(acts, s, evidence, out);
      actsEnd = acts.end();
    }
    // "... and Prof. John Roe as Scientific Coordinator": the verb is given once for both people.
    if (actsEnd >= 0) {
      Matcher andAs = AND_AS.matcher(m);
      andAs.region(actsEnd, m.length());
      while (andAs.find()) {
        addRoleAs(andAs, s, evidence, out);
      }
    }
    Matcher d = APPOINTED.matcher(m);
    while (d.find()) {
      out.add(
          new Relation(
              s.slot(Integer.parseInt(d.group(2))).entity(),
              Predicate.AFFILIATION,
              s.slot(Integer.parseInt(d.group(1))).entity(),
              evidence));
    }
    for (Pattern p : List.of(WITH_AS, ROLE_BEFORE)) {
      Matcher e = p.matcher(m);
      while (e.find()) {
        int personGroup = p == WITH_AS ? 1 : 2;
        Entity person = s.slot(Integer.parseInt(e.group(personGroup))).entity();
        out.add(
            new Relation(
                person,
                Predicate.JOB_TITLE,
                LiteralValue.english(clean(e.group("role"))),
                evidence));
      }
    }
    // "was elected president of X", "moves into the role of treasurer": an office the sentence's
    // verb gives.
    out.addAll(OfficeTaken.read(s, evidence));
    // Last: the offices "respectively" pairs with the people replace what the apposition read.
    readRespectively(s, evidence, out);
    out.removeIf(
        r ->
            r.subject().primaryType() != EntityType.PERSON
                || (r.predicate() == Predicate.AFFILIATION
                    && !((Entity) r.object()).primaryType().isOrganization()));
    return out;
  }

  // "former ACR president and chair of the department": the organization inside the first title is
  // its
  // affiliation, so the title is "former president", and what "and" adds after it is a title of its
  // own.
  private static List<String> withoutOwner(
      MaskedSentence s, Matcher modified, int offset, int roleStart, int roleEnd) {
    String m = s.masked();
    int slotStart = m.lastIndexOf("⟦", offset + modified.start(1));
    int slotEnd = m.indexOf('⟧', slotStart) + 1;
    int headEnd = offset + modified.end();
    // "incoming NSI Chair for 2027": an acronym is written as part of the title and stays in it.
    if (slotStart < roleStart
        || headEnd > roleEnd
        || !s.unmask(slotStart, slotEnd).strip().contains(" ")) {
      return CoordinatedTitles.split(clean(s.unmask(roleStart, roleEnd)));
    }
    List<String> titles = new ArrayList<>();
    titles.add(clean(s.unmask(roleStart, slotStart) + s.unmask(slotEnd, headEnd).stripLeading()));
    Matcher and = AND_NEXT_ROLE.matcher(m);
    and.region(headEnd, roleEnd);
    if (and.lookingAt()) {
      titles.addAll(CoordinatedTitles.split(clean(s.unmask(and.end(), roleEnd))));
    }
    return titles;
  }

  // "Jane Doe and John Roe, respectively president and secretary of the X": as many offices as
  // people, each a role, give each person hers in order; the organization they are of is each
  // one's.
  private static void readRespectively(MaskedSentence s, Evidence evidence, List<Relation> out) {
    for (Pattern p : List.of(RESPECTIVELY_BEFORE, RESPECTIVELY_AFTER)) {
      Matcher r = p.matcher(s.masked());
      while (r.find()) {
        pairOffices(s, r, evidence, out);
      }
    }
  }

  private static void pairOffices(
      MaskedSentence s, Matcher r, Evidence evidence, List<Relation> out) {
    List<String> people = new ArrayList<>();
    Matcher slot = PERSON_SLOT.matcher(r.group("list"));
    while (slot.find()) {
      people.add(slot.group(1));
    }
    List<String> titles = List.of(OFFICE_SEPARATOR.split(r.group("offices").strip()));
    if (titles.size() != people.size()
        || !titles.stream().allMatch(t -> ROLE_FIRST_WORD.matcher(t).matches())) {
      return;
    }
    String org = r.group("org");
    for (int i = 0; i < people.size(); i++) {
      Entity person = s.slot(Integer.parseInt(people.get(i))).entity();
      out.removeIf(x -> x.predicate() == Predicate.JOB_TITLE && x.subject().equals(person));
      out.add(
          new Relation(
              person, Predicate.JOB_TITLE, LiteralValue.english(clean(titles.get(i))), evidence));
      if (org != null) {
        out.add(
            new Relation(
                person, Predicate.AFFILIATION, s.slot(Integer.parseInt(org)).entity(), evidence));
      }
    }
  }

  // Each person slot of {@code list} is affiliated with {@code body}.
  private static void addMembers(
      MaskedSentence s, String list, Entity body, Evidence evidence, List<Relation> out) {
    Matcher member = PERSON_SLOT.matcher(list);
    while (member.find()) {
      out.add(
          new Relation(
              s.slot(Integer.parseInt(member.group(1))).entity(),
              Predicate.AFFILIATION,
              body,
              evidence));
    }
  }

  private static void addRoleAs(
      Matcher m, MaskedSentence s, Evidence evidence, List<Relation> out) {
    addRoleAs(s.slot(Integer.parseInt(m.group("person"))).entity(), m, s, evidence, out);
  }

  // The title a match's "role" group states, and the organization of its "org" group when there is
  // one.
  private static void addRoleAs(
      Entity person, Matcher m, MaskedSentence s, Evidence evidence, List<Relation> out) {
    out.add(
        new Relation(
            person,
            Predicate.JOB_TITLE,
            LiteralValue.english(clean(s.unmask(m.start("role"), m.end("role")))),
            evidence));
    if (m.group("org") != null) {
      out.add(
          new Relation(
              person,
              Predicate.AFFILIATION,
              s.slot(Integer.parseInt(m.group("org"))).entity(),
              evidence));
    }
  }

  // The words of the text a slot stands for.
  private static String surface(MaskedSentence s, Slot slot) {
    return s.source().substring(slot.span().begin(), slot.span().end()).strip();
  }

  // The organization a ROLE_OF_ORG match names last: the unit when an owner's possessive comes
  // first.
  private static int ownerSlot(Matcher roleOf) {
    return Integer.parseInt(roleOf.group("unit") != null ? roleOf.group("unit") : roleOf.group(1));
  }

  /**
   * {@code role} as a job title: without a caption, a trailing acronym or organization acronym, or
   * a leading article.
   */
  static String clean(String role) {
    // "President (left)": a photo caption's position is not part of the title.
    // "president of the Society of X (SOX)": the acronym after the organization is not part of the
    // title either.
    // "Treasurer; John Roe (CZ), ...": a semicolon ends a title, the next item of a list begins.
    int semicolon = role.indexOf(';');
    String r =
        CAPTION
            .matcher(RoleTitleEnd.cut(semicolon < 0 ? role : role.substring(0, semicolon)).strip())
            .replaceAll("")
            .replaceAll("[,;:]+$", "")
            .replaceAll("\\s+", " ");
    r = TRAILING_ACRONYM.matcher(r).replaceAll("");
    r = INNER_ACRONYM.matcher(r).replaceAll("");
    // "President of IPEM", "Representative Director of the JSRT": an organization named by its
    // acronym alone
    // is the affiliation; the title is the office.
    // "President of the Advisory Council of the CBR": after a complement of its own, the acronym
    // names whose council it is, and the title keeps it, as stated.
    Matcher ofAcronym = OF_ACRONYM.matcher(r);
    if (ofAcronym.find()
        && !r.substring(0, ofAcronym.start()).matches("(?s).*\\s(?:of|for)\\s.*")) {
      r = r.substring(0, ofAcronym.start());
    }
    // "current vice president", "CPSP President": the time word and the owner's acronym are not the
    // office.
    return RoleTitleStart.cut(LEADING_ARTICLE.matcher(r).replaceFirst(""));
  }
}
