package org.radkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a person named as a press or information contact ("Media Contacts: Jane Roe", "contact Jane
 * Roe at 555-010-0199 or jroe@example.org") from a person the news is about: contacts are page
 * furniture, no actors, and state no fact about the story.
 */
final class ContactDetails {
  // "Media Contacts:", "For more information, please contact:", "To speak with a spokesperson,
  // contact:".
  private static final Pattern CUE =
      Pattern.compile("(?i)\\bcontact(?:s|\\s+(?:us|person))?\\b[^.\\n]{0,40}:");
  // A telephone number or an e-mail address right after the name.
  private static final Pattern REACH =
      Pattern.compile(
          "^[^.!?]{0,60}?(?:(?<phone>\\+?\\d[\\d ().-]{7,}\\d)|[\\w.+-]+@[\\w-]+\\.[\\w.]+)");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

  private ContactDetails() {}

  /** Whether the person {@code m} names in {@code text} is given as someone to contact. */
  static boolean isContact(String text, Mention m) {
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 80));
    Matcher reach = REACH.matcher(after);
    // A telephone number has nine digits at least: "(2021-2022 biennium)" is a term of office, not
    // a number.
    if (reach.find()
        && (reach.group("phone") == null
            || reach.group("phone").chars().filter(Character::isDigit).count() >= 9)) {
      return true;
    }
    String before = text.substring(Math.max(0, m.begin() - 150), m.begin());
    Matcher cue = CUE.matcher(before);
    int cueEnd = -1;
    while (cue.find()) {
      cueEnd = cue.end();
    }
    if (cueEnd < 0) {
      return false;
    }
    // The cue heads a block of at most three lines that no blank line ends.
    String block = before.substring(cueEnd);
    return !BLANK_LINE.matcher(block).find() && block.chars().filter(c -> c == '\n').count() <= 3;
  }
}
