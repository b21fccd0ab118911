package org.radkg.extract;

import java.util.regex.Pattern;

/**
 * Drops the words before a job title's office that are not the office: a time word ("current vice
 * president") and an organization's acronym with its year before a bare office ("CPSP President",
 * "2009 ABC secretary", "IAEA radiation safety specialist"), which is the person's affiliation, not
 * the title. An acronym before a unit of its own ("RSNA Board Liaison", "EANM Congress President")
 * stays.
 */
final class RoleTitleStart {
  private static final String MODIFIERS = RoleLexicon.modifiersBefore();
  // The bare office after the acronym, nothing after it: one head ("President"), or an office
  // written in lower
  // case (modifiers, up to two words of its field, the head). A capitalized office of several words
  // keeps its
  // acronym as written ("IAEA Deputy Director General").
  private static final Pattern OWNER_ACRONYM =
      Pattern.compile(
          "^(?:(?:19|20)\\d\\d\\s+)?\\p{Lu}[\\p{Lu}\\d&-]{1,9}\\s+(?=(?i:"
              + RoleLexicon.wordsAlternation()
              + ")$|(?-i:\\p{Ll})"
              + MODIFIERS
              + "(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}(?i:"
              + RoleLexicon.wordsAlternation()
              + ")(?:[- ](?i:elect))?$)");
  private static final Pattern TIME_WORD =
      Pattern.compile("^(?i:current|currently|now|then)\\s+(?=\\p{L})");

  private RoleTitleStart() {}

  /**
   * {@code title} from its office on; {@code title} itself when nothing stands before the office.
   */
  static String cut(String title) {
    String t = TIME_WORD.matcher(title).replaceFirst("");
    return OWNER_ACRONYM.matcher(t).replaceFirst("");
  }
}
