package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads that a dated edition is part of its series when an article names both: "IDoR 2012" and the
 * International Day of Radiology, "AOCR 2018" and the Asian Oceanian Congress of Radiology. An
 * edition's name is its series' name and a year, so the names themselves state the relation.
 */
final class EditionSeriesReader {
  private static final Pattern DATED = Pattern.compile("^(.+) ((?:19|20)\\d{2})$");

  /** The partOf relations between the editions and series that {@code mentions} name, each with the first sentence naming the edition. */
  static List<Relation> read(String text, List<Mention> mentions, List<Span> sentences) {
    List<Relation> out = new ArrayList<>();
    List<String> done = new ArrayList<>();
    for (Mention m : mentions) {
      Entity edition = m.entity();
      Matcher dated = DATED.matcher(edition.label());
      if (!edition.is(EntityType.EVENT) || !dated.matches() || done.contains(edition.key())) {
        continue;
      }
      Span sentence = sentenceOf(sentences, m);
      Entity whole = sentence == null ? null : seriesIn(mentions, sentence, dated.group(1));
      if (whole != null && RelationExtractor.allowed(edition, Predicate.PART_OF, whole)) {
        done.add(edition.key());
        Evidence evidence = new Evidence(text.substring(sentence.begin(), sentence.end()), sentence.begin(), sentence.end());
        out.add(new Relation(edition, Predicate.PART_OF, whole, evidence, ReadingMethod.EDITION_OF_SERIES));
      }
    }
    return out;
  }

  // The series named in the same sentence: one named elsewhere in the article is usually the same congress
  // named without its year, not a series the article speaks of.
  private static Entity seriesIn(List<Mention> mentions, Span sentence, String label) {
    for (Mention m : mentions) {
      Entity e = m.entity();
      if (sentence.contains(new Span(m.begin(), m.end())) && e.label().equals(label) && (e.is(EntityType.EVENT) || e.is(EntityType.INITIATIVE))) {
        return e;
      }
    }
    return null;
  }

  private static Span sentenceOf(List<Span> sentences, Mention m) {
    for (Span s : sentences) {
      if (s.contains(new Span(m.begin(), m.end()))) {
        return s;
      }
    }
    return null;
  }
}
