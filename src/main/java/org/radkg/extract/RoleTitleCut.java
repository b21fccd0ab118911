package org.radkg.extract;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a job title out of an organization's name: in "IAEA Deputy Director General and Head of the
 * Department of X" only "Department of X" is a name; a phrase that is a title alone names nothing.
 */
final class RoleTitleCut {
  private static final String ROLE =
      "(?:(?:"
          + RoleLexicon.modifiersAlternation()
          + ")[- ]+){0,3}"
          + RoleLexicon.wordsAlternation();
  // The title: up to three capitalized words ("ACR Board"), roles joined by "and", then "of", "for"
  // or "at" before the organization.
  // "General of the X": what is left of "Secretary General of the X" once a name phrase has dropped
  // the
  // "Secretary" it never starts with.
  private static final Pattern TITLE_PREFIX =
      Pattern.compile(
          "^(?:(?:\\p{Lu}[\\p{L}\\d&-]*['’]?s?\\s+){0,3}(?i:"
              + ROLE
              + ")(?:\\s+(?:and|&)\\s+(?:\\p{Lu}[\\p{Lu}\\d&-]+\\s+)*(?i:"
              + ROLE
              + "))*|General)"
              + "\\s+(?:of|for|at)\\s+(?:the\\s+)?");

  private RoleTitleCut() {}

  /**
   * The candidate without a leading job title; the candidate itself when it starts with none; null
   * when what follows the title is not a name {@code classifier} can type.
   */
  static NamePhraseFinder.Candidate cut(NamePhraseFinder.Candidate c, NameClassifier classifier) {
    if (c == null) {
      return null;
    }
    Matcher m = TITLE_PREFIX.matcher(c.name());
    if (!m.lookingAt()) {
      return c;
    }
    String rest = c.name().substring(m.end());
    Optional<Set<EntityType>> types = classifier.classify(rest);
    if (!rest.contains(" ") || types.isEmpty()) {
      return null;
    }
    int begin = c.span().begin() + m.end();
    return new NamePhraseFinder.Candidate(
        rest, new Span(begin, begin + rest.length()), types.get());
  }
}
