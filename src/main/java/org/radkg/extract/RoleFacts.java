package org.radkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The affiliations and job titles the role readings find in one masked sentence, gathered in the
 * order they are read (a later reading may replace an earlier one's titles), each with the
 * sentence's evidence.
 */
final class RoleFacts {
  private final MaskedSentence sentence;
  private final Evidence evidence;
  private final List<Relation> out = new ArrayList<>();

  RoleFacts(MaskedSentence sentence, Evidence evidence) {
    this.sentence = sentence;
    this.evidence = evidence;
  }

  MaskedSentence sentence() {
    return sentence;
  }

  Evidence evidence() {
    return evidence;
  }

  /** The relations read so far, in reading order; readings edit it in place. */
  List<Relation> relations() {
    return out;
  }

  /** The entity of the slot a pattern group's digits number. */
  Entity slot(String index) {
    return sentence.slot(Integer.parseInt(index)).entity();
  }

  void affiliation(Entity person, Entity organization) {
    out.add(new Relation(person, Predicate.AFFILIATION, organization, evidence));
  }

  /** {@code person} is of the organization in slot {@code organization}. */
  void affiliation(Entity person, String organization) {
    affiliation(person, slot(organization));
  }

  /** {@code title} exactly as given: the caller has cleaned it. */
  void title(Entity person, String title) {
    out.add(new Relation(person, Predicate.JOB_TITLE, LiteralValue.english(title), evidence));
  }

  /**
   * For every match of {@code p} in the sentence: the person of group {@code person} is of the
   * organization of group {@code organization}.
   */
  void affiliations(Pattern p, int person, int organization) {
    Matcher m = p.matcher(sentence.masked());
    while (m.find()) {
      affiliation(slot(m.group(person)), m.group(organization));
    }
  }

  /**
   * For every match of {@code p} in the sentence: the person of its "person" group holds the title
   * its "role" group states, cleaned.
   */
  void titles(Pattern p) {
    Matcher m = p.matcher(sentence.masked());
    while (m.find()) {
      title(slot(m.group("person")), RoleTitles.clean(m.group("role")));
    }
  }

  /**
   * The title a match's "role" group states, and the organization of its "org" group when there is
   * one, for the person of its "person" group.
   */
  void roleAs(Matcher m) {
    roleAs(slot(m.group("person")), m);
  }

  /** As {@link #roleAs(Matcher)}, for {@code person}. */
  void roleAs(Entity person, Matcher m) {
    title(person, RoleTitles.clean(sentence.unmask(m.start("role"), m.end("role"))));
    if (m.group("org") != null) {
      affiliation(person, m.group("org"));
    }
  }
}
