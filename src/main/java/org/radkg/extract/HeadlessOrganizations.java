package org.radkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.radkg.vocab.Slugs;

/**
 * Reads capitalized names with no head word as organizations where the article treats them as one:
 * an item of a semicolon series whose other items open with organizations ("A and its 9 doctors in
 * Ohio; B and 12 more in Vermont; and C, with 40 staff"), and every other place the article repeats
 * a name it has already read as an organization.
 */
final class HeadlessOrganizations {
  private static final Pattern SERIES_ITEM_START =
      Pattern.compile(";\\s*(?:and\\s+)?(?:the\\s+)?$");
  private static final Pattern ITEM_LEAD = Pattern.compile("^\\s*(?:and\\s+)?(?:the\\s+)?$");
  private static final int MAX_ITEM = 200;

  private HeadlessOrganizations() {}

  /**
   * {@code mentions} (sorted by position) with the names of {@code headless} the article treats as
   * organizations.
   */
  static List<Mention> add(
      List<Mention> mentions, List<NamePhraseFinder.Candidate> headless, String text, int begin) {
    List<Mention> out = new ArrayList<>(mentions);
    List<NamePhraseFinder.Candidate> left = new ArrayList<>();
    for (NamePhraseFinder.Candidate c : headless) {
      if (free(out, c) && seriesItem(out, c, text, begin)) {
        out.add(new Mention(organization(c.name()), c.span().begin(), c.span().end()));
      } else {
        left.add(c);
      }
    }
    // "Harlow Health announced ... The plan gives Harlow Health control of ...": once read, the
    // name is read everywhere.
    for (NamePhraseFinder.Candidate c : left) {
      if (!free(out, c)) {
        continue;
      }
      out.stream()
          .map(Mention::entity)
          .filter(e -> e.label().equals(c.name()) && e.primaryType().isOrganization())
          .findFirst()
          .ifPresent(e -> out.add(new Mention(e, c.span().begin(), c.span().end())));
    }
    out.sort(Lexicon.BY_POSITION);
    return out;
  }

  static Entity organization(String name) {
    return new Entity(
        Slugs.of(name),
        name,
        null,
        new TreeSet<>(),
        EnumSet.of(EntityType.ORGANIZATION),
        new TreeSet<>(),
        null);
  }

  private static boolean free(List<Mention> mentions, NamePhraseFinder.Candidate c) {
    return mentions.stream()
        .noneMatch(m -> m.begin() < c.span().end() && c.span().begin() < m.end());
  }

  // The item before "; and C" opens with an organization: "...; B and 12 more in Vermont; and C".
  private static boolean seriesItem(
      List<Mention> mentions, NamePhraseFinder.Candidate c, String text, int begin) {
    int at = c.span().begin();
    String before = text.substring(Math.max(begin, at - 12), at);
    java.util.regex.Matcher m = SERIES_ITEM_START.matcher(before);
    if (!m.find()) {
      return false;
    }
    int semicolon = Math.max(begin, at - 12) + m.start();
    int from = Math.max(begin, semicolon - MAX_ITEM);
    String previous = text.substring(from, semicolon);
    int itemStart =
        from
            + Math.max(
                Math.max(previous.lastIndexOf(';'), previous.lastIndexOf(':')),
                previous.lastIndexOf('\n'))
            + 1;
    for (Mention o : mentions) {
      if (o.begin() >= itemStart && o.begin() < semicolon) {
        return o.entity().primaryType().isOrganization()
            && ITEM_LEAD.matcher(text.substring(itemStart, o.begin())).matches();
      }
    }
    return false;
  }
}
