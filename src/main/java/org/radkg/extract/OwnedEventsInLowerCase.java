package org.radkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the events news names in lower case by their owner: "the RSSA's annual congress", "the
 * college's 2023 annual meeting", "its 47th congress" each name one edition of an organization's
 * meeting, which {@link OwnedNames} then gives its owner's name ("RSSA Annual Congress", "ACR
 * Annual Meeting 2023"). A meeting named without its owner ("an annual meeting") is no one's and is
 * left alone.
 */
final class OwnedEventsInLowerCase {
  // "annual meeting", "2023 annual scientific meeting", "47th congress": an annual meeting, or a
  // numbered one; the year, when written, is part of the edition's name.
  private static final Pattern MEETING =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:(?<year>(?:19|20)\\d{2})\\s+)?(?<name>(?:(?<annual>annual)\\s+)?"
              + "(?:(?:scientific|general|national|international)\\s+)?"
              + "(?:meeting|congress|conference|convention|symposium|assembly))(?![\\p{L}])");
  // What must stand right before the meeting (after an ordinal): its owner's possessive, "its" or
  // "their", or "the college's" for the organization the page is about.
  private static final Pattern OWNER_CUE =
      Pattern.compile(
          "(?:['’]s?|\\b(?:its|their)|\\bthe\\s+"
              + OwnedNames.THE_BODY
              + "['’]s)\\s+(?:(?<ordinal>\\d+(?:st|nd|rd|th))\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  private OwnedEventsInLowerCase() {}

  /**
   * {@code mentions} with a generic event mention added for each owned meeting written in lower
   * case between {@code begin} and {@code end} where no mention stands already.
   */
  static List<Mention> added(String text, int begin, int end, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    Matcher m = MEETING.matcher(text);
    m.region(begin, end);
    while (m.find()) {
      int cueFrom = Math.max(begin, m.start() - 60);
      Matcher cue = OWNER_CUE.matcher(text.substring(cueFrom, m.start()));
      if (!cue.find()) {
        continue;
      }
      boolean numbered = cue.group("ordinal") != null;
      if (m.group("annual") == null && !numbered && m.group("year") == null) {
        continue;
      }
      // "the members' annual meeting": a possessive is an owner's only after an organization's
      // name.
      int apostrophe = cueFrom + cue.start();
      if ("'’".indexOf(text.charAt(apostrophe)) >= 0
          && out.stream()
              .noneMatch(o -> o.end() == apostrophe && o.entity().primaryType().isOrganization())) {
        continue;
      }
      int from = m.start();
      int to = m.end();
      if (out.stream().anyMatch(o -> o.begin() < to && from < o.end())) {
        continue;
      }
      out.add(new Mention(EventFinder.genericMeeting(m.group("name"), m.group("year")), from, to));
    }
    out.sort(Comparator.comparingInt(Mention::begin));
    return out;
  }
}
