package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a list of office holders, one per line, opened by a sentence that ends in a colon: items
 * "Director from Europe: Jane Doe" hold their office in the organization the lines just before the
 * list name ("... esteemed ABC members to serve the Society in leadership positions. The following
 * members will take office:"), and names listed alone under a plural office ("The newly elected
 * Policy Board Members are:" / "Jane Doe, Springfield, USA") each hold that office in the singular,
 * in the body the opening line names. One instance reads one article's sentences in order, since
 * every line is a sentence.
 */
final class OfficeLists {
  // "• Director from Europe: Jane Doe", "Treasurer: Dr John Roe": an item naming an office, then
  // its holder.
  private static final Pattern OFFICE_ITEM =
      Pattern.compile(
          "^\\s*(?:[•·▪*-]\\s*)?(?=(?:(?i:"
              + RoleLexicon.modifiersAlternation()
              + ")[- ]+){0,3}(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}(?i:"
              + RoleLexicon.wordsAlternation()
              + ")(?![\\p{L}]))(?:[^:⟦]|⟦P\\d+⟧){2,60}:\\s+"
              + RolePatterns.HONORIFIC
              + "⟦H(?<person>\\d+)⟧");
  // "Jane Doe, R.T., Springfield, USA", "• Dr Jane Doe": a line opened by a name.
  private static final Pattern NAME_ITEM =
      Pattern.compile(
          "^\\s*(?:[•·▪*-]\\s*)?" + RolePatterns.HONORIFIC + "⟦H(?<person>\\d+)⟧\\s*(?:$|[,(])");
  // "The newly elected Policy Board Members are:": an office in the plural, in capitals, ends the
  // opening sentence.
  private static final Pattern PLURAL_OFFICE_OPENER =
      Pattern.compile(
          "(?<office>(?:(?:\\p{Lu}[\\p{L}-]*|⟦O\\d+⟧)\\s+){0,3}(?:Member|Officer|Director|Trustee|Councillor"
              + "|Representative|Ambassador|Governor|Delegate)s)"
              + "(?:\\s+(?:are|were|include|for\\s+(?:19|20)\\d\\d(?:[-–/](?:19|20)?\\d\\d)?))?\\s*:\\s*$");
  // "Jane Doe, R.T., Springfield": a line opened by capitalized words and a comma, as the names
  // are.
  private static final Pattern UNREAD_NAME_ITEM =
      Pattern.compile("^\\s*(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]*\\s*,");
  private static final Pattern COLON_END = Pattern.compile(":\\s*$");
  private static final Pattern ORG_SLOT = Pattern.compile("⟦O(\\d+)⟧");

  private Entity previousOrg;
  private boolean open;
  private Entity listOrg;
  private String pluralOffice;
  private Entity pluralOrg;

  /**
   * The titles and affiliations {@code s} states as an item of the list the lines before opened.
   */
  List<Relation> read(MaskedSentence s, Evidence evidence) {
    List<Relation> out = new ArrayList<>();
    // A bulleted list is read as one sentence with the line that announces it.
    String[] lines = s.masked().split("\n");
    int lineStart = 0;
    for (String line : lines) {
      int at = lineStart;
      lineStart += line.length() + 1;
      Entity lastOrg = lastOrganization(s, line);
      if (!(open && readItem(s, line, evidence, out))) {
        open = COLON_END.matcher(line).find();
        if (open) {
          // The organization the list serves: named in the opening line, or in the one before it.
          listOrg = lastOrg != null ? lastOrg : previousOrg;
          Matcher plural = PLURAL_OFFICE_OPENER.matcher(line);
          boolean pluralFound = plural.find();
          pluralOffice =
              pluralFound
                  ? singular(s.unmask(at + plural.start("office"), at + plural.end("office")))
                  : null;
          // "The newly elected Policy Board Members are:", "The ABC Society's new Directors are:":
          // the body the office is of, named in the opening line, is each listed holder's.
          pluralOrg = pluralFound ? lastOrg : null;
        }
      }
      previousOrg = lastOrg;
    }
    return out;
  }

  // Whether {@code line} is an item of the open list; its relations go to {@code out}.
  private boolean readItem(MaskedSentence s, String line, Evidence evidence, List<Relation> out) {
    Matcher office = OFFICE_ITEM.matcher(line);
    if (office.find()) {
      if (listOrg != null) {
        out.add(new Relation(person(s, office), Predicate.AFFILIATION, listOrg, evidence));
      }
      return true;
    }
    if (pluralOffice == null) {
      return false;
    }
    Matcher name = NAME_ITEM.matcher(line);
    if (name.find()) {
      out.add(
          new Relation(
              person(s, name), Predicate.JOB_TITLE, LiteralValue.english(pluralOffice), evidence));
      if (pluralOrg != null) {
        out.add(new Relation(person(s, name), Predicate.AFFILIATION, pluralOrg, evidence));
      }
      return true;
    }
    // A name no reader knew as a person's still stands in the list and does not end it.
    return UNREAD_NAME_ITEM.matcher(line).find();
  }

  private static Entity person(MaskedSentence s, Matcher m) {
    return s.slot(Integer.parseInt(m.group("person"))).entity();
  }

  // The organization named last in the sentence, if any.
  private static Entity lastOrganization(MaskedSentence s, String line) {
    Entity last = null;
    Matcher o = ORG_SLOT.matcher(line);
    while (o.find()) {
      Entity e = s.slot(Integer.parseInt(o.group(1))).entity();
      if (e.primaryType().isOrganization()) {
        last = e;
      }
    }
    return last;
  }

  // "Policy Board Members" -> "Policy Board Member".
  private static String singular(String office) {
    return office.toLowerCase(Locale.ROOT).endsWith("s")
        ? office.substring(0, office.length() - 1)
        : office;
  }
}
