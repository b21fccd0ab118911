package org.radkg.extract;

import java.util.Locale;

/**
 * How a relation was read: one hand-written rule, the person-role reader, or one trained model
 * version; published as {@code …/id/method/{slug}}, a prov:SoftwareAgent with a label and a
 * comment.
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
  public static final ReadingMethod SENTENCE_PATTERN =
      new ReadingMethod(
          "sentence-pattern",
          "Sentence pattern",
          "A sentence pattern of the extractor that is not one of the named relation rules.");

  /**
   * The person-role reader: "Name, role of Organization", "Organization's role Name" and their
   * variants.
   */
  public static final ReadingMethod PERSON_ROLE =
      new ReadingMethod(
          "person-role",
          "Person-role reader",
          "Reads a named person's job title and organization from the words beside the name"
              + " (\"Name, role of Organization\", \"Organization role Name\").");

  /**
   * A person's office read from a verb of election, appointment or taking up a role ({@link
   * OfficeTaken}).
   */
  public static final ReadingMethod OFFICE_TAKEN =
      new ReadingMethod(
          "office-taken",
          "Office taken",
          "Reads a person's job title and organization from a verb of election, appointment or taking up a role"
              + " (\"was elected president of X\", \"moves into the role of treasurer\", \"X appointed Name as its director\").");

  /**
   * An initiative or event whose name opens with an organization of the same sentence ("the ESR
   * Annual Congress").
   */
  public static final ReadingMethod NAME_STATES_OWNER =
      new ReadingMethod(
          "name-states-owner",
          "Owner named in the name",
          "Reads that an organization leads an initiative or event whose name opens with the organization's acronym or name,"
              + " when the same sentence names that organization.");

  /**
   * A generic name owned by an organization ("RSNA's Annual Meeting", "the Annual Meeting of the
   * Society").
   */
  public static final ReadingMethod OWNED_NAME =
      new ReadingMethod(
          "owned-name",
          "Owner of a generic name",
          "Reads that an organization leads an event or initiative with a generic name (\"Annual Meeting\", \"Strategic Plan\")"
              + " that the text gives to it, or whose name opens with the organization's acronym or name.");

  /**
   * An edition named beside its series in one article ("AOCR 2018" and "the AOCR"): the edition is
   * part of the series.
   */
  public static final ReadingMethod EDITION_OF_SERIES =
      new ReadingMethod(
          "edition-of-series",
          "Edition of a named series",
          "Reads that a dated edition of an event (\"AOCR 2018\") is part of its series when the same article names the series too.");

  /**
   * A symposium, session or lecture named in an article about one congress edition is part of that
   * edition.
   */
  public static final ReadingMethod SESSION_OF_CONGRESS =
      new ReadingMethod(
          "session-of-congress",
          "Session of the article's congress",
          "Reads that a named symposium, session, workshop or lecture is part of the congress edition the article is about"
              + " (the one it names most), when it is named after that edition.");

  /**
   * An organization giving a session or a speaker of the programme of the event its article is
   * about takes part in it.
   */
  public static final ReadingMethod ARTICLE_EVENT_PROGRAMME =
      new ReadingMethod(
          "article-event-programme",
          "Programme of the article's event",
          "Reads that an organization takes part in the event an article names most when a sentence naming no other event"
              + " or initiative gives it a session, a workshop, a talk or a speaker of the programme.");

  /** The method of the named relation rule {@code name} (see {@link RelationRules}). */
  public static ReadingMethod rule(String name) {
    return new ReadingMethod(
        "rule-" + slugOf(name),
        "Rule " + name,
        "The hand-written relation rule '"
            + name
            + "': a pattern over the sentence with its names masked.");
  }

  /** The method of the trained relation model of version {@code version}. */
  public static ReadingMethod model(String version) {
    return new ReadingMethod(
        "model-" + slugOf(version),
        "Relation model " + version,
        "The trained relation classifier (version "
            + version
            + ") reading pairs of names the rules left unread.");
  }

  private static String slugOf(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
