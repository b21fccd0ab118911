package org.radkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people whose names no given-name list holds from where they stand: after a plural title
 * ("Drs. A and B", "Professors A (X), B and C"), right after a role word ("chairman Kazuo Tanabe",
 * "executive director, Otha Linton,") or in a list beside names already known to be people's
 * ("Tracy Kilborn, Savvas Andronikou and Richard Pitcher").
 */
final class ListedPersons {
  private static final String GAP = "[ \\t\\u00A0]+";
  private static final Pattern PLURAL_TITLE =
      Pattern.compile("(?<![\\p{L}])(?:Drs\\.?|Doctors|Profs\\.?|Professors)" + GAP);
  private static final Pattern NAME = Pattern.compile(PersonFinder.NAME);
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}.*");
  private static final Pattern HONORIFIC =
      Pattern.compile("(?:Dr|Drs|Prof|Profs|Professor|Professors|Doctor|Mr|Mrs|Ms|Sir|Dame)\\.?");
  // "(UCSF, USA)", "(Lund)": what a list item says in brackets after the name.
  private static final Pattern BRACKETS = Pattern.compile("[ \\t\\u00A0]*\\([^()\\n]{0,80}\\)");
  private static final Pattern SEPARATOR =
      Pattern.compile(
          "[ \\t\\u00A0]*(?:,[ \\t\\u00A0]*(?:(?:and|&)"
              + GAP
              + ")?|"
              + GAP
              + "(?:and|&)"
              + GAP
              + ")");
  // A name read from its place alone must end where the list or the clause goes on.
  private static final Pattern ITEM_END =
      Pattern.compile(
          "(?=[ \\t\\u00A0]*(?:[,;:.)(\\n]|$)|"
              + GAP
              + "(?:and|&|who|has|had|is|was|will|would|said|says|added|noted"
              // "thanks to Jane Doe and John Roe for leading ...", "Jane Doe and John Roe were
              // elected": the clause goes on.
              + "|for|to|in|at|from|with|were|are|have|as)(?![\\p{L}]))");
  private static final Pattern ROLE_THEN_NAME =
      Pattern.compile(
          // "Professor Jane Doe" is a titled name, read with its post-nominals by the titled
          // reading.
          "(?<![\\p{L}])(?!(?i:professor|doctor)(?![\\p{L}]))(?i:"
              + RoleLexicon.wordsAlternation()
              + "),?"
              + GAP
              + "(?=\\p{Lu})");

  // "• Director from Asia/Oceania: Jane Doe", "Treasurer: John Roe": a line opened by an office and
  // a
  // colon names its holder.
  private static final Pattern ROLE_COLON_NAME =
      Pattern.compile(
          "(?m)^[ \\t\\u00A0]*(?:[•·▪*–-][ \\t\\u00A0]*)?(?=\\p{Lu})(?:\\p{Lu}[\\p{L}/-]*"
              + GAP
              + "){0,2}(?i:"
              + RoleLexicon.wordsAlternation()
              + ")(?:-at-large)?(?:"
              + GAP
              + "(?:from|of|for|at|in)"
              + GAP
              + "(?:the"
              + GAP
              + ")?\\p{Lu}[\\p{L}/&-]*(?:"
              + GAP
              + "\\p{Lu}[\\p{L}/&-]*){0,3})?[ \\t\\u00A0]*:"
              + GAP);

  // "includes Ayanda Zwane as treasurer": a name an office is given to right after it.
  private static final Pattern NAME_AS_ROLE =
      Pattern.compile(
          "(?=\\p{Lu})(?<![\\p{L}\\p{N}'’.-])"
              + PersonFinder.NAME
              + GAP
              + "as"
              + GAP
              + "(?:(?:the|its|our|their)"
              + GAP
              + ")?(?:new"
              + GAP
              + ")?"
              + RoleLexicon.modifiersBefore()
              + "(?i:"
              + RoleLexicon.wordsAlternation()
              + ")(?![\\p{L}])");

  private ListedPersons() {}

  /** "Jane Doe as treasurer and John Roe as secretary": a name given an office right after it. */
  static List<Mention> beforeAsRole(String text, int begin, int end, Predicate<Span> placed) {
    List<Mention> found = new ArrayList<>();
    Matcher m = NAME_AS_ROLE.matcher(text).region(begin, end);
    while (m.find()) {
      Matcher name = NAME.matcher(text).region(m.start(1), end);
      if (name.lookingAt()
          && name.end(1) == m.end(1)
          && unknownName(text, name, end, placed, false)) {
        found.add(new Mention(PersonFinder.person(name.group(1)), name.start(1), name.end(1)));
      }
    }
    return found;
  }

  /**
   * "Treasurer: John Roe", "• Director from Asia/Oceania: Jane Doe": the name a list line gives an
   * office; as beside a known person, only its last word must be written as no English word is.
   */
  static List<Mention> afterRoleColon(String text, int begin, int end, Predicate<Span> placed) {
    return namesAfter(ROLE_COLON_NAME, text, begin, end, placed, true);
  }

  /** "Drs. Jay R. Parikh and Donna M. Plecha": each name coordinated after a plural title. */
  static List<Mention> afterPluralTitle(String text, int begin, int end, Predicate<Span> placed) {
    List<Mention> found = new ArrayList<>();
    Matcher title = PLURAL_TITLE.matcher(text).region(begin, end);
    while (title.find()) {
      int at = title.end();
      Matcher name = NAME.matcher(text).region(at, end);
      while (name.lookingAt()
          && PersonFinder.plainName(name.group(1))
          && !placed.test(new Span(name.start(1), name.end(1)))) {
        found.add(new Mention(PersonFinder.person(name.group(1)), name.start(1), name.end(1)));
        at = skipBrackets(text, name.end(1), end);
        Matcher sep = SEPARATOR.matcher(text).region(at, end);
        if (!sep.lookingAt()) {
          break;
        }
        name.region(sep.end(), end);
      }
    }
    return found;
  }

  /**
   * "chairman Kazuo Tanabe", "its executive director, Otha Linton, will retire": a name in a role's
   * place.
   */
  static List<Mention> afterRole(String text, int begin, int end, Predicate<Span> placed) {
    return namesAfter(ROLE_THEN_NAME, text, begin, end, placed, false);
  }

  /**
   * The unknown name right after each match of {@code role} in {@code text[begin, end)}; {@code
   * coordinated}: as beside a known person, only its last word must be no English word.
   */
  private static List<Mention> namesAfter(
      Pattern role, String text, int begin, int end, Predicate<Span> placed, boolean coordinated) {
    List<Mention> found = new ArrayList<>();
    Matcher r = role.matcher(text).region(begin, end);
    while (r.find()) {
      Matcher name = NAME.matcher(text).region(r.end(), end);
      if (name.lookingAt() && unknownName(text, name, end, placed, coordinated)) {
        found.add(new Mention(PersonFinder.person(name.group(1)), name.start(1), name.end(1)));
      }
    }
    return found;
  }

  /**
   * The names listed right after a person already found, each standing as a list item of its own.
   */
  static List<Mention> coordinatedWith(
      String text, int begin, int end, List<Mention> people, Predicate<Span> placed) {
    List<Mention> found = new ArrayList<>();
    for (Mention p : people) {
      if (!p.entity().primaryType().equals(EntityType.PERSON)) {
        continue;
      }
      int at = p.end();
      while (at < end) {
        Matcher sep = SEPARATOR.matcher(text).region(skipBrackets(text, at, end), end);
        if (!sep.lookingAt()) {
          break;
        }
        Matcher name = NAME.matcher(text).region(sep.end(), end);
        if (!name.lookingAt() || !unknownName(text, name, end, placed, true)) {
          break;
        }
        int s = name.start(1);
        if (people.stream().anyMatch(q -> q.begin() <= s && s < q.end())) {
          break;
        }
        found.add(new Mention(PersonFinder.person(name.group(1)), s, name.end(1)));
        at = name.end(1);
      }
    }
    return found;
  }

  // Without a title before it, a name of two or three words must be written as no English phrase
  // is:
  // each word a given name, an initial or no ordinary English word, and the list or clause goes on
  // after it.
  // Coordinated with a known person, only its last word must be: a given name may be an English
  // word ("Sunny").
  private static boolean unknownName(
      String text, Matcher name, int end, Predicate<Span> placed, boolean coordinated) {
    String n = name.group(1);
    String[] words = n.split("[ \\t\\u00A0]+");
    // "Chair, Dr Jane Doe": a name after an honorific is the titled reading's, which leaves the
    // honorific out.
    if (words.length > 3
        || HONORIFIC.matcher(words[0]).matches()
        || !PersonFinder.plainName(n)
        || placed.test(new Span(name.start(1), name.end(1)))
        || !ITEM_END.matcher(text).region(name.end(1), end).lookingAt()) {
      return false;
    }
    // "Jane Doe FRCR", "Jane Doe, NHS": a word in capitals is letters after a name or an acronym,
    // not a name's.
    if (Arrays.stream(words).anyMatch(w -> ACRONYM.matcher(w).matches())) {
      return false;
    }
    return Arrays.stream(words)
        .skip(coordinated && words.length > 1 ? words.length - 1 : 0)
        .allMatch(
            w -> w.endsWith(".") || PersonFinder.GIVEN.contains(w) || !EnglishWords.contains(w));
  }

  private static int skipBrackets(String text, int at, int end) {
    Matcher b = BRACKETS.matcher(text).region(at, end);
    return b.lookingAt() ? b.end() : at;
  }
}
