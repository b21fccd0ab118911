package org.radkg.corpus;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a line of the shape "Full Name (ACR)" as a society section header when the name is that of
 * a professional body (a society, college, federation, ...), and not of an event or a programme.
 */
final class SocietyHeaderParser {
  // "World Federation for Ultrasound in Medicine and Biology (WFUMB)": a name, then its acronym.
  private static final Pattern SHAPE =
      Pattern.compile("^(.+?)\\s*\\(([\\p{L}\\p{N}&./\\-]{2,15})\\)$");

  // The kind words that name a professional body. A title can have the header's shape too
  // ("Alzheimer’s Network for Treatment and Diagnostics (ALZ-NET)"), but it names a network,
  // a registry or a programme, not one of these.
  private static final Set<String> BODY_KINDS =
      Set.of(
          "society",
          "college",
          "federation",
          "association",
          "academy",
          "union",
          "council",
          "organization",
          "organisation",
          "league",
          "chamber",
          "société",
          "sociedad",
          "società",
          "gesellschaft",
          "sociedade");

  // Events carry a society's name but are not societies: "Asian Oceanian Congress of Radiology".
  private static final Set<String> EVENT_WORDS =
      Set.of(
          "congress",
          "conference",
          "symposium",
          "meeting",
          "summit",
          "forum",
          "week",
          "day",
          "days",
          "course",
          "workshop",
          "webinar",
          "assembly",
          "convention",
          "award",
          "awards");

  // Lower-case words allowed inside a proper name; any other lower-case word means a phrase such
  // as "Highlights from the ... Society", which is a title about a society, not its header.
  private static final Set<String> NAME_CONNECTIVES =
      Set.of(
          "of", "for", "the", "and", "in", "on", "de", "la", "le", "du", "des", "der", "für", "y",
          "e", "et", "di", "del", "&");

  private SocietyHeaderParser() {}

  /** The section the line heads, or {@code null} when it is not a society header. */
  static SocietySection parse(String line) {
    Matcher m = SHAPE.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String name = m.group(1).strip();
    String acronym = m.group(2);
    // "President, Association of Medical Physicists of India (AMPI)": an author's office, under
    // their name, not the header of a society's section.
    int comma = name.indexOf(',');
    if (comma > 0 && SignatureBlock.isOffice(name.substring(0, comma))) {
      return null;
    }
    if (acronym.chars().filter(Character::isUpperCase).count() < 2) {
      return null;
    }
    boolean bodyKind = false;
    for (String word : name.split("\\s+")) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (EVENT_WORDS.contains(lower) || word.chars().anyMatch(Character::isDigit)) {
        return null; // "The 2024 Asian Oceanian Congress of Radiology": an event, dated
      }
      if (Character.isLowerCase(word.charAt(0)) && !NAME_CONNECTIVES.contains(word)) {
        return null;
      }
      bodyKind |= BODY_KINDS.contains(lower);
    }
    return bodyKind ? new SocietySection(name, acronym) : null;
  }
}
