package org.radkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;
import org.radkg.vocab.Slugs;

/**
 * Finds named people without a statistical model, from the cues newsletters always give: a title
 * before the name ("Prof.", "Dr", "Mr."), degrees after it ("Umar Mahmood, MD, PhD"), a role before
 * it ("Editor in Chief Paul Sidhu"), "Jr."; a later surname-only mention ("said Dr. Mahmood")
 * resolves to the full name met earlier in the same article.
 */
public final class PersonFinder {
  // Patterns compiled once, not at every call (String.matches and replaceAll compile theirs each
  // time).
  private static final java.util.regex.Pattern CAPITALS =
      java.util.regex.Pattern.compile("\\p{Lu}{2,}[\\p{Lu}\\d]*");
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}'’]+)*";
  // Name words stay on one line: a title line above a paragraph is not part of the name.
  // Name particles ("Pieter van der Merwe", "Ana de la Cruz") stay inside a name, never at its
  // ends.
  private static final List<String> NAME_PARTICLES =
      List.of(
          "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin",
          "al", "ter", "ten");
  private static final String PARTICLES =
      "(?:(?:" + String.join("|", NAME_PARTICLES) + ")[ \\t\\u00A0]+){0,3}";
  // A middle initial stays inside a name, never at its end: "Martin S. Weinhous", and "Ajay K Rao"
  // where the initial is written without its dot.
  private static final String INITIAL = "(?:\\p{Lu}\\.?[ \\t\\u00A0]+)?";
  static final String NAME =
      "(" + NAME_WORD + "(?:[ \\t\\u00A0]+" + INITIAL + PARTICLES + NAME_WORD + "){0,3})";
  private static final Pattern NAME_PATTERN = Pattern.compile(NAME);
  // Degrees after a name, with or without dots: "MD", "M.D.", "Ph.D.".
  static final String DEGREE =
      "(?:MD|PhD|MBBS|MBChB|FRCR|DO|MSc|MPH|RN|MBA|FACR|FRANZCR|DrPH|DSc|BSc|MS"
          + "|M\\.D\\.|Ph\\.D\\.|D\\.O\\.|B\\.S\\.|M\\.S\\.)(?![\\p{L}])";
  // Titles may be stacked: "Prof. Dr. med. Karl Weber".
  // The look-aheads test the first character a match can begin with, cheaper than the boundary or
  // look-behind after them at every position; they change no match.
  private static final Pattern TITLED =
      Pattern.compile(
          "(?=[PDMSmrh])\\b(?:(?:Prof\\.?|Professor|Doctor|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Sir|Dame|med\\.|rer\\.\\s*nat\\.|habil\\.)\\s+)+"
              + NAME);
  // "Jane Doe M.D.": a degree written with its dots needs no comma before it.
  private static final Pattern DEGREES =
      Pattern.compile(
          "(?=\\p{Lu})(?<![\\p{L}])"
              + NAME
              + "(?:\\.?,\\s+"
              + DEGREE
              + "|[ \\t]+(?:M\\.D\\.|Ph\\.D\\.|D\\.O\\.)(?![\\p{L}]))");
  private static final Pattern ROLE_FIRST =
      Pattern.compile(
          "(?=[CPVDESTF])\\b(?:Chair|Chairman|Chairwoman|President|Vice-President|Director|Editor in Chief|Editor-in-Chief|CEO|"
              + "Secretary General|Secretary-General|Secretary|Treasurer|Founder)\\s+"
              + NAME);
  private static final String ROLE =
      "(?:(?:"
          + RoleLexicon.modifiersAlternation()
          + ")[- ]+){0,3}"
          + RoleLexicon.wordsAlternation();
  // "Jane Doe, Deputy Director General of the Agency", "Jane Doe, IAEA Deputy Director General",
  // "Jane Doe, chair of the Commission": a name with no title nor degree, known by the role after
  // it.
  private static final Pattern ROLE_APPOSITION =
      Pattern.compile(
          "(?=\\p{Lu})(?<![\\p{L}])"
              + NAME
              // "Jane Doe, our new executive director", "Jane Doe, an experienced Clinical
              // Educator":
              // a determiner and one describing word may open the role.
              + ",\\s+(?:(?:the|our|their|its|a|an)\\s+(?:\\p{Ll}[\\p{Ll}-]+\\s+)?)?"
              + "(?:\\p{Lu}[\\p{Lu}\\d&-]+['’]?s?\\s+){0,2}(?i:"
              + ROLE
              + ")(?![\\p{L}])");
  // "The president of the SFR, Jean-Paul Beregi, said", "O presidente do CBR, Valdair Muglia, e
  // os diretores": a name with no title nor degree, known by the office of a body written before
  // it; a comma, a bracket or a lower-case word (a verb, in any language) follows the name, all on
  // one line (a letter's "Dear Colleague," is no name).
  private static final String BODY_WORD = "\\p{Lu}[\\p{L}\\p{N}&'’.-]*";
  private static final Pattern OFFICE_OF_BODY_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}])(?i:"
              + ROLE
              + ")[ \\t\\u00A0]+(?:of|at|de|del|do|da|dos|das|della|dello|di|du|des|der)"
              + "(?:[ \\t\\u00A0]+(?:the|la|l['’]|le|los|las))?[ \\t\\u00A0]+"
              + BODY_WORD
              + "(?:[ \\t\\u00A0]+(?:(?:of|for|and|in|on|the|de|la|du|des|del|di|do|da|der|für|und)[ \\t\\u00A0]+)*"
              + BODY_WORD
              + "){0,8},[ \\t\\u00A0]+"
              + NAME
              + "(?=[ \\t]*[,;(]|[ \\t\\u00A0]+\\p{Ll})");
  // The ", Name" an office before the name ends with; the office and body take at most this many
  // characters before it.
  private static final Pattern COMMA_NAME =
      Pattern.compile(",[ \\t\\u00A0]+" + NAME + "(?=[ \\t]*[,;(]|[ \\t\\u00A0]+\\p{Ll})");
  private static final int OFFICE_WINDOW = 400;
  private static final Pattern WITH_AS =
      Pattern.compile("(?=w)\\bwith\\s+" + NAME + "\\s+as\\s+\\p{Lu}");
  private static final Pattern JUNIOR = Pattern.compile(NAME + "\\s+Jr\\.");
  // "..., said IAEA Deputy Director General and Head of the Department of X Dazhu Yang.": a speaker
  // named
  // at the end of the title that introduces him, the name run into the title's last capitalized
  // words.
  private static final Pattern ATTRIBUTED =
      Pattern.compile(
          "(?=[sanec])\\b(?:said|says|added|noted|explained|commented|stated)\\s+(?<title>[^.!?\\n“”\"]{0,160}?)"
              + "(?<run>"
              + NAME_WORD
              + "(?:[ \\t\\u00A0]+(?:\\p{Lu}\\.|"
              + NAME_WORD
              + ")){1,7})(?=[.,;](?:\\s|$))");
  // 'Edwin A. "Steve" Stevens': a nickname in quotes inside a name is not part of the name kept.
  private static final Pattern NICKNAMED =
      Pattern.compile(
          "(?=\\p{Lu})(?<![\\p{L}])(?<given>"
              + NAME_WORD
              + ")[ \\t\\u00A0]+(?<initial>\\p{Lu}\\.[ \\t\\u00A0]+)?[\"“‘](?:"
              + NAME_WORD
              + ")[\"”’][ \\t\\u00A0]+"
              + "(?<surname>"
              + NAME_WORD
              + ")(?![\\p{L}])");
  private static final Pattern ANY_ROLE =
      Pattern.compile(
          "(?<![\\p{L}])" + RoleLexicon.wordsAlternation() + "(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE);
  // A run of two to four name words on one line, not inside a longer run of capitalized words;
  // a person when its first word is a known given name ("Sue Westerway", "Martin S. Weinhous").
  private static final Pattern NAME_RUN =
      Pattern.compile(
          "(?=\\p{Lu})(?<![\\p{L}\\p{N}'’.-])("
              + NAME_WORD
              + "(?:[ \\t\\u00A0]+"
              + INITIAL
              + PARTICLES
              + NAME_WORD
              + "){1,3})"
              + "(?![\\p{L}\\p{N}])(?![ \\t\\u00A0]+\\p{Lu}\\p{Ll})");
  private static final Pattern BRACKETED_AFFILIATION =
      Pattern.compile(
          "(?=\\p{Lu})(?<![\\p{L}\\p{N}'’.-])("
              + NAME_WORD
              + "(?:[ \\t\\u00A0]+"
              + INITIAL
              + NAME_WORD
              + "){1,2})[ \\t\\u00A0]*\\("
              + "(?<org>\\p{Lu}[^(),;\\n]{2,80})[,)]");
  private static final Pattern INITIALED =
      Pattern.compile(
          "(?=\\p{Lu})(?<![\\p{L}\\p{N}'’.-])((?<first>"
              + NAME_WORD
              + ")[ \\t\\u00A0]+\\p{Lu}\\.[ \\t\\u00A0]+(?<last>"
              + NAME_WORD
              + "))"
              + "(?![\\p{L}\\p{N}])(?![ \\t\\u00A0]+\\p{Lu}\\p{Ll})");
  // "Health Minister C. Vijayabaskar", "Dr. K. Tanaka": initials then a surname, after a title or a
  // role word.
  private static final Pattern INITIALS_AFTER_TITLE =
      Pattern.compile(
          "(?=\\p{Lu})(?<![\\p{L}\\p{N}'’.-])(?<title>\\p{Lu}\\p{Ll}+)\\.?[ \\t\\u00A0]+(?<name>\\p{Lu}\\.(?:[ \\t\\u00A0]?\\p{Lu}\\.){0,2}[ \\t\\u00A0]+(?<surname>"
              + NAME_WORD
              + "))"
              + "(?![\\p{L}\\p{N}])(?![ \\t\\u00A0]+\\p{Lu}\\p{Ll})");
  // "J. Smith (ESR), B.R. Jones (EFRS) and C. Brown (EC)": in a list of names each followed by its
  // organization in brackets, initials with a surname are a person's name.
  private static final String BRACKETED_ITEM =
      "\\p{Lu}\\.(?:[ \\t\\u00A0]?\\p{Lu}\\.){0,2}[ \\t\\u00A0]+"
          + NAME_WORD
          + "[ \\t\\u00A0]*\\(\\p{Lu}[^()\\n]{1,80}\\)";
  private static final Pattern BRACKETED_LIST =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.])"
              + BRACKETED_ITEM
              + "(?:[ \\t\\u00A0]*(?:,|;|,?[ \\t\\u00A0]+(?:and|&))[ \\t\\u00A0]*"
              + BRACKETED_ITEM
              + ")+");
  private static final Pattern INITIALED_SURNAME =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.])\\p{Lu}\\.(?:[ \\t\\u00A0]?\\p{Lu}\\.){0,2}[ \\t\\u00A0]+(?<surname>"
              + NAME_WORD
              + ")(?=[ \\t\\u00A0]*\\()");
  private static final String SPEAKER =
      "(?<name>" + NAME_WORD + "(?:[ \\t\\u00A0]+" + INITIAL + NAME_WORD + "){1,2})";
  private static final Pattern SAID_NAME =
      Pattern.compile(
          "(?=[sa])\\b(?:said|says|added)[ \\t\\u00A0]+" + SPEAKER + "(?=[.,;](?:\\s|$))");
  private static final Pattern NAME_SAID =
      Pattern.compile(
          "[,.!?][\"”’'][ \\t\\u00A0]+" + SPEAKER + "[ \\t\\u00A0]+(?:said|says|added)\\b");
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s-]+");
  static final Pattern INITIAL_WORD = Pattern.compile("\\p{Lu}\\.");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  // Turkish case endings of two letters or more: a single vowel after an apostrophe is also part of
  // Arabic names ("Ala'a", "Du'a"), as are other short endings ("Ja'far", "Sa'ad").
  private static final Pattern CASE_ENDING =
      Pattern.compile(
          "(?<=\\p{L})['’](?:n?[iıuü]n|[dt][ae]n?|y[aeıiuü]|y?l[ae]|[dt][ae]ki|n[ae])$");
  // "Later Okonjo said": the word before opens its sentence, so its capital says nothing.
  static final Pattern SENTENCE_OPENER =
      Pattern.compile("(?:^|[.!?\"“”]\\s+|\\n)(\\p{Lu}\\p{Ll}+)[ \\t\\u00A0]+$");
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\S+)[ \\t\\u00A0]+$");
  static final GivenNames GIVEN = GivenNames.fromLexicon();
  // Words that start with a capital but are not names: sentence-initial words, months, places of
  // discourse.
  private static final Pattern MIDDLE_INITIAL =
      Pattern.compile(
          "(?<=\\S)\\s+\\p{Lu}\\.\\s+(?=\\S)|(?<=\\p{L}{2})\\s+\\p{Lu}\\s+(?=\\p{Lu}\\p{Ll})");
  // Letters after a name: degrees, and fellowships ("FRCR", "FACR", "FRANZCR"), which start with F.
  private static final Pattern POST_NOMINAL = Pattern.compile(DEGREE + "|F\\p{Lu}{3,}");
  private static final NameClassifier CLASSIFIER = new NameClassifier();
  private static final Set<String> NAME_PREFIXES = Set.of("St.", "Ste.", "Mt.", "Ft.");
  private static final Set<String> DETERMINERS =
      Set.of(
          "The", "A", "An", "This", "That", "These", "Those", "Our", "Its", "Their", "His", "Her",
          "My", "Your", "Every", "Each", "Some", "Any", "No");
  private static final Pattern AWARD_NAMED =
      Pattern.compile("\\s(?:Medal|Award|Prize|Lecture|Lectureship|Scholarship|Trophy)s?$");
  private static final Set<String> TITLES = Set.copyOf(LexiconFiles.entries("person-titles"));
  static final Set<String> NOT_NAMES = Set.copyOf(LexiconFiles.entries("not-person-name-words"));
  // "And Jane Doe, MD, was appointed ...": a conjunction opening a sentence is no part of the name
  // after it.
  private static final Set<String> OPENING_CONJUNCTIONS = Set.of("And", "But", "Or");
  // "By Jane Doe", "Compiled By Jane Doe MS, RT(R)", "by Jane Doe, Contributing Editor | May 2":
  // a byline opening its line names the writer, whatever else the line holds after the name.
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?m)^[ \\t]*(?:(?:Compiled|Written|Reported|Edited|Text|Words)[ \\t]+)?[Bb]y:?[ \\t]+"
              + "(?:(?:Prof\\.?|Professor|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?)[ \\t]+)?"
              + NAME
              + "(?=[ \\t]*(?:$|[,|]|[ \\t]+(?:"
              + DEGREE
              + "|\\p{Lu}{2,}(?![\\p{L}]))))");

  private static boolean contains(String text, String word, int begin, int end) {
    int at = text.indexOf(word, begin);
    return at >= 0 && at + word.length() <= end;
  }

  /**
   * People named in {@code text[begin, end)}, with spans relative to {@code text}, in text order.
   */
  public List<Mention> find(String text, int begin, int end) {
    return find(text, begin, end, span -> false);
  }

  /**
   * As {@link #find(String, int, int)}, where a name known only by its given name is no person when
   * {@code placed} says a place was read inside its span ("Ann Arbor", "Pacifico Yokohama").
   */
  public List<Mention> find(String text, int begin, int end, Predicate<Span> placed) {
    List<Mention> found = new ArrayList<>();
    found.addAll(givenNamed(text, begin, end, placed));
    found.addAll(attributed(text, begin, end));
    found.addAll(bracketAffiliated(text, begin, end));
    found.addAll(initialed(text, begin, end, placed));
    found.addAll(initialsAfterTitle(text, begin, end, placed));
    found.addAll(initialedInBracketList(text, begin, end));
    found.addAll(quoted(text, begin, end, placed));
    found.addAll(RomanizedNames.find(text, begin, end, placed));
    // "la Dra. Ana Ruiz", "os Drs. Rui Costa e Ana Lima": two to four name words after a title of
    // another language, none a role or a function word, and no organization nor place.
    for (Span s :
        ForeignTitledNames.find(
            text,
            begin,
            end,
            NAME_PATTERN,
            s -> plainName(text.substring(s.begin(), s.end())) && !placed.test(s))) {
      found.add(new Mention(person(text.substring(s.begin(), s.end())), s.begin(), s.end()));
    }
    found.addAll(ListedPersons.afterPluralTitle(text, begin, end, placed));
    found.addAll(ListedPersons.afterRole(text, begin, end, placed));
    found.addAll(ListedPersons.afterRoleColon(text, begin, end, placed));
    found.addAll(ListedPersons.beforeAsRole(text, begin, end, placed));
    found.addAll(bylined(text, begin, end));
    for (Span k : KoreanNames.find(text, begin, end)) {
      found.add(new Mention(person(text.substring(k.begin(), k.end())), k.begin(), k.end()));
    }
    for (ArabicTitledNames.Found a : ArabicTitledNames.find(text, begin, end)) {
      found.add(new Mention(person(a.name()), a.span().begin(), a.span().end()));
    }
    Matcher nick = NICKNAMED.matcher(text);
    nick.region(begin, end);
    while (nick.find()) {
      if (GIVEN.contains(nick.group("given"))) {
        String initial = nick.group("initial") == null ? "" : nick.group("initial").strip() + " ";
        found.add(
            new Mention(
                person(nick.group("given") + " " + initial + nick.group("surname")),
                nick.start(),
                nick.end()));
      }
    }
    for (Pattern p :
        List.of(
            DEGREES, TITLED, ROLE_FIRST, ROLE_APPOSITION, OFFICE_OF_BODY_BEFORE, WITH_AS, JUNIOR)) {
      // A name before "Jr." is tried at every capital: only worth it when the text has a "Jr.".
      if (p == JUNIOR && !contains(text, "Jr.", begin, end)) {
        continue;
      }
      for (MatchResult m :
          p == OFFICE_OF_BODY_BEFORE
              ? officeOfBodyBefore(text, begin, end)
              : all(p, text, begin, end)) {
        String surnameFirst = p == TITLED || p == ROLE_APPOSITION ? surnameFirst(m.group(1)) : null;
        if (surnameFirst != null) {
          found.add(new Mention(person(surnameFirst), m.start(1), m.end(1)));
          continue;
        }
        String name =
            trimName(
                p == ROLE_FIRST
                    ? afterRoles(m.group(1))
                    : orWhole(afterRoles(m.group(1)), m.group(1)));
        if (p == ROLE_APPOSITION || p == OFFICE_OF_BODY_BEFORE) {
          name = withoutOpener(name);
          if (!plainName(name)) {
            continue;
          }
        }
        // The name as written may differ in case from the name kept ("HAN", "Han").
        int at =
            name == null
                ? -1
                : m.group(1)
                    .toLowerCase(java.util.Locale.ROOT)
                    .indexOf(name.toLowerCase(java.util.Locale.ROOT));
        if (at < 0) {
          continue;
        }
        int s = m.start(1) + at;
        String full = p == JUNIOR ? name + " Jr." : name;
        int e = s + (p == JUNIOR ? m.end() - m.start(1) : name.length());
        found.add(new Mention(person(full), s, e));
      }
    }
    found.replaceAll(
        m -> {
          int cut = PersonFromPlace.end(text, m.begin(), m.end(), placed, GIVEN::contains);
          return cut == m.end()
              ? m
              : new Mention(person(text.substring(m.begin(), cut)), m.begin(), cut);
        });
    // "Jane Doe, MD, PhD, MPH": letters after a name are never a person of their own.
    found.removeIf(m -> POST_NOMINAL.matcher(m.entity().label()).matches());
    // "the Harold Johns Medal", "the Jane Doe Award": a person's name before an award's head names
    // the award.
    found.removeIf(m -> AWARD_NAMED.matcher(m.entity().label()).find());
    // "the Derek Harwood-Nash Scholar Grant": a name cut inside a hyphenated word is a backtracked
    // part of a longer name.
    found.removeIf(
        m ->
            m.end() + 1 < text.length()
                && text.charAt(m.end()) == '-'
                && Character.isUpperCase(text.charAt(m.end() + 1)));
    List<Mention> listed = MentionSet.longestNonOverlapping(found);
    listed.addAll(ListedPersons.coordinatedWith(text, begin, end, listed, placed));
    List<Mention> resolved =
        SurnameFullNames.resolve(
            text,
            begin,
            end,
            SurnameMentions.resolveGivenNames(
                SurnameFirstNames.reorder(
                    SurnameMentions.resolveSurnames(MentionSet.longestNonOverlapping(listed)))));
    // "William Herrington" beside "William T. Herrington": one person, named in full; made one
    // before the later mentions are read, so that "Herrington" alone is not taken for a surname
    // two people share.
    List<Mention> merged = ShortenedNames.resolve(resolved);
    return ShortenedNames.resolve(SurnameMentions.laterMentions(text, begin, end, merged, placed));
  }

  private static List<MatchResult> all(Pattern p, String text, int begin, int end) {
    Matcher m = p.matcher(text);
    m.region(begin, end);
    List<MatchResult> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.toMatchResult());
    }
    return out;
  }

  // The office pattern tries its list of offices at every word; the ", Name" it must end with is
  // rare, so it is found first and the office looked for only in the line's text before it.
  private static List<MatchResult> officeOfBodyBefore(String text, int begin, int end) {
    List<MatchResult> out = new ArrayList<>();
    Matcher name = COMMA_NAME.matcher(text);
    name.region(begin, end);
    Matcher office = OFFICE_OF_BODY_BEFORE.matcher(text);
    office.useTransparentBounds(true);
    int from = begin;
    while (name.find()) {
      int lineStart = text.lastIndexOf('\n', name.start()) + 1;
      int windowStart = Math.max(Math.max(from, lineStart), name.start() - OFFICE_WINDOW);
      office.region(windowStart, name.end());
      if (office.find() && office.end() == name.end()) {
        out.add(office.toMatchResult());
        from = office.end();
      }
    }
    return out;
  }

  // "When Jane Doe, a professor of ...": an ordinary word opening the sentence before a name of two
  // words or more is no part of it (a given name such as "Frank" stays).
  private static String withoutOpener(String name) {
    if (name == null) {
      return null;
    }
    int space = name.indexOf(' ');
    String first = space < 0 ? name : name.substring(0, space);
    String rest = space < 0 ? "" : name.substring(space + 1);
    return rest.contains(" ") && EnglishWords.contains(first) && !GIVEN.contains(first)
        ? rest
        : name;
  }

  // The writer a byline names ("By Jane Doe"): a run of two to four words that looks like a
  // person's name.
  private static List<Mention> bylined(String text, int begin, int end) {
    List<Mention> out = new ArrayList<>();
    Matcher m = BYLINE.matcher(text).region(begin, end).useAnchoringBounds(false);
    while (m.find()) {
      String name = trimName(m.group(1));
      if (plainName(name) && m.group(1).startsWith(name)) {
        out.add(new Mention(person(name), m.start(1), m.start(1) + name.length()));
      }
    }
    return out;
  }

  // "Sue Westerway, Publications Committee", "Martin S. Weinhous": a name with no title, degree or
  // role, known by its given name; the run must stand alone (no capitalized word before it other
  // than
  // a title, a role word or an acronym) and look like a person's name.
  private static List<Mention> givenNamed(String text, int begin, int end, Predicate<Span> placed) {
    List<Mention> found = new ArrayList<>();
    Matcher m = NAME_RUN.matcher(text);
    m.useTransparentBounds(true);
    for (int from = begin; from < end && m.region(from, end).find(); ) {
      String run = m.group(1);
      String first = run.split("[ \\t\\u00A0]", 2)[0];
      // "KSX Gerhard Lindqvist": a run not opened by a given name is tried again from its next
      // word.
      from = m.start(1) + first.length();
      int from40 = Math.max(begin, m.start() - 40);
      if (!GIVEN.contains(first)
          || !(standsAlone(text, from40, m.start())
              || afterOrdinaryOpener(text, from40, m.start(), run))) {
        continue;
      }
      from = m.end(1);
      String name = trimName(run);
      if (name == null
          || !name.equals(run)
          || !plainName(name)
          || placed.test(new Span(m.start(1), m.end(1)))) {
        continue;
      }
      found.add(new Mention(person(name), m.start(1), m.end(1)));
    }
    return found;
  }

  // The name is the run's tail from its last given name ("Technical Cooperation Dazhu Yang" ->
  // "Dazhu Yang");
  // the words before it and the title must hold a role word, so a plain quote ("said Mary Ann
  // Smith") is
  // left to the other readings.
  private static List<Mention> attributed(String text, int begin, int end) {
    List<Mention> found = new ArrayList<>();
    Matcher m = ATTRIBUTED.matcher(text);
    m.region(begin, end);
    while (m.find()) {
      String[] words = m.group("run").split("[ \\t\\u00A0]+");
      // "Liam O'Connell FRANZCR": letters after the name are not part of it.
      int last = words.length;
      while (last > 2 && CAPITALS.matcher(words[last - 1]).matches()) {
        last--;
      }
      words = java.util.Arrays.copyOf(words, last);
      int first = -1;
      for (int i = words.length - 2; i >= 1 && first < 0; i--) {
        if (GIVEN.contains(words[i]) && !RoleLexicon.isRoleWord(words[i])) {
          first = i;
        }
      }
      if (first < 0 || words.length - first > 4) {
        continue;
      }
      String before =
          m.group("title") + String.join(" ", java.util.Arrays.asList(words).subList(0, first));
      String name = String.join(" ", java.util.Arrays.asList(words).subList(first, words.length));
      if (!ANY_ROLE.matcher(before).find() || !plainName(name)) {
        continue;
      }
      int s = text.lastIndexOf(name, m.end("run"));
      if (s < m.start("run")) {
        continue; // the run's spacing differs from the name's: leave it to the other readings
      }
      found.add(new Mention(person(name), s, s + name.length()));
    }
    return found;
  }

  // "When Tomas Berger, a lecturer, arrived": an ordinary word opening the sentence says nothing by
  // its capital.
  // A determiner opens a noun phrase that may go on past the run ("The Roberto Clemente Award"), so
  // it
  // does not count, and the run's other words must be no ordinary words either.
  private static boolean afterOrdinaryOpener(String text, int from, int at, String run) {
    Matcher opener = SENTENCE_OPENER.matcher(text.substring(from, at));
    if (!opener.find()
        || DETERMINERS.contains(opener.group(1))
        || !EnglishWords.contains(opener.group(1))
        || GIVEN.contains(opener.group(1))) {
      return false;
    }
    String[] words = WORD_SEPARATORS.split(run);
    return java.util.Arrays.stream(words, 1, words.length).noneMatch(EnglishWords::contains);
  }

  // "presented by Rajan Mehta (Lakeside General Hospital, Denver)": a name no given-name list holds
  // is a
  // person's when an organization follows it in brackets; none of its words may be an ordinary
  // English
  // word ("Global Health (World Health Organization)" is no person).
  private static List<Mention> bracketAffiliated(String text, int begin, int end) {
    List<Mention> found = new ArrayList<>();
    if (text.indexOf('(', begin) < 0) {
      return found;
    }
    Matcher m = BRACKETED_AFFILIATION.matcher(text);
    m.region(begin, end);
    m.useTransparentBounds(true);
    while (m.find()) {
      String name = m.group(1);
      if (!standsAlone(text, Math.max(begin, m.start() - 40), m.start())
          || !plainName(name)
          || java.util.Arrays.stream(WORD_SEPARATORS.split(name))
              .anyMatch(w -> EnglishWords.contains(w) || TITLES.contains(w))) {
        continue;
      }
      boolean organization =
          CLASSIFIER
              .classify(m.group("org"))
              .map(t -> t.stream().anyMatch(EntityType::isOrganization))
              .orElse(false);
      if (organization) {
        found.add(new Mention(person(name), m.start(1), m.end(1)));
      }
    }
    return found;
  }

  // "reported by Todorka L. Dimitrova": a middle initial between two words that are no ordinary
  // words is
  // the shape of a person's name, whether or not the given name is listed.
  private static List<Mention> initialed(String text, int begin, int end, Predicate<Span> placed) {
    List<Mention> found = new ArrayList<>();
    Matcher m = INITIALED.matcher(text);
    m.region(begin, end);
    m.useTransparentBounds(true);
    while (m.find()) {
      String first = m.group("first");
      String last = m.group("last");
      String name = m.group(1);
      if (GIVEN.contains(first)
          || EnglishWords.contains(first)
          || EnglishWords.contains(last)
          || TITLES.contains(first)
          || !standsAlone(text, Math.max(begin, m.start() - 40), m.start())
          || !plainName(name)
          || placed.test(new Span(m.start(1), m.end(1)))) {
        continue; // a listed given name is NAME_RUN's
      }
      found.add(new Mention(person(name), m.start(1), m.end(1)));
    }
    return found;
  }

  // "Chief Minister A. B. Raman": a surname (no ordinary word) after initials is a person's when a
  // title or a
  // role word stands right before the initials.
  private static List<Mention> initialsAfterTitle(
      String text, int begin, int end, Predicate<Span> placed) {
    List<Mention> found = new ArrayList<>();
    Matcher m = INITIALS_AFTER_TITLE.matcher(text);
    m.region(begin, end);
    m.useTransparentBounds(true);
    while (m.find()) {
      String title = m.group("title");
      String surname = m.group("surname");
      if (!(TITLES.contains(title) || RoleLexicon.isRoleWord(title))
          || EnglishWords.contains(surname)
          || NOT_NAMES.contains(surname)
          || placed.test(new Span(m.start("name"), m.end("name")))) {
        continue;
      }
      found.add(
          new Mention(
              person(m.group("name").replaceAll("[ \\t\\u00A0]+", " ")),
              m.start("name"),
              m.end("name")));
    }
    return found;
  }

  // Each "J. Smith" of a list of at least two names with their organizations in brackets; an
  // ordinary
  // word after the initial ("U.S. Army (USA)") is no surname.
  private static List<Mention> initialedInBracketList(String text, int begin, int end) {
    List<Mention> found = new ArrayList<>();
    if (text.indexOf('(', begin) < 0) {
      return found;
    }
    Matcher list = BRACKETED_LIST.matcher(text);
    list.region(begin, end);
    while (list.find()) {
      Matcher item = INITIALED_SURNAME.matcher(text);
      item.region(list.start(), list.end());
      while (item.find()) {
        if (!EnglishWords.contains(item.group("surname"))
            && !NOT_NAMES.contains(item.group("surname"))) {
          found.add(
              new Mention(
                  person(item.group().replaceAll("[ \\t\\u00A0]+", " ")),
                  item.start(),
                  item.end()));
        }
      }
    }
    return found;
  }

  // '..., said Dazhu Yangwei.', '"...," Saqar Altavi said': the speaker of a quote is a person when
  // the
  // two or three words of the name are no ordinary words (a company's "Acme Imaging said" has one).
  private static List<Mention> quoted(String text, int begin, int end, Predicate<Span> placed) {
    List<Mention> found = new ArrayList<>();
    for (Pattern p : List.of(SAID_NAME, NAME_SAID)) {
      Matcher m = p.matcher(text);
      m.region(begin, end);
      m.useTransparentBounds(true);
      while (m.find()) {
        String name = m.group("name");
        if (java.util.Arrays.stream(WORD_SEPARATORS.split(name))
                .anyMatch(
                    w ->
                        EnglishWords.contains(w)
                            || TITLES.contains(w)
                            || CAPITALS.matcher(w).matches())
            || !plainName(name)
            || placed.test(new Span(m.start("name"), m.end("name")))) {
          continue;
        }
        found.add(new Mention(person(name), m.start("name"), m.end("name")));
      }
    }
    return found;
  }

  static boolean standsAlone(String text, int from, int at) {
    Matcher w = WORD_BEFORE.matcher(text.substring(from, at));
    if (!w.find()) {
      return true;
    }
    String before = w.group(1);
    // "St. Lucia Day", "Mt. Elgon": an abbreviated word of a place or a feast opens the name.
    if (NAME_PREFIXES.contains(before)) {
      return false;
    }
    // "ACR’s John Smith", "GE’s Annemarie Wren": a possessive ends the name before it.
    if (!Character.isUpperCase(before.charAt(0))
        || !Character.isLetter(before.charAt(before.length() - 1))
        || POSSESSIVE.matcher(before).find()) {
      return true;
    }
    return TITLES.contains(before)
        || ForeignTitledNames.isTitle(before)
        || RoleLexicon.isRoleWord(before)
        || CAPITALS.matcher(before).matches()
        || GERMAN_NOUN_BEFORE.matcher(text.substring(from, at)).find();
  }

  // "mit der Kardiologin Anja Vogt": German capitalizes every noun, so a noun after its article is
  // no part of the name that follows it.
  private static final Pattern GERMAN_NOUN_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}])(?:der|die|das|dem|den|des|einer|eines|einem|ein|eine)[ \\t\\u00A0]+\\p{Lu}\\p{Ll}+[ \\t\\u00A0]+$");

  // "Dr MBALLA Jean": after a title, a surname written in capitals before the given name (a French
  // and
  // African convention) is the name "Jean Mballa", in the order the other names are kept.
  private static final Pattern SURNAME_FIRST =
      Pattern.compile("(?<surname>\\p{Lu}{3,})[ \\t\\u00A0]+(?<given>\\p{Lu}\\p{Ll}+)");

  private static String surnameFirst(String raw) {
    Matcher m = SURNAME_FIRST.matcher(raw);
    if (!m.matches()
        || POST_NOMINAL.matcher(m.group("surname")).matches()
        || EnglishWords.contains(m.group("given"))) {
      return null;
    }
    String surname = m.group("surname");
    return m.group("given")
        + " "
        + surname.charAt(0)
        + surname.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  // "IAEA Deputy Director General Jane Doe", "President Elect Jane Doe": the name starts after the
  // last role word or acronym, so no part of a title becomes a person.
  private static String afterRoles(String raw) {
    String[] words = raw.split("\\s+");
    int start = 0;
    for (int i = 0; i < words.length; i++) {
      if (RoleLexicon.isRoleWord(words[i]) || CAPITALS.matcher(words[i]).matches()) {
        start = i + 1;
      }
    }
    return String.join(" ", java.util.Arrays.asList(words).subList(start, words.length));
  }

  // "ACR CEO John Smith, MD": the title goes when a name of two words or more is left; "Dean Smith,
  // MD"
  // keeps its first word, which is a name there.
  private static String orWhole(String afterRoles, String raw) {
    return afterRoles.contains(" ") ? afterRoles : raw;
  }

  // A name known only by the role after it must look like a person's: two to four words, none a
  // function word or a role, and no organization or event head ("Cancer Center, director of ...").
  static boolean plainName(String name) {
    if (name == null) {
      return false;
    }
    String[] words = name.split("\\s+");
    // "Maria de la Luz Parra Gordo": particles do not count among the name's words.
    long named = Arrays.stream(words).filter(w -> !NAME_PARTICLES.contains(w)).count();
    if (words.length < 2 || named > 4 || words.length > 7) {
      return false;
    }
    for (String w : words) {
      if (NOT_NAMES.contains(w) || RoleLexicon.isRoleWord(w)) {
        return false;
      }
    }
    return CLASSIFIER.classify(name).isEmpty();
  }

  private static String trimName(String raw) {
    if (raw.isEmpty()) {
      return null;
    }
    List<String> words = new ArrayList<>(List.of(raw.split("\\s+")));
    // "President Dr Sarah Whitfield", "Professor Liam O'Connell FRANZCR": titles and post-nominals
    // are not the name.
    while (!words.isEmpty()
        && (TITLES.contains(words.get(0)) || ForeignTitledNames.isTitle(words.get(0)))) {
      words.remove(0);
    }
    while (words.size() > 1 && CAPITALS.matcher(words.get(words.size() - 1)).matches()) {
      String last = words.get(words.size() - 1);
      if (words.size() >= 2
          && !POST_NOMINAL.matcher(last).matches()
          && words.stream().limit(words.size() - 1).noneMatch(w -> CAPITALS.matcher(w).matches())) {
        // "Prof. Man Chung HAN": a surname in capitals after given names, not letters after the
        // name.
        words.set(
            words.size() - 1,
            last.charAt(0) + last.substring(1).toLowerCase(java.util.Locale.ROOT));
        break;
      }
      words.remove(words.size() - 1);
    }
    while (!words.isEmpty() && NOT_NAMES.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    if (words.size() > 1 && OPENING_CONJUNCTIONS.contains(words.get(0))) {
      words.remove(0);
    }
    while (!words.isEmpty() && NOT_NAMES.contains(words.get(0))) {
      return null; // a name never starts with a function word; the match is not a person
    }
    if (words.isEmpty()) {
      return null;
    }
    // "Jane Doe's work": the possessive is not part of the name.
    String last = words.get(words.size() - 1);
    if (last.endsWith("'s") || last.endsWith("’s")) {
      words.set(words.size() - 1, last.substring(0, last.length() - 2));
    }
    return String.join(" ", words);
  }

  static Entity person(String written) {
    // "Dr. T.A. Ige’s engagements": the possessive is not part of the name; nor is a case ending
    // Turkish writes after an apostrophe ("Thomas Grist’in", "Ahmet Yılmaz’dan").
    String name =
        CASE_ENDING.matcher(POSSESSIVE.matcher(written).replaceFirst("")).replaceFirst("");
    TreeSet<String> alt = new TreeSet<>();
    String plain = withoutInitials(name);
    if (!plain.equals(name)) {
      alt.add(plain);
    }
    return new Entity(
        Slugs.of(name), name, null, alt, EnumSet.of(EntityType.PERSON), new TreeSet<>(), null);
  }

  // "Martin Q. Hollis" is also written "Martin Hollis": the name without its middle initials (also
  // one written without its dot, "Carsten P Welsch").
  static String withoutInitials(String name) {
    return MIDDLE_INITIAL.matcher(name).replaceAll(" ");
  }
}
