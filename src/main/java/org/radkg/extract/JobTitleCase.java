package org.radkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;

/**
 * Writes job titles as the guide's examples write them: a title read from a page in another
 * language is that language's string as written, tagged with it ("presidenta de la Sociedad"@es:
 * Spanish, Portuguese, French and Italian write an office in lower case inside a sentence, and the
 * title is the role as stated); an English title that opens with an office
 * (capitalized-offices.txt, after up to two role modifiers) is written in title case ("the new
 * president of the department of radiology" gives "President of the Department of Radiology"),
 * while occupations stay as written ("professor of radiology").
 */
final class JobTitleCase {
  // Words a title phrase keeps in lower case: "Director of the Department", "Head of Imaging and
  // Radiology".
  private static final Set<String> SMALL_WORDS =
      Set.of(
          "of", "the", "and", "for", "in", "at", "on", "to", "a", "an", "with", "by", "from", "or",
          "de", "du", "des", "la", "le", "van", "von", "der");
  // An office at the title's start, after at most two modifiers ("vice", "executive", "former").
  private static final Pattern OFFICE =
      Pattern.compile(
          "(?i)(?:(?:"
              + LexiconFiles.alternation(LexiconFiles.entries("role-modifiers"))
              + "|outgoing|interim|acting|co)[- ]){0,2}(?:"
              + LexiconFiles.alternation(LexiconFiles.entries("capitalized-offices"))
              + ")(?![\\p{L}-]).*",
          Pattern.DOTALL);
  private static final Pattern WORD_START = Pattern.compile("(?<![\\p{L}'’])\\p{Ll}");

  private JobTitleCase() {}

  /**
   * {@code found} with each job title of a page in {@code language} tagged with it, or with each
   * English office in title case when {@code language} is null (English).
   */
  static List<Relation> written(List<Relation> found, String language) {
    if (language == null) {
      return found.stream().map(JobTitleCase::office).toList();
    }
    return found.stream().map(r -> tagged(r, language)).toList();
  }

  // "chair of the department of radiology" gives "Chair of the Department of Radiology": an office
  // is written in title case, as the guide's examples and titles before a name are ("RSNA Board
  // Liaison for International Affairs", "Director of the Medical Imaging Department"); the small
  // words of the phrase stay in lower case.
  private static Relation office(Relation r) {
    if (r.predicate() != Predicate.JOB_TITLE || !(r.object() instanceof LiteralValue title)) {
      return r;
    }
    if (!OFFICE.matcher(title.lexical()).matches()) {
      return r;
    }
    return new Relation(
        r.subject(),
        r.predicate(),
        new LiteralValue(titleCase(title.lexical()), null, title.language()),
        r.evidence(),
        r.method());
  }

  /** {@code title} with each word but the small ones opened by a capital. */
  static String titleCase(String title) {
    Matcher w = WORD_START.matcher(title);
    StringBuilder out = new StringBuilder();
    while (w.find()) {
      int end = w.start();
      while (end < title.length() && Character.isLetter(title.charAt(end))) {
        end++;
      }
      String word = title.substring(w.start(), end);
      boolean small = w.start() > 0 && SMALL_WORDS.contains(word);
      w.appendReplacement(out, small ? w.group() : w.group().toUpperCase(Locale.ROOT));
    }
    w.appendTail(out);
    return out.toString();
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
