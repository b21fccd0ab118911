package org.radkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;
import org.radkg.vocab.Slugs;

/**
 * Turns mentions of congress series into mentions of one edition when a year stands beside the name
 * ("ECR 2022", "AOCR2024", "2024 Asian Oceanian Congress of Radiology", "Asian Oceanian Congress of
 * Radiology 2023"); the edition is named "series name + year".
 */
final class EventFinder {
  // Patterns compiled once, not at every call (String.matches and replaceAll compile theirs each
  // time).
  private static final java.util.regex.Pattern SERIES =
      java.util.regex.Pattern.compile("(?s)^\\S+\\s+series\\b.*");
  private static final Pattern YEAR_AFTER = Pattern.compile("^\\s?((?:19|20)\\d{2})(?![\\d%])");
  private static final Pattern YEAR_AT_END = Pattern.compile("\\s(?:19|20)\\d{2}$");
  private static final Pattern YEAR_BEFORE = Pattern.compile("(?<![\\d/.-])((?:19|20)\\d{2})\\s$");
  private static final Pattern GLUED =
      Pattern.compile("\\b(\\p{Lu}[\\p{Lu}0-9]{1,9}?)((?:19|20)\\d{2})\\b");
  // "International Congress of Radiology – ICR 2023", "... (ECR 2022)": the edition follows the
  // series name.
  private static final Pattern DASH_EDITION =
      Pattern.compile(
          "^\\s*(?:[–—-]\\s*|\\(\\s*)(\\p{Lu}[\\p{Lu}0-9]{1,9})\\s?((?:19|20)\\d{2})\\)?");
  // "the World Federation ... (WFUMB) Congress", "the WFUMB 2021 Congress", "the WFUMB 2023 World
  // Congress":
  // a society's own congress.
  private static final Pattern ORG_CONGRESS =
      Pattern.compile(
          "^(?:\\s*\\([^()\\n]{1,15}\\))?(?:['’]s)?\\s+(?:((?:19|20)\\d{2})\\s+)?(?:(?<ordinal>\\d{1,3}(?:st|nd|rd|th))\\s+)?"
              + "((?:(?:World|International|Annual|Scientific|National|Joint|Biennial)\\s+){0,2}"
              + "(?:Congress|Annual Meeting|Scientific Meeting|Symposium|Conference|Summit|Convention|General Assembly|Scientific Assembly)"
              + "|(?:annual\\s+(?:scientific\\s+)?|world\\s+|international\\s+)?(?:congress|conference|symposium|convention)|annual\\s+(?:scientific\\s+)?meeting)\\b(?:\\s+((?:19|20)\\d{2})\\b)?");

  // "the ISRS 2013 meeting in Jeju", "since the NCI 2011 congress": an acronym, a year and a
  // lower-case event noun
  // name that year's edition of the event the acronym stands for, known or not.
  private static final Pattern ACRONYM_YEAR_EVENT =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}-])(\\p{Lu}[\\p{Lu}0-9]{1,7})\\s+((?:19|20)\\d{2})\\s+(?:annual\\s+)?(?:scientific\\s+)?"
              + "(?:meeting|congress|conference|symposium|summit|workshop|convention)\\b");

  // "ECIO 2031 set new standards with numerous sessions", "ET 2031 ... convening in Porto": an
  // acronym and a year alone
  // name an edition only in a sentence that speaks of a gathering; elsewhere "ABC 2031" may be a
  // plan, a law or a report.
  private static final Pattern BARE_ACRONYM_YEAR =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}/.-])(\\p{Lu}[\\p{Lu}0-9]{1,7})\\s+((?:19|20)\\d{2})(?![\\p{N}%/.-]\\d|\\p{L})");
  private static final Pattern GATHERING_WORDS =
      Pattern.compile(
          "(?i)\\b(?:congress(?:es)?|conferences?|meetings?|symposi(?:um|a)|sessions?|workshops?|delegates|attendees|participants"
              + "|speakers|exhibitors|registrants|attendance|conven(?:ed|ing)|gathered|gathering)\\b");

  // "a webinar on the theme of ‘The Connected Radiologist’", "the regional conference “Quality
  // ...”":
  // a quoted title right after an event noun names a single event.
  // Each pattern below opens with a look-ahead for the first letters its words can begin with: a
  // cheap
  // zero-width test that fails where the word boundary and the word list would, so no match
  // changes.
  private static final String EVENT_NOUN =
      "(?=[wsclrpfm])\\b(?:webinars?|session|symposium|conference|workshop|roundtable|lecture|panel|forum|summit|meeting|masterclass)";
  private static final Pattern QUOTED_TITLE =
      Pattern.compile(
          EVENT_NOUN + "[^.;‘“\"⟦\n]{0,60}?[‘“\"]\\s*(?<t>\\p{Lu}[^’”\"\n]{4,120}?)\\s*[’”\"]");
  // "the open-access white paper, “Best Practices in ...,”", "the position statement ‘Radiologists
  // as Clinicians’":
  // a quoted title after a document noun names a guideline or statement, an initiative.
  private static final Pattern DOCUMENT_TITLE =
      Pattern.compile(
          "(?=[wpgrsctid])\\b(?:white paper|paper|guidance|guidelines?|report|statement|position statement|consensus|recommendations|toolkit|campaign|pledge|programme|program|initiative|document|survey|study|curriculum)"
              + ",?\\s+(?:titled\\s+|entitled\\s+|named\\s+|called\\s+)?[‘“\"]\\s*(?<t>\\p{Lu}[^’”\"\n]{4,160}?)[,.]?\\s*[’”\"]");
  // "launched “Ecografía para Todos”": a quoted name right after a launch verb is a program.
  private static final Pattern QUOTED_LAUNCHED =
      Pattern.compile(
          "(?=[liusec])\\b(?:launch(?:ed|es)?|introduc(?:ed|es)|unveil(?:ed|s)|start(?:ed|s)|establish(?:ed|es)|creat(?:ed|es)|inaugurat(?:ed|es))\\s+"
              + "(?:(?:the|a|an|its|their|our|new|first|[\\p{Ll}-]+)\\s+){0,4}[‘“\"](?<t>\\p{Lu}[^’”\"\n]{2,80}?)[,.]?[’”\"]");
  // "launches “Little Patients, Big Data”, a series of six webinars": a quoted name the apposition
  // explains.
  private static final Pattern QUOTED_APPOSITIVE =
      Pattern.compile(
          "[‘“\"](?<t>\\p{Lu}[^’”\"\n]{2,120}?)[,.]?[’”\"],?\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?<k>series|program|programme|initiative|campaign|course|podcast|toolkit|project|platform|webinar|workshop|conference|symposium|award|prize|grant)\\b");
  // "the first edition of ‘Best of ECR’", "during the ‘ESR meets Africa’ session": a quoted title
  // of one event.
  private static final Pattern QUOTED_EDITION =
      Pattern.compile(
          "(?=[e])\\bedition\\s+of\\s+(?:the\\s+)?[‘“\"]\\s*(?<t>\\p{Lu}[^’”\"\\n]{2,100}?)[,.]?\\s*[’”\"]");
  private static final Pattern QUOTED_BEFORE_EVENT_NOUN =
      Pattern.compile(
          "[‘“\"](?<t>\\p{Lu}[^’”\"\\n]{2,100}?)[,.]?[’”\"]\\s+(?:session|symposium|conference|workshop|webinar|forum|summit|meeting|lecture|roundtable)\\b");
  // "the 'Learning Together' side event": a title in straight single quotes, opened after a space
  // (not an apostrophe).
  private static final Pattern SINGLE_QUOTED_BEFORE_EVENT_NOUN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])'(?<t>\\p{Lu}[^'\\n]{2,100}?)'\\s+(?:side\\s+)?(?:event|session|symposium|conference|workshop|webinar|forum|summit|meeting|lecture|roundtable)\\b");
  // "a side event titled ‘Learning Together’": an event named by its title.
  private static final Pattern TITLED_EVENT =
      Pattern.compile(
          "(?=[e])\\bevent,?\\s+(?:titled|entitled|called|named)\\s+[‘“\"'](?<t>\\p{Lu}[^’”\"'\\n]{2,120}?)[,.]?[’”\"']");
  private static final Pattern NAMED_AFTER_KIND =
      Pattern.compile(
          "(?=[spic])\\b(?:series|programme|program|initiative|campaign|podcast|course|project|scheme),\\s+(?<t>\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:with|of|for|and|the|in|on|to|\\p{Lu}[\\p{L}'’-]*)){1,8}),");
  // "a webinar on the topic of Engaging patients for medical radiation safety on September 18"
  private static final Pattern TOPIC_TITLE =
      Pattern.compile(
          EVENT_NOUN
              + "\\s+(?:on\\s+the\\s+(?:theme|topic)\\s+of|titled|entitled)\\s+(?<t>\\p{Lu}[^,.;:‘“\"\n]{4,100}?)(?=\\s+(?:on|from|held|organi[sz]ed)\\s|\\s*[,.;])");

  // "the 52nd annual meeting of the ORG": a society's meeting written in lower case, named by the
  // owner after it.
  private static final Pattern LOWER_CASE_MEETING =
      Pattern.compile(
          "(?:\\b((?:19|20)\\d{2})\\s+)?\\b((?i:annual\\s+(?:scientific\\s+)?(?:meeting|congress|conference|assembly)))\\s+of\\s+(?:the\\s+)?$");
  private static final Pattern APPOSED =
      Pattern.compile(",\\s+(?:the\\s+|its\\s+)?(?:\\d{1,3}(?:st|nd|rd|th)\\s+)?$");
  private static final Pattern CAPITAL_INITIAL = Pattern.compile("\\b\\p{Ll}");

  private final Lexicon lexicon;

  EventFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Edition mentions built from the series mentions among {@code known} and glued forms in the
   * text.
   */
  List<Mention> find(String text, int begin, int end, List<Mention> known) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : known) {
      if (m.entity().primaryType().isOrganization()) {
        lowerCaseMeeting(text, begin, m).ifPresent(out::add);
        Matcher c = ORG_CONGRESS.matcher(text.substring(m.end(), Math.min(end, m.end() + 40)));
        if (c.find()) {
          Entity series = congressOf(m.entity(), capitalized(c.group(3)));
          String year = c.group(1) != null ? c.group(1) : c.group(4);
          // "the 5th ASR conference": a lower-case head is no part of a name; the organization
          // stays named on its own.
          // "the WFUMB 11th world congress": the society's congress counted by the ordinal before
          // its head, which
          // the edition readers (EditionResolver, OrdinalEditions) read there.
          int from =
              Character.isLowerCase(c.group(3).charAt(0)) || c.group("ordinal") != null
                  ? m.end() + c.start(3)
                  : m.begin();
          out.add(
              new Mention(year == null ? series : edition(series, year), from, m.end() + c.end()));
          continue;
        }
        // "CIRSE 2024": a society's acronym with a year names that year's edition of its congress.
        String surface = text.substring(m.begin(), m.end());
        Matcher y = YEAR_AFTER.matcher(text.substring(m.end(), Math.min(end, m.end() + 6)));
        if (AcronymDefinitionFinder.isAcronymLike(surface)
            && y.find()
            && !text.startsWith("-", m.end())) {
          Entity series = seriesOf(m.entity(), surface);
          Entity edition =
              series != null ? edition(series, y.group(1)) : ownEdition(surface, y.group(1));
          TreeSet<String> alt = new TreeSet<>(edition.altLabels());
          alt.add(surface + " " + y.group(1));
          edition =
              new Entity(
                  edition.slug(),
                  edition.label(),
                  edition.acronym() != null ? edition.acronym() : surface + " " + y.group(1),
                  alt,
                  edition.types(),
                  edition.sameAs(),
                  null);
          out.add(new Mention(edition, m.begin(), m.end() + y.end()));
        }
        continue;
      }
      if (!m.entity().is(EntityType.EVENT) && !isAwarenessDay(m.entity())) {
        continue;
      }
      Matcher dash = DASH_EDITION.matcher(text.substring(m.end(), Math.min(end, m.end() + 16)));
      if (dash.find()
          && m.entity().acronym() != null
          && m.entity().acronym().equals(dash.group(1))) {
        out.add(new Mention(edition(m.entity(), dash.group(2)), m.begin(), m.end() + dash.end()));
        continue;
      }
      Matcher after = YEAR_AFTER.matcher(text.substring(m.end(), Math.min(end, m.end() + 6)));
      if (after.find()) {
        out.add(new Mention(edition(m.entity(), after.group(1)), m.begin(), m.end() + after.end()));
        continue;
      }
      Optional<Mention> day =
          isAwarenessDay(m.entity()) ? datedDay(m, text, end) : Optional.empty();
      if (day.isPresent()) {
        out.add(day.get());
        continue;
      }
      Matcher before =
          YEAR_BEFORE.matcher(text.substring(Math.max(begin, m.begin() - 6), m.begin()));
      if (before.find()) {
        int s = m.begin() - (before.end() - before.start());
        out.add(new Mention(edition(m.entity(), before.group(1)), s, m.end()));
      }
    }
    // "the webinar series ‘IR for Latin America’" is a program of events: an initiative.
    namedBy(
        QUOTED_TITLE,
        text,
        begin,
        end,
        out,
        m ->
            themeOfEvent(text, begin, m)
                ? null
                : SERIES.matcher(m.group()).matches() ? EntityType.INITIATIVE : EntityType.EVENT);
    namedBy(
        TOPIC_TITLE,
        text,
        begin,
        end,
        out,
        m -> SERIES.matcher(m.group()).matches() ? EntityType.INITIATIVE : EntityType.EVENT);
    namedBy(QUOTED_LAUNCHED, text, begin, end, out, m -> EntityType.INITIATIVE);
    namedBy(
        QUOTED_APPOSITIVE,
        text,
        begin,
        end,
        out,
        m -> EVENT_KINDS.contains(m.group("k")) ? EntityType.EVENT : EntityType.INITIATIVE);
    // "a new monthly webinar series, Read with the Experts, in Feb. 2025": the name between commas
    // after its kind.
    namedBy(
        NAMED_AFTER_KIND,
        text,
        begin,
        end,
        out,
        m -> m.group("t").strip().split("\\s+").length < 2 ? null : EntityType.INITIATIVE);
    namedBy(DOCUMENT_TITLE, text, begin, end, out, m -> EntityType.INITIATIVE);
    namedBy(QUOTED_EDITION, text, begin, end, out, m -> EntityType.EVENT);
    namedBy(QUOTED_BEFORE_EVENT_NOUN, text, begin, end, out, m -> EntityType.EVENT);
    namedBy(SINGLE_QUOTED_BEFORE_EVENT_NOUN, text, begin, end, out, m -> EntityType.EVENT);
    namedBy(TITLED_EVENT, text, begin, end, out, m -> EntityType.EVENT);
    acronymYearEvents(text, begin, end, known, out);
    Matcher g = GLUED.matcher(text);
    g.region(begin, end);
    while (g.find()) {
      Optional<Entity> series = lexicon.lookup(g.group(1)).filter(e -> e.is(EntityType.EVENT));
      series.ifPresent(e -> out.add(new Mention(edition(e, g.group(2)), g.start(), g.end())));
    }
    return out;
  }

  // An acronym no organization mention covers (those name their own congress above): the event it
  // stands for,
  // the lexicon's if it knows one, else the edition named by the acronym and year ("ISRS 2013").
  private void acronymYearEvents(
      String text, int begin, int end, List<Mention> known, List<Mention> out) {
    Matcher a = ACRONYM_YEAR_EVENT.matcher(text);
    a.region(begin, end);
    while (a.find()) {
      int at = a.start(1);
      if (known.stream()
          .anyMatch(
              m -> m.begin() <= at && at < m.end() && m.entity().primaryType().isOrganization())) {
        continue;
      }
      Optional<Entity> series = lexicon.lookup(a.group(1)).filter(e -> e.is(EntityType.EVENT));
      Entity edition =
          series
              .map(e -> edition(e, a.group(2)))
              .orElseGet(() -> ownEdition(a.group(1), a.group(2)));
      out.add(new Mention(edition, a.start(1), a.end()));
    }
    Matcher bare = BARE_ACRONYM_YEAR.matcher(text);
    bare.region(begin, end);
    while (bare.find()) {
      int at = bare.start(1);
      String acronym = bare.group(1);
      // Only an acronym nothing else accounts for: no mention over it, no known name, no English
      // word ("CALL 2014").
      // "the Nordic Stroke Conference 2031 (NSC 2031)": an acronym defined in brackets is the
      // name's, not an edition of its own.
      if (text.substring(Math.max(begin, at - 2), at).contains("(")
          || known.stream().anyMatch(m -> m.begin() <= at && at < m.end())
          || out.stream().anyMatch(m -> m.begin() <= at && at < m.end())
          || lexicon.lookup(acronym).isPresent()
          || EnglishWords.contains(acronym)
          || !GATHERING_WORDS.matcher(sentenceAround(text, at, begin, end)).find()) {
        continue;
      }
      out.add(new Mention(ownEdition(acronym, bare.group(2)), at, bare.end()));
    }
  }

  // "The subtitle of this meeting is “X”", "sessions designed to push radiologists to think “X”": a
  // quoted phrase that a
  // theme word, a copula or an infinitive ties to the event noun is the event's theme or a verb's
  // object, not its name.
  private static final Pattern THEME_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:theme|subtitle|motto|slogan|topic|title|tagline)\\s+of\\s+(?:the|this|that|our|its|their)\\s+$");
  private static final Pattern THEME_GAP =
      Pattern.compile("(?i)\\b(?:is|was|were|are|will\\s+be)\\b|\\bto\\s+\\p{L}+\\b");

  private static boolean themeOfEvent(String text, int begin, Matcher m) {
    String gap = text.substring(m.start(), m.start("t"));
    return THEME_GAP.matcher(gap).find()
        || THEME_BEFORE.matcher(text.substring(Math.max(begin, m.start() - 40), m.start())).find();
  }

  // The sentence holding {@code at}: from the last full stop or line break before it to the next.
  private static String sentenceAround(String text, int at, int begin, int end) {
    int from = at;
    while (from > begin && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = at;
    while (to < end && ".!?\n".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    return text.substring(from, to);
  }

  // "on November 8", "on Monday": where a subtitle ends and its date begins.
  private static final String NOT_A_DATE =
      "(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\p{Ll}*\\b)";
  // ": Point-of-Care Use of Ultrasound on November 8": a subtitle in title case, up to the first
  // word that is not.
  private static final Pattern SUBTITLE =
      Pattern.compile(
          "^:\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:of|for|and|the|in|on|to|with|a|an)\\s+)?"
              + NOT_A_DATE
              + "\\p{Lu}[\\p{L}-]*){1,8}");
  private static final Pattern TRAILING_FUNCTION_WORD =
      Pattern.compile("\\s+(?:of|for|and|the|in|on|to|with|a|an)$");

  /**
   * "hosted Ultrasound Practice Forum: Point-of-Care Use of Ultrasound on November 8": an undated
   * event name with a title-case subtitle after a colon is named with it (a dated one, "ECR 2031:
   * Call for Abstracts", is a headline).
   */
  static Mention withSubtitle(Mention m, String text, int end) {
    if (!m.entity().is(EntityType.EVENT)
        || YEAR_AT_END.matcher(m.entity().label()).find()
        || m.entity().acronym() != null) {
      return m;
    }
    Matcher sub = SUBTITLE.matcher(text.substring(m.end(), Math.min(end, m.end() + 120)));
    if (!sub.find()) {
      return m;
    }
    String label =
        m.entity().label() + text.substring(m.end(), m.end() + sub.end()).replaceAll("\\s+", " ");
    label = TRAILING_FUNCTION_WORD.matcher(label).replaceFirst("");
    TreeSet<String> alt = new TreeSet<>(m.entity().altLabels());
    alt.add(m.entity().label());
    Entity e =
        new Entity(Slugs.of(label), label, null, alt, m.entity().types(), new TreeSet<>(), null);
    return new Mention(e, m.begin(), m.end() + (label.length() - m.entity().label().length()));
  }

  /**
   * "Nordic Congress of Imaging 2031": a newly found event name with a year right after it is that
   * year's edition, over both.
   */
  /** {@code m}, or the edition its sentence dates when it names an awareness day. */
  static Mention withCelebrationYear(Mention m, String text, int end) {
    if (!isAwarenessDay(m.entity())) {
      return m;
    }
    return CelebratedDays.year(text, m.begin(), m.end(), end)
        .map(year -> new Mention(edition(m.entity(), year), m.begin(), m.end()))
        .orElse(m);
  }

  static Mention withYearAfter(Mention m, String text, int end) {
    if (isAwarenessDay(m.entity())) {
      Optional<Mention> dated = datedDay(m, text, end);
      if (dated.isPresent()) {
        return dated.get();
      }
    }
    if (!(m.entity().is(EntityType.EVENT) || isAwarenessDay(m.entity()))
        || YEAR_AT_END.matcher(m.entity().label()).find()) {
      return m;
    }
    Matcher after = YEAR_AFTER.matcher(text.substring(m.end(), Math.min(end, m.end() + 6)));
    return after.find()
        ? new Mention(edition(m.entity(), after.group(1)), m.begin(), m.end() + after.end())
        : m;
  }

  // The owner's known congress series ("the 2015 annual meeting of CIRSE" is the CIRSE Annual
  // Congress 2015),
  // else the generic event ("Annual Meeting") the owner naming it will own (see OwnedNames).
  private Optional<Mention> lowerCaseMeeting(String text, int begin, Mention owner) {
    int from = Math.max(begin, owner.begin() - 56);
    Matcher lower = LOWER_CASE_MEETING.matcher(text.substring(from, owner.begin()));
    if (!lower.find()) {
      return Optional.empty();
    }
    String year = lower.group(1);
    int start = from + lower.start(year != null ? 1 : 2);
    // "KCR 2024, the annual scientific meeting of the KSR": an apposition names the event before it
    // again.
    if (APPOSED.matcher(text.substring(Math.max(begin, start - 24), start)).find()) {
      return Optional.empty();
    }
    Entity org = owner.entity();
    Entity series = seriesOf(org, org.acronym() != null ? org.acronym() : org.label());
    if (series != null) {
      // "the annual meeting of the British Society of X": the name as the text gives it is one
      // of the known series' names too.
      String asWritten = capitalized(lower.group(2)) + " of the " + org.label();
      Entity named = year != null ? edition(series, year) : series;
      TreeSet<String> alt = new TreeSet<>(named.altLabels());
      alt.add(year != null ? asWritten + " " + year : asWritten);
      return Optional.of(new Mention(named.withAltLabels(alt), start, from + lower.end(2)));
    }
    return Optional.of(
        new Mention(genericMeeting(lower.group(2), year), start, from + lower.end(2)));
  }

  /**
   * The generic event a meeting written in lower case names ("annual meeting", year 2015: "Annual
   * Meeting 2015"), which the owner naming it will own (see {@link OwnedNames}).
   */
  static Entity genericMeeting(String lowerCaseName, String year) {
    String label = capitalized(lowerCaseName) + (year != null ? " " + year : "");
    return Entity.of(Slugs.of(label), label, EntityType.EVENT);
  }

  // "annual  meeting" -> "Annual Meeting": a name's words written as a name.
  private static String capitalized(String words) {
    StringBuilder name = new StringBuilder();
    Matcher w = CAPITAL_INITIAL.matcher(words.replaceAll("\\s+", " "));
    while (w.find()) {
      w.appendReplacement(name, w.group().toUpperCase(java.util.Locale.ROOT));
    }
    w.appendTail(name);
    return name.toString();
  }

  // "the International Day of Radiology (IDoR 2031)", "the Day of Imaging (DOI), which was on
  // November 7, 2031":
  // the day's celebration of that year.
  private static Optional<Mention> datedDay(Mention m, String text, int end) {
    Matcher dated = DAY_DATED.matcher(text.substring(m.end(), Math.min(end, m.end() + 60)));
    if (!dated.find()) {
      // "celebrate this year's World X Day on 8 November 2031": the sentence dates the celebration.
      return CelebratedDays.year(text, m.begin(), m.end(), end)
          .map(year -> new Mention(edition(m.entity(), year), m.begin(), m.end()));
    }
    String year = dated.group(1) != null ? dated.group(1) : dated.group(2);
    return Optional.of(
        new Mention(
            edition(m.entity(), year),
            m.begin(),
            m.end() + (dated.group(1) != null ? dated.end(1) + 1 : 0)));
  }

  private static final Pattern DAY_DATED =
      Pattern.compile(
          "^\\s*\\(\\s*\\p{Lu}[\\p{L}0-9]{1,9}\\s+((?:19|20)\\d{2})\\)"
              + "|^\\s*(?:\\(\\s*\\p{Lu}[\\p{L}0-9]{1,9}\\s*\\))?,?\\s+(?:which\\s+)?(?:was|is|will\\s+be)\\s+(?:held\\s+|celebrated\\s+|marked\\s+)?on\\s+"
              + "(?:\\p{L}+,?\\s+)?(?:\\p{L}+\\s+\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?\\p{L}+),?\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern AWARENESS_DAY = Pattern.compile("\\b(?:Day|Week|Month)\\b");

  // "World TB Day 2019": the campaign is an initiative, the year's celebration beside it is an
  // event.
  static boolean isAwarenessDay(Entity e) {
    return e.is(EntityType.INITIATIVE) && AWARENESS_DAY.matcher(e.label()).find();
  }

  private static final Set<String> EVENT_KINDS = Set.copyOf(LexiconFiles.entries("event-kinds"));

  /**
   * Adds a mention for group "t" of every match of {@code p}, of the kind {@code kindOf} gives
   * (none when it gives null).
   */
  private void namedBy(
      Pattern p,
      String text,
      int begin,
      int end,
      List<Mention> out,
      java.util.function.Function<Matcher, EntityType> kindOf) {
    Matcher m = p.matcher(text);
    m.region(begin, end);
    while (m.find()) {
      EntityType kind = kindOf.apply(m);
      if (kind == null) {
        continue;
      }
      String title = m.group("t").strip();
      Entity e =
          lexicon
              .lookup(title)
              .orElseGet(
                  () ->
                      new Entity(
                          Slugs.of(title),
                          title,
                          null,
                          new TreeSet<>(),
                          EnumSet.of(kind),
                          new TreeSet<>(),
                          null));
      out.add(new Mention(e, m.start("t"), m.start("t") + title.length()));
    }
  }

  /**
   * The congress series of an organization: the lexicon's "ACRONYM Congress" if it knows one, else
   * "Name Congress".
   */
  private Entity congressOf(Entity org, String head) {
    if (org.acronym() != null) {
      Optional<Entity> known =
          lexicon.lookup(org.acronym() + " " + head).filter(e -> e.is(EntityType.EVENT));
      if (known.isPresent()) {
        return known.get();
      }
    }
    Optional<Entity> byName =
        lexicon.lookup(org.label() + " " + head).filter(e -> e.is(EntityType.EVENT));
    if (byName.isPresent()) {
      return byName.get();
    }
    String label = org.label() + " " + head;
    TreeSet<String> alt = new TreeSet<>();
    String acronym = null;
    if (org.acronym() != null) {
      acronym = org.acronym() + " " + head;
      alt.add(acronym);
    }
    return new Entity(
        Slugs.of(label), label, acronym, alt, EnumSet.of(EntityType.EVENT), new TreeSet<>(), null);
  }

  // The congress series whose name starts with the organization's acronym or name ("CIRSE Annual
  // Congress").
  private Entity seriesOf(Entity org, String surface) {
    for (Entity e : lexicon.entities()) {
      if (e.is(EntityType.EVENT)
          && (e.label().startsWith(surface + " ") || e.label().startsWith(org.label() + " "))) {
        return e;
      }
    }
    return null;
  }

  private static Entity ownEdition(String acronym, String year) {
    String label = acronym + " " + year;
    return new Entity(
        Slugs.of(label),
        label,
        label,
        new TreeSet<>(),
        EnumSet.of(EntityType.EVENT),
        new TreeSet<>(),
        null);
  }

  /** The edition of {@code series} in {@code year}. */
  static Entity edition(Entity series, String year) {
    String label = series.label() + " " + year;
    TreeSet<String> alt = new TreeSet<>();
    alt.add(year + " " + series.label());
    for (String other : series.altLabels()) {
      if (other.contains(" ") || !other.equals(series.acronym())) {
        alt.add(other + " " + year);
      }
    }
    String acronym = null;
    if (series.acronym() != null) {
      acronym = series.acronym() + " " + year;
      alt.add(acronym);
      alt.add(series.acronym() + year);
    }
    return new Entity(
        Slugs.of(label), label, acronym, alt, EnumSet.of(EntityType.EVENT), new TreeSet<>(), null);
  }
}
