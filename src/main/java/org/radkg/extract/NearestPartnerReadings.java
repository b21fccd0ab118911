package org.radkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.corpus.LexiconFiles;

/**
 * Reads, once an article's rules have run, what an entity most likely has from the nearest fitting
 * name of a sentence, for an entity no rule gave one anywhere in the article: a person's
 * organization (the nearest one, no other person between them), an event's or initiative's place
 * (the nearest one, no other event, initiative or organization between them) and an event's date
 * (the first one after it, no other event or initiative between them). A reading of proximity,
 * published with the low confidence `calibrate` measures for each method, so a consumer can keep or
 * drop it.
 */
final class NearestPartnerReadings {
  /** A person's organization read from proximity alone. */
  static final ReadingMethod NEAREST_BODY =
      new ReadingMethod(
          "nearest-body",
          "Nearest organization of a person",
          "Reads that a person belongs to the organization named nearest to them in a sentence, with no other"
              + " person between them, when nothing else in the article gives the person an organization.");

  /** A person's organization read from an office alone, on a page about one organization. */
  static final ReadingMethod OWNERS_OFFICE =
      new ReadingMethod(
          "owners-office",
          "Office of the page's organization",
          "Reads that a person holding an office (president, secretary, treasurer, chair, director, board member)"
              + " belongs to the organization the page is about, when nothing in the article gives the person an"
              + " organization.");

  /** An event's or initiative's place read from proximity alone. */
  static final ReadingMethod NEAREST_PLACE =
      new ReadingMethod(
          "nearest-place",
          "Nearest place of an event or initiative",
          "Reads that an event or initiative is in the place named nearest to it in a sentence, with no other"
              + " event, initiative or organization between them, when nothing else in the article gives it a place.");

  /** An event's date read from proximity alone. */
  static final ReadingMethod NEAREST_DATE =
      new ReadingMethod(
          "nearest-date",
          "Nearest date of an event",
          "Reads that an event takes place on the first date named after it in a sentence, with no other event or"
              + " initiative between them, when nothing else in the article dates it.");

  // Farther apart than this many characters, two names of a sentence are mostly about different
  // things.
  private static final int MAX_GAP = 120;
  private static final Pattern LIST_JOINT =
      Pattern.compile("\\s*(?:[,/;&]|and|or|y|e|et|und|o|ou)?\\s*(?:and|or)?\\s*");
  // An office at the title's start, after any modifiers ("Immediate Past President").
  private static final Pattern OFFICE =
      Pattern.compile(
          "(?i)^(?:(?:"
              + LexiconFiles.alternation(LexiconFiles.entries("role-modifiers"))
              + "|immediate|new|outgoing|interim|acting)[- ])*(?:"
              + LexiconFiles.alternation(LexiconFiles.entries("society-offices"))
              + ")(?![\\p{L}-])");
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

  // The first candidate of each entity and kind, in the article's order.
  private final Map<Entity, List<Relation>> bodies = new LinkedHashMap<>();
  private final Map<Entity, List<Relation>> places = new LinkedHashMap<>();
  private final Map<Entity, List<Relation>> dates = new LinkedHashMap<>();

  /** Notes the candidates of one sentence; {@link #unread} keeps those no rule overtook. */
  void collect(MaskedSentence s, Evidence evidence) {
    List<Slot> slots = s.slots();
    for (int i = 0; i < slots.size(); i++) {
      Slot a = slots.get(i);
      Entity e = a.entity();
      if (e == null || a.anaphoric()) {
        continue;
      }
      if (a.code() == 'H' && !bodies.containsKey(e)) {
        // "X runs the Y Program and its director, Jane Doe": a person past an initiative or event
        // is mostly its.
        Slot body = nearest(s.source(), slots, i, 'O', "HIE");
        // "A met B, and Jane Doe opened": with two bodies on one side, whose she is stays open.
        if (body != null && soleOnItsSide(slots, i, body)) {
          bodies.put(
              e, List.of(read(e, Predicate.AFFILIATION, body.entity(), evidence, NEAREST_BODY)));
        }
      }
      if ((a.code() == 'E' || a.code() == 'I') && !places.containsKey(e)) {
        Slot place = nearest(s.source(), slots, i, 'P', "EIO");
        // A region is mostly a scope ("the leading meeting in Europe"), not where a thing is; a
        // place listed with another ("Sydney/Melbourne") leaves which one open.
        if (place != null
            && !place.entity().is(EntityType.REGION)
            && !listed(s.source(), slots, place)
            && !slashed(s.source(), place)) {
          List<Relation> where = new ArrayList<>();
          where.add(read(e, Predicate.LOCATION, place.entity(), evidence, NEAREST_PLACE));
          // "in Bergen, Norway": the guide gives the city and its country.
          Slot country = countryAfter(slots, place);
          if (country != null) {
            where.add(read(e, Predicate.LOCATION, country.entity(), evidence, NEAREST_PLACE));
          }
          places.put(e, where);
        }
      }
      if (a.code() == 'E' && !dates.containsKey(e)) {
        DateMention date = dateAfter(s.source(), slots, i);
        // "the Nordic Congress of Imaging 2029, 2030 and ...": an edition's date is of its year.
        Matcher year = YEAR.matcher(e.label());
        if (date != null && (!year.find() || date.value().startsWith(year.group()))) {
          dates.put(
              e, List.of(read(e, Predicate.START_DATE, date.literal(), evidence, NEAREST_DATE)));
        }
      }
    }
  }

  /**
   * The candidates of the entities that {@code found} gives no relation of the candidate's kind; a
   * person given a job title has had the office readers decide which body is theirs, so gets no
   * nearest body, but one holding an office of no body named is {@code owner}'s, the organization
   * the page is about (none when null).
   */
  List<Relation> unread(List<Relation> found, Entity owner) {
    List<Relation> out = new ArrayList<>();
    if (owner != null) {
      // "President Junji Shiraishi" on a page of the society: an office of no body named is the
      // page's owner's.
      Set<Entity> affiliated = new HashSet<>(Relation.subjectsOf(found, Predicate.AFFILIATION));
      for (Relation r : found) {
        if (r.predicate() == Predicate.JOB_TITLE
            && r.object() instanceof LiteralValue title
            && OFFICE.matcher(title.lexical()).find()
            && affiliated.add(r.subject())) {
          out.add(read(r.subject(), Predicate.AFFILIATION, owner, r.evidence(), OWNERS_OFFICE));
        }
      }
    }
    // A person given a job title has had the office readers decide which body is theirs.
    Set<Entity> affiliatedOrTitled =
        new HashSet<>(Relation.subjectsOf(found, Predicate.AFFILIATION));
    affiliatedOrTitled.addAll(Relation.subjectsOf(found, Predicate.JOB_TITLE));
    keepUnread(bodies, affiliatedOrTitled, out);
    keepUnread(places, Relation.subjectsOf(found, Predicate.LOCATION), out);
    keepUnread(dates, Relation.subjectsOf(found, Predicate.START_DATE), out);
    return out;
  }

  // Adds to `out` the candidates of `kind` whose entity is not among `given`.
  private static void keepUnread(
      Map<Entity, List<Relation>> kind, Set<Entity> given, List<Relation> out) {
    kind.forEach(
        (entity, r) -> {
          if (!given.contains(entity)) {
            out.addAll(r);
          }
        });
  }

  private static Relation read(
      Entity subject, Predicate p, Term object, Evidence evidence, ReadingMethod method) {
    return new Relation(subject, p, object, evidence).orMethod(method);
  }

  // The slot of class `code` nearest to slots[i] on either side, with no slot of a class in
  // `blocking` and no semicolon between them: "the mayor, Jane Doe; the president of the X, John
  // Roe" lists items that each stand alone.
  private static Slot nearest(String text, List<Slot> slots, int i, char code, String blocking) {
    Slot best = null;
    int bestGap = Integer.MAX_VALUE;
    for (int dir = -1; dir <= 1; dir += 2) {
      for (int j = i + dir; j >= 0 && j < slots.size(); j += dir) {
        Slot b = slots.get(j);
        if (semicolonBetween(text, slots.get(i), b)) {
          break;
        }
        if (b.entity() != null && b.code() == code && !b.anaphoric()) {
          int gap = dir > 0 ? gap(slots.get(i), b) : gap(b, slots.get(i));
          if (gap <= MAX_GAP && gap < bestGap) {
            best = b;
            bestGap = gap;
          }
          break;
        }
        if (blocking.indexOf(b.code()) >= 0) {
          break;
        }
      }
    }
    return best;
  }

  private static boolean semicolonBetween(String text, Slot a, Slot b) {
    Slot first = a.span().begin() <= b.span().begin() ? a : b;
    Slot second = first == a ? b : a;
    int from = first.span().end();
    int to = second.span().begin();
    int semicolon = text.indexOf(';', from);
    return semicolon >= 0 && semicolon < to;
  }

  // The first full date after slots[i], before any other event or initiative or a semicolon.
  private static DateMention dateAfter(String text, List<Slot> slots, int i) {
    for (int j = i + 1; j < slots.size(); j++) {
      Slot b = slots.get(j);
      if (semicolonBetween(text, slots.get(i), b)) {
        return null;
      }
      if (b.date() != null && b.date().value() != null) {
        return gap(slots.get(i), b) <= MAX_GAP ? b.date() : null;
      }
      if (b.code() == 'E' || b.code() == 'I') {
        return null;
      }
    }
    return null;
  }

  // True when another place stands in a list with `place` ("Sydney/Melbourne", "Lima and Quito"),
  // other than its own country after a city ("Bergen, Norway").
  private static boolean listed(String text, List<Slot> slots, Slot place) {
    int k = slots.indexOf(place);
    for (int j = k - 1; j <= k + 1; j += 2) {
      if (j < 0 || j >= slots.size() || slots.get(j).code() != 'P') {
        continue;
      }
      Slot other = slots.get(j);
      Slot first = j < k ? other : place;
      Slot second = j < k ? place : other;
      String between = text.substring(first.span().end(), second.span().begin());
      boolean country = j > k && isCountryOf(other, place);
      if (LIST_JOINT.matcher(between).matches() && !country) {
        return true;
      }
    }
    return false;
  }

  private static boolean soleOnItsSide(List<Slot> slots, int i, Slot body) {
    int k = slots.indexOf(body);
    int from = k < i ? 0 : i + 1;
    int to = k < i ? i : slots.size();
    return slots.subList(from, to).stream().filter(x -> x.code() == 'O').count() == 1;
  }

  // "Sydney/Melbourne": a place written against another by a slash is one of two.
  private static boolean slashed(String text, Slot place) {
    int b = place.span().begin();
    int e = place.span().end();
    return (b > 0 && text.charAt(b - 1) == '/')
        || (e < text.length() && text.charAt(e) == '/')
        || text.substring(b, e).indexOf('/') >= 0;
  }

  // The country right after a city ("Bergen, Norway"), or null.
  private static Slot countryAfter(List<Slot> slots, Slot city) {
    int k = slots.indexOf(city);
    if (k + 1 < slots.size()) {
      Slot next = slots.get(k + 1);
      if (next.code() == 'P' && isCountryOf(next, city) && gap(city, next) <= 4) {
        return next;
      }
    }
    return null;
  }

  private static boolean isCountryOf(Slot country, Slot city) {
    return country.entity().slug().equals(city.entity().containedIn());
  }

  private static int gap(Slot first, Slot second) {
    return second.span().begin() - first.span().end();
  }
}
