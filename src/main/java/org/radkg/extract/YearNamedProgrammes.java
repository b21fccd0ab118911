package org.radkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;
import org.radkg.vocab.Slugs;

/**
 * Finds programmes named with a year, which the name finder leaves to the dates: "the Horizon 2020
 * programme", "the Horizon 2020 MEDIRAD project" (a project under it), "funded under Horizon 2020",
 * "the Europe 2030 strategy". A congress named with its year ("ECR 2020") is an event's, not this.
 */
final class YearNamedProgrammes {
  private static final String NAME =
      "(\\p{Lu}\\p{Ll}[\\p{L}-]*(?: \\p{Lu}\\p{Ll}[\\p{L}-]*)?) ((?:19|20)\\d{2})";
  private static final Pattern BEFORE_TYPE =
      Pattern.compile(
          "(?<![\\p{L}\\d-])"
              + NAME
              + "(?= (?:\\p{Lu}[\\p{Lu}\\d-]+ )?(?:programme|program|strategy|initiative|agenda|framework|project|plan)\\b)");
  private static final Pattern UNDER =
      Pattern.compile("\\bunder (?:the )?" + NAME + "(?![\\p{L}\\d-])");
  private static final Set<String> NOT_NAMES =
      Set.copyOf(LexiconFiles.entries("year-programme-openers"));

  private YearNamedProgrammes() {}

  /** The year-named programmes of {@code text[begin, end)} as mentions. */
  static List<Mention> find(String text, int begin, int end) {
    List<Mention> out = new ArrayList<>();
    for (Pattern p : List.of(BEFORE_TYPE, UNDER)) {
      Matcher m = p.matcher(text);
      m.region(begin, end);
      while (m.find()) {
        String name = m.group(1);
        int at = m.start(1);
        int space = name.indexOf(' ');
        // "The Skyline 2030 project": a sentence's first word is no part of the name.
        if (NOT_NAMES.contains(space < 0 ? name : name.substring(0, space))) {
          if (space < 0) {
            continue;
          }
          name = name.substring(space + 1);
          at += space + 1;
          if (NOT_NAMES.contains(name)) {
            continue;
          }
        }
        String label = name + " " + m.group(2);
        Entity e =
            new Entity(
                Slugs.of(label),
                label,
                null,
                new TreeSet<>(),
                EnumSet.of(EntityType.INITIATIVE),
                new TreeSet<>(),
                null);
        int from = at;
        if (out.stream().noneMatch(o -> o.begin() == from)) {
          out.add(new Mention(e, from, m.end(2)));
        }
      }
    }
    return out;
  }
}
