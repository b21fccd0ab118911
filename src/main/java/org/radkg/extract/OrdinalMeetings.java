package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.vocab.Slugs;

/**
 * Finds a body's meeting that the text counts in lower case ("the second official meeting of the
 * ‘Zorblan Imaging Initiative’", "the 3rd regional workshop of the Zorblan Society"): one event,
 * named in title case with its owner's name ("Second Official Meeting of the Zorblan Imaging
 * Initiative"); the mention covers the counted words, so the owner stays named on its own.
 */
final class OrdinalMeetings {
  // The owner's words stop at a place ("... Society in Lima") and at a closing quote.
  // An annual meeting ("the 61st annual meeting of the X") is an edition of a series, which
  // EventFinder names by its year; so "annual" is no modifier here.
  private static final Pattern COUNTED =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?<count>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))"
              + "\\s+(?<mods>(?:(?:official|regional|general|joint|plenary|coordination|preparatory|inaugural|founding|constitutive|technical|extraordinary)\\s+){0,2})"
              + "(?<head>meeting|conference|congress|symposium|workshop|assembly|summit)\\s+of\\s+(?:the\\s+)?[‘'“\"]?"
              + "(?<owner>\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:of|for|and|the|&)\\s+)*\\p{Lu}[\\p{L}-]*){1,8})");

  private OrdinalMeetings() {}

  /** The counted meetings of {@code text[begin, end)}. */
  static List<Mention> find(String text, int begin, int end) {
    List<Mention> out = new ArrayList<>();
    Matcher m = COUNTED.matcher(text).region(begin, end);
    while (m.find()) {
      // Written in lower case only: a capitalized "Second Meeting of ..." is a name the phrase
      // finder reads whole.
      if (!Character.isLowerCase(text.charAt(m.start("head")))) {
        continue;
      }
      String counted =
          capitalized(m.group("count") + " " + m.group("mods") + m.group("head")) + " of the ";
      String label = counted + m.group("owner");
      Entity e = Entity.of(Slugs.of(label), label, EntityType.EVENT);
      out.add(new Mention(e, m.start("count"), m.end("head")));
    }
    return out;
  }

  private static String capitalized(String words) {
    StringBuilder out = new StringBuilder();
    for (String w : words.trim().split("\\s+")) {
      out.append(out.isEmpty() ? "" : " ")
          .append(w.substring(0, 1).toUpperCase(Locale.ROOT))
          .append(w.substring(1));
    }
    return out.toString();
  }
}
