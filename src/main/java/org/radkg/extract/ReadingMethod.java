package org.radkg.extract;

import java.util.Locale;

/**
 * How a relation was read: one hand-written rule, the person-role reader, or one trained model
 * version; published as {@code …/id/method/{slug}}, a prov:SoftwareAgent with a label and a comment.
 *
 * @param slug the method's IRI slug, stable while the rule or model version is
 * @param label a short human name
 * @param comment what the method reads, in one sentence
 */
public record ReadingMethod(String slug, String label, String comment) {
  /**
   * The method of a relation made without one: a sentence pattern of the extractor that is not a
   * named rule of {@link RelationRules} (the four-argument {@link Relation} constructor).
   */
  public static final ReadingMethod SENTENCE_PATTERN = new ReadingMethod("sentence-pattern", "Sentence pattern",
      "A sentence pattern of the extractor that is not one of the named relation rules.");

  /** The person-role reader: "Name, role of Organization", "Organization's role Name" and their variants. */
  public static final ReadingMethod PERSON_ROLE = new ReadingMethod("person-role", "Person-role reader",
      "Reads a named person's job title and organization from the words beside the name"
          + " (\"Name, role of Organization\", \"Organization role Name\").");

  /** An initiative or event whose name opens with an organization of the same sentence ("the ESR Annual Congress"). */
  public static final ReadingMethod NAME_STATES_OWNER = new ReadingMethod("name-states-owner", "Owner named in the name",
      "Reads that an organization leads an initiative or event whose name opens with the organization's acronym or name,"
          + " when the same sentence names that organization.");

  /** A generic name owned by an organization ("RSNA's Annual Meeting", "the Annual Meeting of the Society"). */
  public static final ReadingMethod OWNED_NAME = new ReadingMethod("owned-name", "Owner of a generic name",
      "Reads that an organization leads an event or initiative with a generic name (\"Annual Meeting\", \"Strategic Plan\")"
          + " that the text gives to it, or whose name opens with the organization's acronym or name.");

  /** A dated edition named beside its series ("AOCR 2018" and the Asian Oceanian Congress of Radiology), see {@link EditionSeriesReader}. */
  public static final ReadingMethod EDITION_OF_SERIES = new ReadingMethod("edition-of-series", "Edition of a named series",
      "Reads that an event named as a series and a year is part of that series when the same article names the series too.");

  /** The method of the named relation rule {@code name} (see {@link RelationRules}). */
  public static ReadingMethod rule(String name) {
    return new ReadingMethod("rule-" + slugOf(name), "Rule " + name,
        "The hand-written relation rule '" + name + "': a pattern over the sentence with its names masked.");
  }

  /** The method of the trained relation model of version {@code version}. */
  public static ReadingMethod model(String version) {
    return new ReadingMethod("model-" + slugOf(version), "Relation model " + version,
        "The trained relation classifier (version " + version + ") reading pairs of names the rules left unread.");
  }

  private static String slugOf(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
