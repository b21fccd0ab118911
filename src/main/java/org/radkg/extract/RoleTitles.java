package org.radkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a stated role into the job title the graph keeps: no photo caption, no acronym of the
 * title or of its organization, no leading article or word of time.
 */
final class RoleTitles {
  private static final Pattern CAPTION =
      Pattern.compile(
          "\\s*\\((?:left|right|centre|center|middle|pictured|above|below)\\)",
          Pattern.CASE_INSENSITIVE);
  // "Chief Executive Officer (CEO) of X": the title's own acronym is not part of it.
  private static final Pattern INNER_ACRONYM =
      Pattern.compile("\\s*\\(\\p{Lu}[\\p{Lu}\\d&-]{1,9}\\)(?=\\s+(?:of|at|for)\\s)");
  private static final Pattern TRAILING_ACRONYM =
      Pattern.compile("\\s*\\(\\p{Lu}[\\p{Lu}\\d&-]+\\)$");
  private static final Pattern LEADING_ARTICLE =
      Pattern.compile("^(?i:the|an|a|our|their|its)\\s+(?:(?i:new|current)\\s+)?");
  private static final Pattern OF_ACRONYM =
      Pattern.compile(
          "(?<=\\p{L})\\s+(?:of|de|da|do|del|della|di|des|du|der)\\s+(?:(?:the|la|el|le)\\s+)?\\p{Lu}[\\p{Lu}\\d&-]{1,9}$");

  private RoleTitles() {}

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
    // acronym alone is the affiliation; the title is the office.
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
