package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;

/**
 * Finds names that no dictionary knows: runs of capitalized words (with "of", "for", "the", "and",
 * "&" inside) whose head word says what they are ("... Society of ...", "University of ...", "...
 * Hospital", "... Registry", "... Congress"). A run is split at "and" when both halves have a head
 * of their own ("American Medical Association and National Medical Association"), and after a
 * possessive ("RSNA’s Global Learning Center").
 */
public final class NamePhraseFinder {
  // Patterns compiled once, not at every call (String.matches and replaceAll compile theirs each
  // time).
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  // A capitalized word, then a short lowercase syllable after a hyphen that is no English word
  // ("Yat-sen").
  private static final Pattern TITLE_CASE = Pattern.compile("\\p{Lu}\\p{Ll}+");
  private static final Pattern ROMANIZED_TAIL =
      Pattern.compile("-(\\p{Ll}{2,5})(?![\\p{L}\\p{N}-])");
  private static final Pattern TRADEMARK = Pattern.compile("[™®]");
  private static final java.util.regex.Pattern SCHOOL =
      java.util.regex.Pattern.compile(".*\\b(?:Summer|Winter|Spring) School\\b.*");
  private static final Pattern TOKEN =
      Pattern.compile(
          "[\\p{L}\\p{N}]+(?:['’][\\p{L}]+|(?<=s)['’](?=\\s\\p{Lu}))?(?:[-/](?:\\p{Ll}+-)*[\\p{Lu}\\p{N}][\\p{L}\\p{N}]*)*(?:™|®)?|&|#\\p{L}+");
  // English connectors, and those of the Romance and German names societies keep untranslated
  // ("Hospital das Clinicas", "Federación ... de Ultrasonido en Medicina y Biología", "Gesellschaft
  // für ...").
  private static final Set<String> CONNECTORS =
      Set.of(
          "of",
          "for",
          "the",
          "and",
          "&",
          "on",
          "in",
          "as",
          "to",
          "with",
          "de",
          "la",
          "y",
          "du",
          "des",
          "del",
          "der",
          "und",
          "et",
          "da",
          "das",
          "do",
          "dos",
          "e",
          "en",
          "di",
          "della",
          "für",
          "les",
          "el",
          "los",
          "las",
          // and those of the other European languages institutes keep ("Bundesamt fuer ...",
          // "Institutul ... pentru Fizica si
          // Inginerie", "Centrum voor ...", "Istituto per ...", "Centre pour ...").
          "fuer",
          "pentru",
          "si",
          "și",
          "voor",
          "för",
          "och",
          "og",
          "per",
          "pour",
          "aux",
          "au",
          "dei",
          "delle",
          "degli",
          "dello");
  // "and" in the languages of CONNECTORS: "Conselho Federal de Medicina e da Associação Médica
  // Brasileira" is two names.
  private static final Set<String> CONJUNCTIONS =
      Set.of("and", "&", "e", "y", "et", "und", "si", "și", "och", "og");
  // An article right after a conjunction opens another name: "NHS England and the Scottish
  // Government", "... e da Associação ...".
  private static final Set<String> ARTICLES =
      Set.of("the", "da", "do", "das", "dos", "la", "el", "los", "las", "le", "les", "der", "die");
  private static final Set<String> LEADING_STOP =
      Set.of(
          "The",
          "A",
          "An",
          "In",
          "On",
          "At",
          "As",
          "For",
          "By",
          "With",
          "From",
          "To",
          "Our",
          "Its",
          "Their",
          "This",
          "These",
          "That",
          "Those",
          "Since",
          "After",
          "Before",
          "Through",
          "Following",
          "Upon",
          "During",
          "While",
          "When",
          "Once",
          "Both",
          "All",
          "Each",
          "Every",
          "Many",
          "Several",
          "Some",
          "Other",
          "Further",
          "Furthermore",
          "Moreover",
          "However",
          "Also",
          "His",
          "Her",
          "Two",
          "Three",
          "Recently",
          "Most",
          "More",
          "Finally",
          "Indeed",
          "Therefore",
          "Thanks",
          "Under",
          "Via",
          "Over",
          "Join",
          "Learn",
          "Read",
          "Access",
          "View",
          "Visit",
          "Please",
          "Stay",
          "If",
          "And",
          "Or",
          "But",
          "So",
          "Then",
          "Today",
          "Last",
          "Next",
          "First",
          "Second",
          "Dr",
          "Prof",
          "Mr",
          "Ms",
          "Mrs",
          "Professor",
          "President",
          "Chair",
          "Chairman",
          "Chairwoman",
          "Director",
          "Secretary",
          "Treasurer",
          "Dean",
          "CEO",
          "Editor",
          "Coordinator",
          "Who",
          "What",
          "How",
          "Why",
          "Where",
          "Is",
          "Are",
          "Was",
          "Will",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Jan",
          "Feb",
          "Mar",
          "Apr",
          "Jun",
          "Jul",
          "Aug",
          "Sep",
          "Sept",
          "Oct",
          "Nov",
          "Dec");

  private static final Set<String> GROUP_NOUNS = Set.copyOf(LexiconFiles.entries("group-nouns"));
  // The group nouns, one or many, and chairs, as the last word of a name; not "Partners"
  // ("Radiology Partners" is a practice).
  private static final Set<String> TRAILING_PEOPLE = trailingPeople();

  private static Set<String> trailingPeople() {
    Set<String> out = new java.util.HashSet<>(Set.of("Chairs", "Councillors", "Councilors"));
    for (String g : GROUP_NOUNS) {
      if (!g.startsWith("Partner") && !g.startsWith("Friend")) {
        out.add(g);
        out.add(g.endsWith("s") ? g.substring(0, g.length() - 1) : g);
      }
    }
    return Set.copyOf(out);
  }

  private static final Set<String> TITLED_HEADS =
      Set.of("Symposium", "Session", "Workshop", "Course", "Webinar", "Lecture", "Forum");
  // A title in capitalized words (with short connectors) up to the end of its line or sentence.
  private static final Pattern COLON_TITLE =
      Pattern.compile(
          ": (\\p{Lu}[\\p{L}-]*(?: (?:\\p{Lu}[\\p{L}-]*|of|for|and|the|in|on|to|with|&))*)(?=\\s*(?:\\n|$|[.;]))");

  private final NameClassifier classifier = new NameClassifier();

  /** A name found with its types. */
  public record Candidate(String name, Span span, Set<EntityType> types) {}

  /** Classified capitalized names in {@code text[begin, end)}, spans relative to {@code text}. */
  public List<Candidate> find(String text, int begin, int end) {
    List<List<int[]>> runs = new ArrayList<>();
    List<int[]> run = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    m.region(begin, end);
    int lastEnd = -1;
    String lastTok = "";
    while (m.find()) {
      String tok = m.group();
      int tokEnd = m.end();
      Matcher tail =
          tokEnd < end && text.charAt(tokEnd) == '-'
              ? ROMANIZED_TAIL.matcher(text).region(tokEnd, end)
              : null;
      if (tail != null
          && tail.lookingAt()
          && TITLE_CASE.matcher(tok).matches()
          && !EnglishWords.contains(tail.group(1))) {
        // "Sun Yat-sen University": a romanized name's lowercase syllable after a hyphen is part of
        // the word.
        tokEnd = tail.end();
        tok = text.substring(m.start(), tokEnd);
        m.region(tokEnd, end);
      }
      // "St. Thomas’ Hospital": the abbreviation's point does not end the name.
      // "Deutsche Gesellschaft für\nMedizinische Physik": a name never ends on a connector, so a
      // line broken
      // after one goes on with the next line's capitalized words.
      int tokBegin = tokEnd - tok.length();
      boolean joined =
          lastEnd >= 0
              && (isSingleSpace(text, lastEnd, tokBegin)
                  || SAINT.contains(lastTok)
                      && tokBegin == lastEnd + 2
                      && text.startsWith(". ", lastEnd)
                  || !run.isEmpty()
                      && CONNECTORS.contains(lastTok)
                      && !lastTok.equals("and")
                      && isLineBreak(text, lastEnd, tokBegin)
                  // "Bundesamt fuer Eich- und Vermessungswesen": a compound's first half, cut
                  // before a conjunction, goes on with it.
                  || !run.isEmpty()
                      && tokBegin == lastEnd + 2
                      && text.startsWith("- ", lastEnd)
                      && CONJUNCTIONS.contains(tok));
      boolean capital = isCapitalized(tok);
      boolean connector = CONNECTORS.contains(tok);
      // "Working Group 7", "Task Group 108": a unit's number is part of its name.
      boolean numbered =
          joined
              && NUMBERED_UNITS.contains(lastTok)
              && UnitNames.UNIT_NUMBER.matcher(tok).matches();
      if (!run.isEmpty() && (!joined || !(capital || connector || numbered))) {
        runs.add(run);
        run = new ArrayList<>();
      }
      // "Hong Kong College of Radiologists President’s Jottings": an office's possessive heads a
      // column or a message, and ends the name before it.
      if (capital && isOfficePossessive(tok)) {
        runs.add(run);
        run = new ArrayList<>();
        lastEnd = -1;
        lastTok = tok;
        continue;
      }
      if (capital || ((connector || numbered) && !run.isEmpty())) {
        run.add(new int[] {tokEnd - tok.length(), tokEnd});
        // A possessive closes the name: "RSNA’s Global Learning Center" is two names; a saint's is
        // inside
        // one ("St George’s NHS Trust").
        if ((tok.endsWith("’s") || tok.endsWith("'s")) && !possessiveInsideName(text, run)) {
          runs.add(run);
          run = new ArrayList<>();
        }
      }
      lastEnd = tokEnd;
      lastTok = tok;
    }
    runs.add(run);
    List<Candidate> out = new ArrayList<>();
    for (List<int[]> r : joinComplements(text, runs)) {
      flush(text, r, out);
    }
    return out;
  }

  /**
   * Joins a run to the next where the next only continues its complement: a list after a comma
   * ("Committee on Social Affairs, Science and Technology") or the words after a possessive inside
   * it ("Partnership for America’s Health Care Future"); a next run with a head of its own stays a
   * name of its own ("Society of Radiology’s Annual Meeting").
   */
  private List<List<int[]>> joinComplements(String text, List<List<int[]>> runs) {
    List<List<int[]>> out = new ArrayList<>();
    for (List<int[]> r : runs) {
      if (r.isEmpty()) {
        continue;
      }
      List<int[]> prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && hasComplement(text, prev) && continuesComplement(text, prev, r)) {
        prev.addAll(r);
      } else {
        out.add(new ArrayList<>(r));
      }
    }
    return out;
  }

  private boolean continuesComplement(String text, List<int[]> prev, List<int[]> next) {
    int[] last = prev.get(prev.size() - 1);
    String gap = text.substring(last[1], next.get(0)[0]);
    String lastWord = word(text, last);
    boolean possessive =
        (lastWord.endsWith("’s") || lastWord.endsWith("'s"))
            && gap.equals(" ")
            && !AcronymDefinitionFinder.isAcronymLike(lastWord.substring(0, lastWord.length() - 2));
    boolean listed =
        gap.equals(", ")
            && next.size() >= 3
            && next.size() <= 5
            && word(text, next.get(next.size() - 2)).equals("and")
            && !LEADING_STOP.contains(word(text, next.get(0)));
    return (possessive || listed) && !hasHead(text, next);
  }

  // "Committee on ...", "Partnership for ...": a head word then a complement, which may go on.
  private boolean hasComplement(String text, List<int[]> run) {
    for (int i = 1; i + 1 < run.size(); i++) {
      String w = word(text, run.get(i));
      if ((w.equals("on") || w.equals("for") || w.equals("of"))
          && hasHead(text, run.subList(0, i))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> MONTH_WORDS =
      Set.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Jan",
          "Feb",
          "Mar",
          "Apr",
          "Jun",
          "Jul",
          "Aug",
          "Sep",
          "Sept",
          "Oct",
          "Nov",
          "Dec");
  private static final Set<String> EVENT_HEADS =
      Set.copyOf(LexiconFiles.entries("event-name-heads"));
  private static final Set<String> ORG_HEADS =
      Set.copyOf(LexiconFiles.entries("organization-name-heads"));

  private void flush(String text, List<int[]> run, List<Candidate> out) {
    // "Project in April", "Society of Radiology on the Asian Registry": a date or a second name
    // follows the name.
    for (int i = 1; i + 1 < run.size(); i++) {
      String w = word(text, run.get(i));
      if (!w.equals("in") && !w.equals("on")) {
        continue;
      }
      String next = word(text, run.get(i + 1));
      boolean date = MONTH_WORDS.contains(next);
      // "CAR on the ACR Board": an acronym is a whole name.
      boolean secondName =
          w.equals("on")
              && next.equals("the")
              && (ORG_HEADS.contains(word(text, run.get(i - 1)))
                  || AcronymDefinitionFinder.isAcronymLike(word(text, run.get(i - 1))));
      // "Annual Meeting in the Nation's Capital": an event is held in a place, which is not part of
      // its name.
      boolean venue =
          w.equals("in") && next.equals("the") && EVENT_HEADS.contains(word(text, run.get(i - 1)));
      if (date || secondName || venue) {
        flushRun(text, new ArrayList<>(run.subList(0, i)), out);
        flush(text, new ArrayList<>(run.subList(i + 1, run.size())), out);
        return;
      }
    }
    flushRun(text, run, out);
  }

  private void flushRun(String text, List<int[]> run, List<Candidate> out) {
    if (isHeadline(text, run)) {
      return;
    }
    List<int[]> tokens = new ArrayList<>(run);
    trimConnectors(text, tokens);
    // "Annual Meeting June 2-6", "Convention Centre Sept. 9": a month after a name starts its date.
    while (tokens.size() > 2 && MONTH_WORDS.contains(word(text, tokens.get(tokens.size() - 1)))) {
      tokens.remove(tokens.size() - 1);
      trimConnectors(text, tokens);
      // "Conventus GmbH In January": the preposition of the date goes with it.
      while (!tokens.isEmpty()
          && LEADING_STOP.contains(word(text, tokens.get(tokens.size() - 1)))) {
        tokens.remove(tokens.size() - 1);
      }
    }
    // A bullet or sentence may open with a verb ("Dedicating Data Science Institute resources
    // ..."):
    // a leading -ing word at the start of a line or sentence is not part of a name.
    if (tokens.size() > 2
        && word(text, tokens.get(0)).endsWith("ing")
        && startsClause(text, tokens.get(0)[0])) {
      tokens.remove(0);
    }
    // "Currently the Directorate of Radiation Safety ...": an adverb opening the clause, then
    // "the", is no part of the name that follows.
    if (tokens.size() > 2
        && word(text, tokens.get(0)).endsWith("ly")
        && word(text, tokens.get(1)).equals("the")
        && EnglishWords.contains(word(text, tokens.get(0)))
        && startsClause(text, tokens.get(0)[0])) {
      tokens.remove(0);
    }
    while (!tokens.isEmpty()
        && (LEADING_STOP.contains(word(text, tokens.get(0))) || foreignArticle(text, tokens))
        && !countsInstitution(text, tokens)) {
      tokens.remove(0);
      trimConnectors(text, tokens);
    }
    // "Members of the Society of X": the people of a name are not part of it.
    if (tokens.size() > 2
        && GROUP_NOUNS.contains(word(text, tokens.get(0)))
        && word(text, tokens.get(1)).equals("of")) {
      tokens.remove(0);
      trimConnectors(text, tokens);
    }
    // "Member States of the IAEA", "Member Societies of the X": the members of a name are not part
    // of it.
    if (tokens.size() > 3
        && word(text, tokens.get(0)).equals("Member")
        && MEMBER_KINDS.contains(word(text, tokens.get(1)))
        && word(text, tokens.get(2)).equals("of")) {
      tokens.subList(0, 3).clear();
      trimConnectors(text, tokens);
    } else if (tokens.size() > 2
        && MEMBER_KINDS.contains(word(text, tokens.get(0)))
        && word(text, tokens.get(1)).equals("of")
        && LOWERCASE_MEMBER_BEFORE
            .matcher(text.substring(Math.max(0, tokens.get(0)[0] - 8), tokens.get(0)[0]))
            .find()) {
      // "all African member States of the X": the same members, written in lowercase before the
      // run.
      tokens.subList(0, 2).clear();
      trimConnectors(text, tokens);
    }
    dropHeadlessLeadBeforeWith(text, tokens);
    if (tokens.size() < 2) {
      return;
    }
    // Split at "and"/"&" where both sides have their own head; otherwise the conjunction is inside
    // the name.
    List<List<int[]>> parts = new ArrayList<>();
    List<int[]> current = new ArrayList<>();
    for (int[] t : tokens) {
      String w = word(text, t);
      if (CONJUNCTIONS.contains(w)) {
        parts.add(current);
        current = new ArrayList<>();
        current.add(t);
      } else {
        current.add(t);
      }
    }
    parts.add(current);
    List<int[]> acc = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      List<int[]> next = parts.get(i);
      List<int[]> nextName = next.subList(1, next.size());
      // An acronym on either side is a name of its own: "IAEA and the Jamaican Association of ...".
      // "NHS England and the Scottish Government": "and the" starts another name.
      boolean acronymSide =
          isAcronym(text, acc)
              || isAcronym(text, nextName)
              || (!nextName.isEmpty() && ARTICLES.contains(word(text, nextName.get(0))));
      // "Corvan Health and Delmar Group of Companies" where "Corvan Health" stands alone
      // elsewhere: two names, though the first has no head word.
      boolean knownFirst =
          !acc.isEmpty()
              && !nextName.isEmpty()
              && hasHead(text, nextName)
              && !hasHead(text, acc)
              // "Nuclear Medicine and Diagnostic Imaging Section": a unit covers both fields.
              && !UnitNames.isUnit(joined(text, nextName))
              && StandaloneConjuncts.usedAlone(
                  text, joined(text, acc), acc.get(0)[0], nextName.get(nextName.size() - 1)[1]);
      if ((hasHead(text, acc) && hasHead(text, nextName) && !sharedHead(text, acc, nextName))
          || acronymSide
          || knownFirst) {
        emit(text, acc, out);
        acc = new ArrayList<>(nextName);
      } else {
        acc = new ArrayList<>(acc);
        acc.addAll(next);
      }
    }
    emit(text, acc, out);
  }

  private static final Set<String> MEMBER_KINDS = Set.copyOf(LexiconFiles.entries("member-kinds"));
  private static final Pattern LOWERCASE_MEMBER_BEFORE = Pattern.compile("\\bmember\\s+$");
  private static final Set<String> ORDINALS = Set.of("First", "Second");

  // "First Affiliated Hospital of X", "Second Military Medical University": an ordinal before an
  // institution's
  // own words (no acronym, no event or programme) is part of its name, as "Third ..." already is.
  // "La Sociedad ...", "El Colegio ...": another language's article before a name's head word opens
  // the sentence, not the name ("La Paz", "Los Angeles" have no head word after it).
  // "Le European Radiation Dosimetry Group (EURADOS) est ...": a French, Spanish or Italian
  // sentence may open with its article before an English name too, whose first word is an English
  // one or a nationality ("European", "Italian"), unlike "La Paz" or "Los Alamos".
  private boolean foreignArticle(String text, List<int[]> tokens) {
    if (tokens.size() <= 2 || !FOREIGN_ARTICLES.contains(word(text, tokens.get(0)))) {
      return false;
    }
    String next = word(text, tokens.get(1));
    if (classifier.classify(next).isPresent()) {
      return true;
    }
    if (!EnglishWords.contains(next) && !NATIONALITY.matcher(next).matches()) {
      return false;
    }
    StringBuilder rest = new StringBuilder();
    for (int[] t : tokens.subList(1, tokens.size())) {
      rest.append(word(text, t)).append(' ');
    }
    return classifier.classify(rest.toString()).isPresent();
  }

  private static final Pattern NATIONALITY = Pattern.compile("\\p{Lu}\\p{Ll}+(?:an|ish|ese)");

  private static final Set<String> FOREIGN_ARTICLES =
      Set.copyOf(LexiconFiles.entries("foreign-articles"));

  private boolean countsInstitution(String text, List<int[]> tokens) {
    if (tokens.size() < 3 || !ORDINALS.contains(word(text, tokens.get(0)))) {
      return false;
    }
    String next = word(text, tokens.get(1));
    if (LEADING_STOP.contains(next)
        || AcronymDefinitionFinder.isAcronymLike(next)
        || CONNECTORS.contains(next)) {
      return false;
    }
    StringBuilder rest = new StringBuilder();
    for (int[] t : tokens.subList(1, tokens.size())) {
      rest.append(word(text, t)).append(' ');
    }
    Set<EntityType> types = classifier.classify(rest.toString()).orElse(Set.of());
    return types.contains(EntityType.ORGANIZATION) && !types.contains(EntityType.SOCIETY);
  }

  private void emit(String text, List<int[]> tokens, List<Candidate> out) {
    List<int[]> t = new ArrayList<>(tokens);
    trimConnectors(text, t);
    // "Committee Chairs", "its Group Member societies": the people of a name after it are not part
    // of it.
    while (t.size() > 1 && TRAILING_PEOPLE.contains(word(text, t.get(t.size() - 1)))) {
      t.remove(t.size() - 1);
      trimConnectors(text, t);
    }
    if (t.size() < 2) {
      return;
    }
    int s = t.get(0)[0];
    int e = t.get(t.size() - 1)[1];
    // "ACR Center for Research and Innovation™": a trademark sign marks the name, it is not part of
    // it.
    String name =
        WHITESPACE.matcher(TRADEMARK.matcher(text.substring(s, e)).replaceAll("")).replaceAll(" ");
    if (name.endsWith("’s") || name.endsWith("'s")) {
      name = name.substring(0, name.length() - 2);
      e -= 2;
    }
    // "Special Symposium: Medical Radiation and Patient Safety": a session's title after a colon is
    // its name.
    Matcher title = COLON_TITLE.matcher(text).region(e, Math.min(text.length(), e + 120));
    if (TITLED_HEADS.contains(name.substring(name.lastIndexOf(' ') + 1)) && title.lookingAt()) {
      name = name + ": " + WHITESPACE.matcher(title.group(1)).replaceAll(" ");
      e = title.end(1);
    }
    Optional<Set<EntityType>> types = classifier.classify(name);
    if (SCHOOL.matcher(name).matches()) {
      types = Optional.of(Set.of(EntityType.INITIATIVE)); // a school is a course: an initiative
    }
    // Names without a head word are kept with no type: an apposition may still say what they are.
    if (types.isPresent() || name.split(" ").length <= 4) {
      out.add(new Candidate(name, new Span(s, e), types.orElse(Set.of())));
    }
  }

  // "College of Radiographers Education and Career Framework": the left side ends in a modifier
  // after its
  // complement, the right side is a modifier and the head both share; one name (the organization's
  // thing).
  private boolean sharedHead(String text, List<int[]> left, List<int[]> next) {
    // The right side's own words, before a place or complement that may follow ("... Framework in
    // Perth").
    int core = 0;
    while (core < next.size() && !CONNECTORS.contains(word(text, next.get(core)))) {
      core++;
    }
    List<int[]> right = next.subList(0, core);
    if (right.size() < 2
        || right.size() > 3
        || hasHead(text, right.subList(0, right.size() - 1))
        || hasHead(text, left.subList(left.size() - 1, left.size()))
        || !hasComplement(text, left)) {
      return false;
    }
    // Not an event's head: "National Institute of Biomedical Imaging and Bioengineering Workshop"
    // is an institute's
    // workshop, whose name runs on with "and"; a framework or plan is named after its owner.
    return !classifier
        .classify(word(text, right.get(right.size() - 1)))
        .orElse(Set.of())
        .contains(EntityType.EVENT);
  }

  // "an MOU with Vellmark Society of ...", "Agreement with the College of ...": what stands before
  // "with" or
  // "to" names no kind of thing, what follows does; the name is what follows.
  // "Assistant Professor in Kestrel Medical College": a role before "in" is the person's, the name
  // is what follows.
  // "Anniversary of the Association", "Friends and Members of the Vellmark Society of X": what
  // stands before "of the" names no kind of thing while what follows does; the words before are
  // about the organization (its birthday, its people), and the name is what follows.
  private void dropHeadlessLeadBeforeWith(String text, List<int[]> tokens) {
    for (int i = 1; i + 2 < tokens.size(); i++) {
      String w = word(text, tokens.get(i));
      boolean ofThe = w.equals("of") && word(text, tokens.get(i + 1)).equals("the");
      if (ofThe
          && !classifier.hasHeadWord(joined(text, tokens.subList(0, i)))
          && hasHead(text, tokens.subList(i + 2, tokens.size()))) {
        tokens.subList(0, i + 2).clear();
        trimConnectors(text, tokens);
        return;
      }
      boolean lead =
          w.equals("with")
              || w.equals("to")
              || (w.equals("in") || FOREIGN_OF.contains(w)) && isRole(text, tokens.subList(0, i));
      if (lead
          && !hasHead(text, tokens.subList(0, i))
          && hasHead(text, tokens.subList(i + 1, tokens.size()))) {
        tokens.subList(0, i + 1).clear();
        trimConnectors(text, tokens);
        return;
      }
    }
  }

  // "Präsident der Gesellschaft ...", "Presidente della Società ...": German capitalizes an office
  // before its organization's name, and any language does at a sentence's start; the office and its
  // "of" are the person's, not part of the name.
  private static String joined(String text, List<int[]> tokens) {
    StringBuilder b = new StringBuilder();
    for (int[] t : tokens) {
      b.append(word(text, t)).append(' ');
    }
    return b.toString().trim();
  }

  private static final Set<String> FOREIGN_OF =
      Set.of("der", "des", "de", "da", "do", "del", "della", "di", "du", "dos", "das", "dello");

  private static boolean isRole(String text, List<int[]> tokens) {
    return tokens.stream()
        .allMatch(t -> RoleLexicon.isRoleWord(word(text, t)) || CONNECTORS.contains(word(text, t)));
  }

  private static final Set<String> NUMBERED_UNITS =
      Set.copyOf(LexiconFiles.entries("numbered-unit-heads"));

  private static final Set<String> SAINT = Set.of("St", "Saint", "Sainte", "Ste", "Sankt");

  private static final Pattern DAY_AFTER = Pattern.compile("\\s+(?:Day|Week|Month)\\b");

  // "Children's", "King's": possessives that belong to the name they stand in.
  private static final Set<String> POSSESSIVE_NAME_WORDS =
      Set.copyOf(LexiconFiles.entries("possessive-name-words"));

  private static boolean isOfficePossessive(String tok) {
    if (!(tok.endsWith("’s") || tok.endsWith("'s")) || tok.length() < 4) {
      return false;
    }
    String owner = tok.substring(0, tok.length() - 2).toLowerCase(java.util.Locale.ROOT);
    return RoleLexicon.isRoleWord(owner);
  }

  private static boolean possessiveInsideName(String text, List<int[]> run) {
    String possessive = word(text, run.get(run.size() - 1));
    String owner = possessive.substring(0, possessive.length() - 2);
    if (POSSESSIVE_NAME_WORDS.contains(owner)) {
      // "International Women’s Day" names a day, which the text gives as a date, not a body.
      return !DAY_AFTER.matcher(text).region(run.get(run.size() - 1)[1], text.length()).lookingAt();
    }
    if (run.size() < 2) {
      return false;
    }
    String before = word(text, run.get(run.size() - 2));
    // "St. Mary's Hospital": the abbreviation's point is no part of the saint's title.
    return SAINT.contains(before.endsWith(".") ? before.substring(0, before.length() - 1) : before);
  }

  private static final Set<String> HEADLINE_VERBS =
      Set.copyOf(LexiconFiles.entries("headline-verbs"));

  // "IAEA Signs Agreement with Consortium ...", "New Data System Helps Promote Safety": a title,
  // not a name.
  private static boolean isHeadline(String text, List<int[]> run) {
    for (int i = 1; i + 1 < run.size(); i++) {
      if (HEADLINE_VERBS.contains(word(text, run.get(i)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsClause(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '•' || text.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '.' || text.charAt(i) == ':';
  }

  private static boolean isAcronym(String text, List<int[]> tokens) {
    List<int[]> t = new ArrayList<>(tokens);
    trimConnectors(text, t);
    return t.size() == 1 && AcronymDefinitionFinder.isAcronymLike(word(text, t.get(0)));
  }

  private boolean hasHead(String text, List<int[]> tokens) {
    if (tokens.isEmpty()) {
      return false;
    }
    StringBuilder b = new StringBuilder();
    for (int[] t : tokens) {
      b.append(word(text, t)).append(' ');
    }
    return classifier.classify(b.toString()).isPresent();
  }

  private static void trimConnectors(String text, List<int[]> tokens) {
    while (!tokens.isEmpty() && CONNECTORS.contains(word(text, tokens.get(tokens.size() - 1)))) {
      tokens.remove(tokens.size() - 1);
    }
    while (!tokens.isEmpty() && CONNECTORS.contains(word(text, tokens.get(0)))) {
      tokens.remove(0);
    }
  }

  private static String word(String text, int[] t) {
    return text.substring(t[0], t[1]);
  }

  private static boolean isLineBreak(String text, int from, int to) {
    return to - from <= 3
        && text.substring(from, to).strip().isEmpty()
        && text.substring(from, to).indexOf('\n') == text.substring(from, to).lastIndexOf('\n')
        && text.substring(from, to).indexOf('\n') >= 0;
  }

  private static boolean isSingleSpace(String text, int from, int to) {
    return to - from == 1 && text.charAt(from) == ' ';
  }

  private static boolean isCapitalized(String tok) {
    int cp = tok.codePointAt(0);
    return Character.isUpperCase(cp) || (tok.startsWith("#") && tok.length() > 1);
  }
}
