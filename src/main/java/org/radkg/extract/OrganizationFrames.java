package org.radkg.extract;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;

/**
 * Says whether the words around a name with no head word treat it as an organization: a frame
 * before it ("courtesy of", "a merger with", "funded by"), a verb after it ("announced", "was
 * founded"), or a place it is based in ("Toledo-based"); the frames are the lists {@code
 * organization-frames-before} and {@code organization-frames-after} in {@code data/lexicon/}.
 */
final class OrganizationFrames {
  private static final Pattern BEFORE =
      Pattern.compile(
          "(?<![\\p{L}-])(?:" + alternation("organization-frames-before") + ")\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);
  // A verb stands after a space, a possessive or "-led" right after the name ("Harlow Health’s
  // board", "Harlow Health-led").
  private static final Pattern AFTER =
      Pattern.compile(
          "^(?:\\s*\\([^()\\n]{1,20}\\))?(?:,?\\s+|(?=['’-]))(?:"
              + alternation("organization-frames-after")
              + ")(?![\\p{L}-])");
  // "Toledo-based Quillon Radiology": a company or practice is based somewhere; a person or a
  // programme is not.
  private static final Pattern BASED =
      Pattern.compile("(?<![\\p{L}-])\\p{Lu}[\\p{L}.]*(?:[ -]\\p{Lu}[\\p{L}.]*)?-based\\s+$");
  private static final int WINDOW = 40;

  private OrganizationFrames() {}

  // "funded by Member States' contributions": the states of a union or the people of a body are not
  // one organization.
  private static final Set<String> NOT_LAST = notLast();
  private static final Pattern IN_PLACE = Pattern.compile(" in \\p{Lu}");

  private static Set<String> notLast() {
    Set<String> out =
        new HashSet<>(
            Set.of(
                "States",
                "Countries",
                "Nations",
                "Parties",
                "Territories",
                "Regions",
                "Governments"));
    LexiconFiles.entries("group-nouns").stream()
        .filter(g -> !g.equals("Partners"))
        .forEach(out::add);
    return Set.copyOf(out);
  }

  /**
   * {@code c}, a name with no head word, typed an organization when its frame says it is one,
   * without a place after "in" ("founded by Chilton Publishing in Philadelphia"); empty otherwise.
   */
  static Optional<NamePhraseFinder.Candidate> typed(
      NamePhraseFinder.Candidate c, String text, int begin) {
    String name = c.name();
    if (NOT_LAST.contains(name.substring(name.lastIndexOf(' ') + 1))
        || !framed(text, begin, c.span())) {
      return Optional.empty();
    }
    // "Women in Radiology" keeps its "in"; two words and more before it are the name ("Chilton
    // Publishing in ...").
    Matcher in = IN_PLACE.matcher(name);
    if (in.find() && name.substring(0, in.start()).contains(" ")) {
      name = name.substring(0, in.start());
    }
    return Optional.of(
        new NamePhraseFinder.Candidate(
            name,
            new Span(c.span().begin(), c.span().begin() + name.length()),
            EnumSet.of(EntityType.ORGANIZATION)));
  }

  /**
   * Whether the name at {@code text[name.begin, name.end)} stands in an organization's frame,
   * looking no further back than {@code begin}.
   */
  private static boolean framed(String text, int begin, Span name) {
    return framedBefore(text, begin, name) || framedAfter(text, name);
  }

  /**
   * Whether the words before {@code name}, no further back than {@code begin}, frame an
   * organization ("a merger with", "Toledo-based").
   */
  static boolean framedBefore(String text, int begin, Span name) {
    String before = text.substring(Math.max(begin, name.begin() - WINDOW), name.begin());
    return BEFORE.matcher(before).find() || BASED.matcher(before).find();
  }

  /** Whether the words after {@code name} frame an organization ("announced", "’s board"). */
  static boolean framedAfter(String text, Span name) {
    String after = text.substring(name.end(), Math.min(text.length(), name.end() + WINDOW));
    return AFTER.matcher(after).find();
  }

  private static String alternation(String list) {
    return LexiconFiles.alternation(LexiconFiles.entries(list));
  }
}
