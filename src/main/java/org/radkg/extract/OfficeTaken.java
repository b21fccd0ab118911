package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the office a sentence says a person takes or was given: "Jane Doe, MD, was elected as the
 * Society's new president", "John Roe, director of X at Y, was named vice president of Z", "Jane
 * Doe moves into the role of treasurer", "the Society has appointed John Roe as its executive
 * director".
 */
final class OfficeTaken {
  private static final String HONORIFIC = RolePatterns.HONORIFIC;
  private static final String MODIFIERS = RoleLexicon.modifiersBefore();
  // The office as stated: modifiers, up to two capitalized words of its unit ("Program Committee
  // chair"), the head.
  private static final String ROLE =
      "(?<role>"
          + MODIFIERS
          + "(?:(?-i:\\p{Lu}[\\p{L}-]*)\\s+){0,2}?(?i:"
          + RoleLexicon.wordsAlternation()
          + ")(?:[- ](?i:elect))?)(?![\\p{L}])";
  // The role with the organization it names before ("the Society's new president") or after ("...
  // of the Society", "at X").
  private static final String OWNER = "(?:⟦O(?<owner>\\d+)⟧(?:['’]s)?\\s+)?";
  private static final String FRESH = "(?:(?:new|next|current)\\s+)?";
  // "chair of X's Department of Y": an office of a unit the sentence does not name as an
  // organization is not read.
  private static final String AFTER_ROLE =
      "[”\"]?(?<of>\\s+of\\s+(?:the\\s+)?⟦O(?<ofOrg>\\d+)⟧(?!['’]s?\\s))?(?!\\s+of\\s)(?:\\s+(?:at|with)\\s+(?:the\\s+)?⟦O(?<at>\\d+)⟧)?";
  private static final String ARTICLE = "(?:(?:the|a|an|its|their|our|his|her)\\s+)?";
  // "Jane Doe, MD, director of X at ⟦O⟧ in ⟦P⟧, was ...": an apposition between the name and the
  // verb holds no other person.
  private static final String APPOSITION =
      "(?:,(?:[^⟦.;!?]|⟦[OPDIE]\\d+⟧|(?<=\\p{Lu})\\.){1,200}?,)?";
  private static final String PERSON = "⟦H(?<person>\\d+)⟧";
  private static final String CHOSEN =
      "(?:re-?elected|elected|named|appointed|nominated|selected|chosen|installed|confirmed|inaugurated)";
  // A verb in the passive or of taking up a role: the person it follows is the one who holds the
  // office.
  private static final Pattern PERSON_TAKES =
      Pattern.compile(
          PERSON
              + APPOSITION
              + ",?\\s+(?:who\\s+)?(?:"
              + "(?:(?:has|have|had)\\s+(?:also\\s+|now\\s+|just\\s+)?been|was|were|is|are|will\\s+be)\\s+(?:(?:newly|recently|also|unanimously|officially|formally|now|just)\\s+)?"
              + CHOSEN
              + "(?:\\s+(?:as|to\\s+serve\\s+as|to\\s+be|to\\s+the\\s+(?:post|position|role|office)\\s+of))?"
              + "|(?:has\\s+become|had\\s+become|became|becomes|will\\s+become)"
              + "|(?:takes|took|has\\s+taken|will\\s+take)\\s+(?:over\\s+as|office\\s+as|up\\s+the\\s+(?:role|post|position)\\s+of)"
              + "|(?:steps|stepped|will\\s+step|moves|moved|will\\s+move|transitions|transitioned|will\\s+transition)\\s+into\\s+(?:the|her|his|their)\\s+(?:new\\s+)?(?:role|position|post|office)\\s+(?:of|as)"
              + "|(?:assumes|assumed|will\\s+assume|has\\s+assumed)\\s+(?:the\\s+)?(?:role|position|post|office)\\s+of)"
              + "\\s+[“\"]?"
              + ARTICLE
              + OWNER
              + FRESH
              + ROLE
              + AFTER_ROLE);
  // A headline's verb without its auxiliary: "Jane Doe elected Society president". Without an
  // article
  // after it, so that an active "Jane Doe named a director for ..." is not read as her own office.
  private static final Pattern HEADLINE_TAKES =
      Pattern.compile(
          PERSON
              + "\\s+(?:re-?elected|elected|named|appointed)\\s+(?:as\\s+)?"
              + OWNER
              + ROLE
              + AFTER_ROLE);
  // "The Society has appointed Jane Doe as its new director", "we welcome Jane Doe to the board as
  // our new secretary".
  private static final Pattern GIVES_OFFICE =
      Pattern.compile(
          "(?:⟦O(?<owner>\\d+)⟧\\s+(?:has\\s+|have\\s+)?(?:"
              + CHOSEN
              + ")|(?<![\\p{L}])(?:welcome|welcomes|welcomed|welcoming))\\s+"
              + HONORIFIC
              + PERSON
              + "(?:\\s*\\([^()⟦]{0,60}\\)|,[^⟦.;]{1,60}?,)?"
              + "(?:\\s+to\\s+(?:the\\s+|our\\s+)?(?:⟦O(?<at>\\d+)⟧|(?:\\p{L}+\\s+){0,2}(?:board|committee|council|team)))?"
              + "\\s+(?:as|to\\s+serve\\s+as|to\\s+be)\\s+"
              + ARTICLE
              // "as our new secretary": the speaking society's "our" is its slot.
              + "(?:⟦O(?<speaker>\\d+)⟧\\s+)?"
              + FRESH
              + ROLE
              + "(?<of>\\s+of\\s+(?:the\\s+)?⟦O(?<ofOrg>\\d+)⟧)?");
  private static final Pattern BARE_MEMBER =
      Pattern.compile("(?i)(?:board\\s+|committee\\s+|council\\s+)?members?");

  private OfficeTaken() {}

  /** The job titles and affiliations the sentence's verbs of taking an office give its people. */
  static List<Relation> read(MaskedSentence s, Evidence evidence) {
    String m = s.masked();
    List<Relation> out = new ArrayList<>();
    for (Pattern p : List.of(PERSON_TAKES, HEADLINE_TAKES, GIVES_OFFICE)) {
      Matcher office = p.matcher(m);
      while (office.find()) {
        add(office, s, evidence, out);
      }
    }
    return out;
  }

  private static void add(Matcher office, MaskedSentence s, Evidence evidence, List<Relation> out) {
    Entity person = s.slot(Integer.parseInt(office.group("person"))).entity();
    int titleEnd = office.group("of") != null ? office.end("of") : office.end("role");
    // "was elected a member of the Society": membership is no office, but says whose the person is.
    if (!BARE_MEMBER.matcher(office.group("role")).matches()) {
      out.add(
          new Relation(
              person,
              Predicate.JOB_TITLE,
              LiteralValue.english(RoleTitles.clean(s.unmask(office.start("role"), titleEnd))),
              evidence,
              ReadingMethod.OFFICE_TAKEN));
    }
    String speaker = office.pattern() == GIVES_OFFICE ? office.group("speaker") : null;
    for (String org :
        new String[] {office.group("owner"), office.group("ofOrg"), office.group("at"), speaker}) {
      if (org != null) {
        out.add(
            new Relation(
                person,
                Predicate.AFFILIATION,
                s.slot(Integer.parseInt(org)).entity(),
                evidence,
                ReadingMethod.OFFICE_TAKEN));
      }
    }
  }
}
