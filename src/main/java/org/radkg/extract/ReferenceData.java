package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.radkg.extract.dictionary.AuthorityEntry;
import org.radkg.extract.dictionary.AuthorityFile;
import org.radkg.extract.dictionary.TopicLexicon;
import org.radkg.extract.place.Gazetteer;
import org.radkg.extract.place.PlaceRecognizer;

/**
 * The curated data the extractor reads: the authority file of names, the gazetteer and the topic
 * lexicon, loaded once and shared (all parts are immutable and thread-safe).
 *
 * @param known entities of the authority file
 * @param places the place recognizer over the gazetteer
 * @param topics the topic classifier over the SKOS lexicon
 */
public record ReferenceData(List<Entity> known, PlaceRecognizer places, TopicClassifier topics) {

  /** Loads the reference data shipped on the classpath (the project's data/ folder). */
  public static ReferenceData fromClasspath() {
    List<Entity> known = new ArrayList<>();
    for (AuthorityEntry entry : AuthorityFile.fromClasspath().entries()) {
      known.add(entry.toEntity());
    }
    return new ReferenceData(
        known,
        new PlaceRecognizer(Gazetteer.fromClasspath()),
        new TopicClassifier(TopicLexicon.fromClasspath().topics()));
  }
}
