package org.radkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the mentions of a recurring event series ("Annual Scientific Meeting", "ICR") into the one
 * edition the article fixes ("... 2014"), so that every fact read about the series points to that
 * edition: the year comes from "this year's / next year's / last year's" and the article's
 * reference year, from an ordinal ("RSNA's 102nd Annual Meeting") and that year, or from the one
 * year of its sentence; a series left undated in one sentence takes the edition the rest of the
 * article fixes, unless the article names two editions of it.
 */
final class EditionResolver {
  private static final Pattern YEAR_AT_END = Pattern.compile("\\s((?:19|20)\\d{2})$");
  // Words that make a name a recurring series: "Annual Meeting", "European Congress of Radiology",
  // "Joint Annual
  // Meeting ISMRM-ESMRMB" (a meeting named by its owners' acronyms).
  private static final Pattern SERIES_HEAD =
      Pattern.compile(
          "\\b(?:Congress|Meeting|Symposium|Conference|Summit|Assembly|Convention|Forum)"
              + "(?:\\s+of(?:\\s+the)?(?:\\s+\\p{Lu}[\\p{L}-]*){1,3}|\\s+\\p{Lu}[\\p{Lu}\\d]+(?:[-/]\\p{Lu}[\\p{Lu}\\d]+)*)?$");
  private static final Pattern RELATIVE_YEAR =
      Pattern.compile(
          "\\b(this|next|last|previous|coming)\\s+year['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ORDINAL_BEFORE =
      Pattern.compile("\\b(\\d{1,3})(?:st|nd|rd|th)\\s+(?:(?i:annual)\\s+)?$");
  // "held every year since 1977", "the AOCR series": the sentence speaks of the series, not of one
  // edition.
  private static final Pattern SERIES_TALK =
      Pattern.compile(
          "\\b(?:every|each)\\s+(?:year|two\\s+years|other\\s+year)\\b|\\bsince\\s+(?:19|20)\\d{2}\\b|\\bseries\\b|\\beditions\\b|\\bbiennial(?:ly)?\\b|\\bannually\\b"
              // "through many events, such as AOCR": a series among others.
              // "as with past in-person events", "ECR and other conferences" too; "confronted with
              // unexpected events" is no series.
              + "|\\b(?:(?:past|previous|other|many|several|all|these|those|such)\\s+(?:[\\p{L}-]+\\s+)?)(?:events|meetings|congresses|conferences|symposia)\\b"
              + "|\\b(?:events|meetings|congresses|conferences|symposia)\\b(?=[^.;]{0,30}?\\b(?:such\\s+as|like|including)\\b)",
          Pattern.CASE_INSENSITIVE);
  // "established in 2013", "the fourth annual ...": a campaign's founding or its recurrence speaks
  // of it as a whole.
  private static final Pattern FOUNDING_TALK =
      Pattern.compile(
          "\\b(?:establish(?:ed|es)|found(?:ed|s)|creat(?:ed|es)|launch(?:ed|es)|initiat(?:ed|es)|inaugurat(?:ed|es)|institut(?:ed|es))\\b"
              + "|\\b(?:every|each)\\s+year\\b|\\bannual(?:ly)?\\b|\\bsince\\s+(?:19|20)\\d{2}\\b",
          Pattern.CASE_INSENSITIVE);
  // "runs through Jan. 2024": that year dates an end, not the edition.
  private static final Pattern SENTENCE_RELATIVE_YEAR =
      Pattern.compile("\\b(this|next|last)\\s+year\\b(?!['’]s)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATELINE_END =
      Pattern.compile("\\s*\\)\\s*(?:--|[—–-])|\\s*--|\\s+[—–]\\s");
  private static final Pattern SESSION =
      Pattern.compile(
          "\\b(?:Symposium|Session|Workshop|Showcase|Lecture|Forum|Masterclass|Plenary)\\b");
  // What may stand between a name and its date: "the 4th AOCR from November 13-18", "the Congress
  // (14–18 September, ...)".
  private static final Pattern DATE_LEAD =
      Pattern.compile("^[\\s,(~–—]*(?:(?:from|on|in|held)\\s+)*$");
  private static final Pattern ENDING_WORD =
      Pattern.compile("\\b(?:through|until|till|by|to|ends?|ending)\\s+$");
  // A press release's dateline: "OAK BROOK, Ill. (July 15, 2010) --", "WASHINGTON, D.C. — March 3,
  // 2012 —".
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?m)^\\p{Lu}[^\\n]{0,60}?[(,—–-]\\s*(?:January|February|March|April|May|June|July|August|September|October|November|December"
              + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)\\s+\\d{1,2},?\\s+((?:19|20)\\d{2})\\s*\\)?\\s*(?:--|[—–-])");

  private final Lexicon lexicon;
  private final DateFinder headingDates = new DateFinder();

  EditionResolver(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The year an article is written in: its dateline's, else the year its dates name most (the
   * latest of a tie); null when none.
   */
  static Integer referenceYear(String text, int begin, int end, List<DateMention> dates) {
    Matcher d = DATELINE.matcher(text);
    d.region(begin, Math.min(end, begin + 2000));
    if (d.find()) {
      return Integer.parseInt(d.group(1));
    }
    Map<Integer, Integer> counts = new HashMap<>();
    for (DateMention m : dates) {
      if (m.value() != null) {
        counts.merge(m.year(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(
            Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /**
   * A name of a recurring event without a year: a known event, or one whose name ends in a meeting
   * word.
   */
  boolean isSeries(Entity e) {
    if (!e.is(EntityType.EVENT) || YEAR_AT_END.matcher(e.label()).find()) {
      return false;
    }
    return SERIES_HEAD.matcher(e.label()).find()
        || lexicon.lookup(e.label()).filter(k -> k.is(EntityType.EVENT)).isPresent();
  }

  /**
   * Replaces, in {@code mentions}, each series mention by the edition the article fixes for it (see
   * the class contract).
   */
  void resolve(
      String text,
      List<Mention> mentions,
      List<Span> sentences,
      List<DateMention> dates,
      Integer referenceYear) {
    Map<Integer, Integer> yearOf = new HashMap<>(); // mention index -> year read for it
    Map<Integer, String> ordinalOf = new HashMap<>();
    Map<String, Entity> seriesByLabel = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (!isSeries(m.entity())) {
        continue;
      }
      seriesByLabel.putIfAbsent(key(m.entity().label()), m.entity());
      Span sentence = sentenceOf(sentences, m.begin());
      String before = text.substring(Math.max(sentence.begin(), m.begin() - 40), m.begin());
      Matcher ordinal = ORDINAL_BEFORE.matcher(before);
      if (ordinal.find()) {
        ordinalOf.put(i, ordinal.group(1));
      }
      Matcher relative = RELATIVE_YEAR.matcher(before);
      if (relative.find()) {
        if (referenceYear != null) {
          yearOf.put(i, referenceYear + shift(relative.group(1)));
        }
        continue;
      }
      Integer year = sentenceYear(text, sentence, dates, mentions);
      if (year != null
          && (!otherOrdinalInSentence(mentions, i, sentence, text)
              || datedRightAfter(text, m, dates, true))) {
        yearOf.put(i, year);
      } else if (year == null
          && referenceYear != null
          && datedRightAfter(text, m, dates, false)
          && !SESSION.matcher(m.entity().label()).find()) {
        // "the Annual Congress (14–18 September, Lisbon)" in a 2024 article: a day without a year
        // is of the article's year.
        // A forum or symposium on a day is mostly a session of a congress, not an edition of its
        // own.
        yearOf.put(i, referenceYear);
      } else if (year == null && referenceYear != null) {
        // "Next year, the Annual Meeting moves to Turku": a relative year of the sentence, the only
        // one it states.
        Matcher said =
            SENTENCE_RELATIVE_YEAR.matcher(text.substring(sentence.begin(), sentence.end()));
        if (said.find()) {
          String word = said.group(1);
          boolean once = !said.find();
          if (once) {
            yearOf.put(i, referenceYear + shift(word));
          }
        }
      }
    }
    // The years the article gives each series: its own dated mentions and the editions it names
    // outright.
    Map<String, Set<Integer>> years = new LinkedHashMap<>();
    Map<String, Set<String>> ordinals = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      Entity e = mentions.get(i).entity();
      Matcher y = YEAR_AT_END.matcher(e.label());
      if (e.is(EntityType.EVENT) && y.find()) {
        years
            .computeIfAbsent(key(e.label().substring(0, y.start())), k -> new TreeSet<>())
            .add(Integer.parseInt(y.group(1)));
      } else if (yearOf.containsKey(i)) {
        years.computeIfAbsent(key(e.label()), k -> new TreeSet<>()).add(yearOf.get(i));
      }
      if (ordinalOf.containsKey(i)) {
        ordinals.computeIfAbsent(key(e.label()), k -> new HashSet<>()).add(ordinalOf.get(i));
      }
    }
    datedWhereNotRead(text, sentences, mentions, dates, seriesByLabel.values(), years);
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (!isSeries(m.entity())) {
        continue;
      }
      String series = key(m.entity().label());
      Integer year = yearOf.get(i);
      Set<Integer> stated = years.getOrDefault(series, Set.of());
      boolean oneOrdinal = ordinals.getOrDefault(series, Set.of()).size() <= 1;
      if (year == null
          && stated.size() == 1
          && oneOrdinal
          && !talksOfSeries(text, sentenceOf(sentences, m.begin()))) {
        year = stated.iterator().next();
      }
      // "RSNA's 102nd Annual Meeting" in a 2016 report: the edition of the article's year.
      // Only a meeting's name: "the 1st Summer School on AI" is named with its ordinal, not a year.
      if (year == null
          && stated.isEmpty()
          && ordinalOf.containsKey(i)
          && oneOrdinal
          && referenceYear != null
          && SERIES_HEAD.matcher(m.entity().label()).find()) {
        year = referenceYear;
      }
      if (year != null) {
        mentions.set(i, new Mention(edition(m.entity(), year.toString()), m.begin(), m.end()));
      }
    }
    mergeSpellings(mentions);
  }

  /**
   * "Joint Annual Meeting ISMRM-ESMRMB ~ 19-25 May 2007" as a page's title or heading, where names
   * are not looked for: a series written with a dated day right after it, outside any mention, is
   * given that year by the article too.
   */
  private void datedWhereNotRead(
      String text,
      List<Span> sentences,
      List<Mention> mentions,
      List<DateMention> dates,
      java.util.Collection<Entity> series,
      Map<String, Set<Integer>> years) {
    if (sentences.isEmpty()) {
      return;
    }
    int from = sentences.get(0).begin();
    // A page's heading left above its article (a line or two) still dates what the article names.
    if (from > 0 && text.substring(0, from).lines().filter(l -> !l.isBlank()).count() <= 2) {
      List<DateMention> all = new ArrayList<>(headingDates.find(text, 0, from));
      all.addAll(dates);
      dates = all;
      from = 0;
    }
    int to = sentences.get(sentences.size() - 1).end();
    for (Entity e : series) {
      String label = e.label();
      for (int at = text.indexOf(label, from);
          at >= 0 && at < to;
          at = text.indexOf(label, at + 1)) {
        int b = at;
        int end = at + label.length();
        if (mentions.stream().anyMatch(m -> m.begin() < end && b < m.end())) {
          continue;
        }
        Mention written = new Mention(e, b, end);
        for (DateMention d : dates) {
          if (d.value() != null && datedRightAfter(text, written, List.of(d), true)) {
            years.computeIfAbsent(key(label), k -> new TreeSet<>()).add(d.year());
          }
        }
      }
    }
  }

  /**
   * "the WFUMB 2023 World Congress" and "our recent World Congress" (owned: "WFUMB World Congress
   * 2023") are one event spelled two ways: events of one article that share a name become one
   * entity with both sets of names.
   */
  static void mergeSpellings(List<Mention> mentions) {
    Map<String, String> keyOfName = new HashMap<>();
    Map<String, Entity> merged = new LinkedHashMap<>(); // canonical key -> entity with every name
    Map<String, String> canonical = new HashMap<>(); // entity key -> canonical key
    for (Mention m : mentions) {
      Entity e = m.entity();
      if (!e.is(EntityType.EVENT) || canonical.containsKey(e.key())) {
        continue;
      }
      String into = null;
      for (String n : Lexicon.namesOf(e)) {
        into = into != null ? into : keyOfName.get(key(n));
      }
      if (into == null) {
        into = e.key();
        merged.put(into, e);
      } else {
        Entity f = merged.get(into);
        TreeSet<String> alt = new TreeSet<>(f.altLabels());
        alt.addAll(Lexicon.namesOf(e));
        alt.remove(f.label());
        merged.put(
            into,
            new Entity(
                f.slug(),
                f.label(),
                f.acronym() != null ? f.acronym() : e.acronym(),
                alt,
                f.types(),
                f.sameAs(),
                f.containedIn()));
      }
      canonical.put(e.key(), into);
      for (String n : Lexicon.namesOf(e)) {
        keyOfName.putIfAbsent(key(n), into);
      }
    }
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String into = canonical.get(m.entity().key());
      if (into != null && !merged.get(into).equals(m.entity())) {
        mentions.set(i, new Mention(merged.get(into), m.begin(), m.end()));
      }
    }
  }

  /**
   * "AOCR 2018" in an article that speaks of the series "AOCR" too, "World Sonography Day 2031" in
   * one that names the campaign "World Sonography Day": the edition is part of the series
   * (evidence: the edition's first sentence).
   */
  List<Relation> partOfSeries(String text, List<Mention> mentions, List<Span> sentences) {
    Map<String, Entity> series = new HashMap<>();
    for (Mention m : mentions) {
      // Only a series the text speaks of as one ("through many events, such as AOCR"): a bare "the
      // ICR" beside
      // "ICR 2020" is mostly that edition again, named without its year.
      if (isSeries(m.entity()) && talksOfSeries(text, sentenceOf(sentences, m.begin()))) {
        series.putIfAbsent(key(m.entity().label()), m.entity());
      }
      // "World Sonography Day, which the society founded in 2025" beside "World Sonography Day
      // 2031": a yearly campaign the text tells the founding of is spoken of as the series of its
      // days ("the celebration of World Sonography Day" is mostly that year's day again).
      if (EventFinder.isAwarenessDay(m.entity())
          && FOUNDING_TALK.matcher(sentenceText(text, sentenceOf(sentences, m.begin()))).find()) {
        series.putIfAbsent(key(m.entity().label()), m.entity());
      }
    }
    Map<String, Relation> out = new LinkedHashMap<>();
    for (Mention m : mentions) {
      Entity e = m.entity();
      Matcher y = YEAR_AT_END.matcher(e.label());
      if (!e.is(EntityType.EVENT) || !y.find()) {
        continue;
      }
      Entity whole = series.get(key(e.label().substring(0, y.start())));
      Span s = sentenceOf(sentences, m.begin());
      if (whole != null && !out.containsKey(e.key()) && s.length() > 0) {
        out.put(
            e.key(),
            new Relation(
                    e,
                    Predicate.PART_OF,
                    whole,
                    new Evidence(text.substring(s.begin(), s.end()), s.begin(), s.end()))
                .orMethod(ReadingMethod.EDITION_OF_SERIES));
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * "RSNA 2016 presented ... The RSNA/AAPM Symposium focused on ...": a named symposium, session,
   * workshop or lecture of an article about one congress edition (the edition it names most, named
   * before it) is part of it.
   */
  List<Relation> sessionsOfCongress(String text, List<Mention> mentions, List<Span> sentences) {
    Map<Entity, Integer> counts = new LinkedHashMap<>();
    for (Mention m : mentions) {
      Entity e = m.entity();
      Matcher y = YEAR_AT_END.matcher(e.label());
      if (e.is(EntityType.EVENT)
          && y.find()
          && SERIES_HEAD.matcher(e.label().substring(0, y.start())).find()) {
        counts.merge(e, 1, Integer::sum);
      }
    }
    int most = counts.values().stream().max(Integer::compare).orElse(0);
    List<Entity> main =
        counts.entrySet().stream()
            .filter(c -> c.getValue() == most)
            .map(Map.Entry::getKey)
            .toList();
    if (main.size() != 1) {
      return List
          .of(); // no congress, or two the article speaks of as much: which one a session belongs
      // to is unsaid
    }
    Entity congress = main.get(0);
    Map<String, Relation> out = new LinkedHashMap<>();
    boolean named = false;
    for (Mention m : mentions) {
      Entity e = m.entity();
      named |= e.equals(congress);
      if (named
          && e.is(EntityType.EVENT)
          && !e.equals(congress)
          && SESSION.matcher(e.label()).find()
          && !YEAR_AT_END.matcher(e.label()).find()
          && !out.containsKey(e.key())) {
        Span s = sentenceOf(sentences, m.begin());
        if (s.length() > 0) {
          out.put(
              e.key(),
              new Relation(
                      e,
                      Predicate.PART_OF,
                      congress,
                      new Evidence(text.substring(s.begin(), s.end()), s.begin(), s.end()))
                  .orMethod(ReadingMethod.SESSION_OF_CONGRESS));
        }
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * The edition of {@code series}, also named by its owner's full name ("Radiological Society of
   * North America Annual Meeting 2016").
   */
  Entity edition(Entity series, String year) {
    Entity e = EventFinder.edition(series, year);
    TreeSet<String> alt = new TreeSet<>(e.altLabels());
    int space = series.label().indexOf(' ');
    if (space > 0) {
      String first = series.label().substring(0, space).replaceFirst("['’]s$", "");
      lexicon
          .lookup(first)
          .filter(o -> o.primaryType().isOrganization() && first.equals(o.acronym()))
          .ifPresent(o -> alt.add(o.label() + series.label().substring(space) + " " + year));
    }
    // "54th Annual Meeting of the Society of Nuclear Medicine" names one edition already: keep it
    // as it is.
    for (String other : series.altLabels()) {
      if (other.matches("^\\d{1,3}(?:st|nd|rd|th)\\s.*")) {
        alt.add(other);
      }
    }
    return new Entity(
        e.slug(), e.label(), e.acronym(), alt, e.types(), e.sameAs(), e.containedIn());
  }

  private static int shift(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "next", "coming" -> 1;
      case "last", "previous" -> -1;
      default -> 0;
    };
  }

  // The one year the sentence's dates name, those ending something aside; null for none or several.
  private static Integer sentenceYear(
      String text, Span sentence, List<DateMention> dates, List<Mention> mentions) {
    Integer year = null;
    for (DateMention d : dates) {
      // "during ECR 2019": a year inside a name is that name's.
      if (d.value() == null
          || !sentence.contains(d.span())
          || mentions.stream().anyMatch(m -> d.span().overlaps(new Span(m.begin(), m.end())))) {
        continue;
      }
      if (ENDING_WORD
          .matcher(
              text.substring(Math.max(sentence.begin(), d.span().begin() - 12), d.span().begin()))
          .find()) {
        continue;
      }
      // "WASHINGTON (July 15, 2010) --": a dateline dates the release, not what it tells of.
      if (DATELINE_END
          .matcher(text.substring(d.span().end(), Math.min(text.length(), d.span().end() + 6)))
          .lookingAt()) {
        continue;
      }
      if (year != null && year != d.year()) {
        return null;
      }
      year = d.year();
    }
    return year;
  }

  // "the 4th AOCR in Bangkok chose Seoul for the 5th AOCR": two editions in one sentence; its date
  // is not both's.
  private static boolean otherOrdinalInSentence(
      List<Mention> mentions, int i, Span sentence, String text) {
    Mention m = mentions.get(i);
    String mine = ordinal(text, sentence, m);
    for (Mention o : mentions) {
      if (o != m
          && sentence.contains(new Span(o.begin(), o.end()))
          && key(o.entity().label()).equals(key(m.entity().label()))) {
        String theirs = ordinal(text, sentence, o);
        if (theirs != null && !theirs.equals(mine)) {
          return true;
        }
      }
    }
    return false;
  }

  // "the 4th AOCR from November 13-18, 1983": a date right after the name is that edition's (one
  // with or without its year).
  private static boolean datedRightAfter(
      String text, Mention m, List<DateMention> dates, boolean withYear) {
    for (DateMention d : dates) {
      if ((d.value() != null) == withYear
          && d.span().begin() >= m.end()
          && d.span().begin() - m.end() <= 12
          && DATE_LEAD.matcher(text.substring(m.end(), d.span().begin())).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String ordinal(String text, Span sentence, Mention m) {
    Matcher o =
        ORDINAL_BEFORE.matcher(
            text.substring(Math.max(sentence.begin(), m.begin() - 40), m.begin()));
    return o.find() ? o.group(1) : null;
  }

  private static boolean talksOfSeries(String text, Span sentence) {
    return SERIES_TALK.matcher(text.substring(sentence.begin(), sentence.end())).find();
  }

  private static String sentenceText(String text, Span sentence) {
    return text.substring(sentence.begin(), sentence.end());
  }

  private static String key(String label) {
    return label.strip().toLowerCase(Locale.ROOT);
  }

  private static Span sentenceOf(List<Span> sentences, int at) {
    for (Span s : sentences) {
      if (s.begin() <= at && at < s.end()) {
        return s;
      }
    }
    return new Span(at, at);
  }
}
