package org.radkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;

/**
 * Writes job titles with a capital where an office is named: a title read from a page in another
 * language is that language's string as written, tagged with it ("presidenta de la Sociedad"@es:
 * Spanish, Portuguese, French and Italian write an office in lower case inside a sentence, and the
 * title is the role as stated); an English title that opens with an office
 * (capitalized-offices.txt, after up to two role modifiers) is capitalized ("the new president of
 * SNMMI" gives "President of SNMMI"), while occupations stay as written ("professor of radiology").
 */
final class JobTitleCase {
  // An office at the title's start, after at most two modifiers ("vice", "executive", "former").
  private static final Pattern OFFICE =
      Pattern.compile(
          "(?i)(?<office>(?:(?:"
              + LexiconFiles.alternation(LexiconFiles.entries("role-modifiers"))
              + "|outgoing|interim|acting|co)[- ]){0,2}(?:"
              + LexiconFiles.alternation(LexiconFiles.entries("capitalized-offices"))
              + "))(?![\\p{L}-]).*",
          Pattern.DOTALL);
  private static final Pattern WORD_START = Pattern.compile("(?<![\\p{L}'’])\\p{Ll}");

  private JobTitleCase() {}

  /**
   * {@code found} with each job title of a page in {@code language} tagged with it, or with each
   * English office capitalized when {@code language} is null (English).
   */
  static List<Relation> written(List<Relation> found, String language) {
    if (language == null) {
      return found.stream().map(JobTitleCase::office).toList();
    }
    return found.stream().map(r -> tagged(r, language)).toList();
  }

  // "vice president of the Society" gives "Vice President of the Society": each word of the office
  // capitalized, as the office is written before a name; the words after it stay as read.
  private static Relation office(Relation r) {
    if (r.predicate() != Predicate.JOB_TITLE || !(r.object() instanceof LiteralValue title)) {
      return r;
    }
    Matcher m = OFFICE.matcher(title.lexical());
    if (!m.matches()) {
      return r;
    }
    String office =
        WORD_START.matcher(m.group("office")).replaceAll(w -> w.group().toUpperCase(Locale.ROOT));
    return new Relation(
        r.subject(),
        r.predicate(),
        new LiteralValue(
            office + title.lexical().substring(m.end("office")), null, title.language()),
        r.evidence(),
        r.method());
  }

  private static Relation tagged(Relation r, String language) {
    if (r.predicate() != Predicate.JOB_TITLE || !(r.object() instanceof LiteralValue title)) {
      return r;
    }
    return new Relation(
        r.subject(),
        r.predicate(),
        new LiteralValue(title.lexical(), null, language),
        r.evidence(),
        r.method());
  }
}
