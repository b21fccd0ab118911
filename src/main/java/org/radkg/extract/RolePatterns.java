package org.radkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pattern parts every reading of people's roles shares: the honorific before a name, the role
 * heads of {@code data/lexicon/role-words.txt}, and "role of ORG", "at ORG" after a title.
 */
final class RolePatterns {
  /** A title of address before a person's slot ("Dr ", "Prof. "), optional. */
  static final String HONORIFIC = "(?:(?:Prof\\.?|Dr\\.?|Professor|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+)?";

  // Role words and modifiers live in data/lexicon/ (role-words.txt, role-modifiers.txt).
  static final String ROLE_WORDS = RoleLexicon.wordsAlternation();
  static final Pattern ROLE = Pattern.compile("\\b" + ROLE_WORDS + "\\b", Pattern.CASE_INSENSITIVE);
  // "former Team Lead of ...": capitalized words of a team or unit may stand between a modifier and
  // the head.
  static final Pattern ROLE_FIRST_WORD =
      Pattern.compile(
          "(?:"
              + RoleLexicon.modifiersAlternation()
              + "[- ]){0,3}(?:(?-i:\\p{Lu}[\\p{L}-]*)\\s+){0,2}"
              + ROLE_WORDS
              + "\\b",
          Pattern.CASE_INSENSITIVE);
  static final Pattern PERSON_SLOT = Pattern.compile("⟦H(\\d+)⟧");
  // "chair of the University's Department of X": the office is the unit's, which the possessive
  // names after its owner.
  static final String POSSESSED_UNIT = "(?:['’]s?\\s+⟦O(?<unit>\\d+)⟧)?";
  static final Pattern DASH_TAIL = Pattern.compile("\\s*[–—-]{1,3}\\s.*$");
  static final Pattern GENERIC_DEPARTMENT =
      Pattern.compile("(?:\\p{L}+\\s+){0,3}Department|Department\\s+of\\s+\\p{L}+");
  // "chair emeritus of the X Alliance", "president-elect of X": a modifier that follows its head
  // stands between the office and its "of".
  static final Pattern ROLE_OF_ORG =
      Pattern.compile(
          "\\b"
              + ROLE_WORDS
              + "(?:[- ](?:emeritus|emerita|elect))?\\s+of\\s+(?:the\\s+)?⟦O(\\d+)⟧"
              + POSSESSED_UNIT,
          Pattern.CASE_INSENSITIVE);
  // "at the (Italy) National Institute for X": a place in brackets may stand before the name.
  static final Pattern AT_ORG =
      Pattern.compile("\\bat\\s+(?:the\\s+)?(?:\\(⟦P\\d+⟧\\)\\s*)?⟦O(\\d+)⟧");

  private RolePatterns() {}

  /**
   * The organization a {@link #ROLE_OF_ORG} match names last: the unit when an owner's possessive
   * comes first.
   */
  static int ownerSlot(Matcher roleOf) {
    return Integer.parseInt(roleOf.group("unit") != null ? roleOf.group("unit") : roleOf.group(1));
  }
}
