package org.radkg.extract;

import java.util.List;
import java.util.Locale;

/**
 * The job titles read from a page in another language are that language's strings, written with a
 * capital as an office is named ("presidenta de la Sociedad" gives "Presidenta"@es): Spanish,
 * Portuguese, French and Italian write an office in lower case inside a sentence, where English
 * capitalizes it before a name.
 */
final class ForeignTitles {
  private ForeignTitles() {}

  /** {@code found} with each job title tagged {@code language} and capitalized; as is if null. */
  static List<Relation> tagged(List<Relation> found, String language) {
    if (language == null) {
      return found;
    }
    return found.stream().map(r -> tagged(r, language)).toList();
  }

  private static Relation tagged(Relation r, String language) {
    if (r.predicate() != Predicate.JOB_TITLE || !(r.object() instanceof LiteralValue title)) {
      return r;
    }
    String s = title.lexical();
    String capitalized =
        s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    return new Relation(
        r.subject(),
        r.predicate(),
        new LiteralValue(capitalized, null, language),
        r.evidence(),
        r.method());
  }
}
