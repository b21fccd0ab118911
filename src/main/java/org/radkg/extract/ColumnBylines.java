package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the heading of a newsletter column that names its writer by office ("AAPM President’s
 * Column Martin S. Weinhous", "President’s Jottings Dr. Lilian Leong", "Past President's Blog -
 * Stephen O'Connor") as the writer's job title, and the body that owns the office, when the heading
 * names it, as the writer's affiliation.
 */
final class ColumnBylines {
  // The kinds of piece a newsletter gives an office holder, after the office's possessive.
  private static final String PIECE =
      "(?:Column|Message|Report|Corner|Letter|Jottings|Blog|Update|Desk|Page|Notes|Welcome|Address"
          + "|Foreword|Remarks|Perspective|Diary|Viewpoint|Musings|Memo|News|Log)";
  private static final Pattern HEADING =
      Pattern.compile(
          "(?:⟦O(?<org>\\d+)⟧\\s+)?(?<role>"
              + SignatureBlocks.ROLE
              + ")(?:’s|'s)\\s+(?:\\p{Lu}\\p{L}*\\s+){0,2}?"
              + PIECE
              + "(?![\\p{L}])[\\s\\-–—:|•]*"
              + SignatureBlocks.TITLES
              + "⟦H(?<person>\\d+)⟧",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // The possessive and the piece alone, found first: most sentences have neither, and the heading's
  // pattern opens with the long alternation of every office.
  private static final Pattern POSSESSIVE_PIECE =
      Pattern.compile(
          "(?:’s|'s)\\s+(?:\\p{Lu}\\p{L}*\\s+){0,2}?" + PIECE + "(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private ColumnBylines() {}

  /** The titles and affiliations the column headings of {@code s} give their writers. */
  static List<Relation> read(MaskedSentence s, Evidence evidence) {
    List<Relation> out = new ArrayList<>();
    String masked = s.masked();
    if ((!masked.contains("’s") && !masked.contains("'s"))
        || !POSSESSIVE_PIECE.matcher(masked).find()) {
      return out;
    }
    Matcher m = HEADING.matcher(masked);
    while (m.find()) {
      Entity person = s.slot(Integer.parseInt(m.group("person"))).entity();
      String title = RoleTitles.clean(s.unmask(m.start("role"), m.end("role")));
      if (title.isBlank() || !Character.isUpperCase(title.charAt(0))) {
        continue;
      }
      out.add(new Relation(person, Predicate.JOB_TITLE, LiteralValue.english(title), evidence));
      if (m.group("org") != null) {
        Entity org = s.slot(Integer.parseInt(m.group("org"))).entity();
        if (org.primaryType().isOrganization()) {
          out.add(new Relation(person, Predicate.AFFILIATION, org, evidence));
        }
      }
    }
    return out;
  }
}
