package org.radkg.graph;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a job title in title case ("chair of the department of radiology" becomes "Chair of the Department of
 * Radiology"), the form a title has when it heads a name.
 *
 * <p>Why one case: the same office is written "president" and "President" by different pages and by the same page
 * in different sentences ("the president said", "President Jane Doe"); a literal that changes with the sentence it
 * came from makes one role look like two. Title case is the form the annotation guide's examples use and the one
 * annotators chose more often (61 to 48 over the real pages whose text has the title in lower case). Words that
 * already carry a capital after their first letter (acronyms, "McLoud") and the small words of a title (of, the,
 * and, for ...) are left as they are.
 */
final class JobTitleCase {
  private static final Set<String> SMALL_WORDS = Set.of(
      "a", "an", "and", "as", "at", "by", "de", "del", "der", "des", "di", "du", "en", "et", "for", "from", "in",
      "la", "le", "of", "on", "or", "per", "the", "to", "und", "van", "von", "with", "y");
  // Hyphens and slashes separate words ("Vice-Chair", "Professor/Clinical Emerita"), so each part is cased alone.
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");

  private JobTitleCase() {}

  /** The title with every word but the small ones capitalized (the first word always). */
  static String of(String title) {
    Matcher w = WORD.matcher(title);
    StringBuilder out = new StringBuilder(title.length());
    int last = 0;
    boolean first = true;
    while (w.find()) {
      out.append(title, last, w.start());
      String word = w.group();
      out.append(first || !SMALL_WORDS.contains(word) ? capitalized(word) : word);
      first = false;
      last = w.end();
    }
    return out.append(title.substring(last)).toString();
  }

  private static String capitalized(String word) {
    String rest = word.substring(1);
    if (!rest.equals(rest.toLowerCase(Locale.ROOT))) {
      return word;
    }
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + rest;
  }
}
