package org.radkg.extract;

import java.util.List;

/**
 * An ordered pair of slots of one masked sentence that some predicate of the vocabulary could join,
 * with the features the relation model reads and the rules' verdict for the pair.
 *
 * @param sentence the masked sentence both slots belong to
 * @param subject the would-be subject
 * @param object the would-be object
 * @param features the model's contextual predicates, in a fixed order
 * @param ruleRead true when a rule already read a relation between the two, either way round
 */
public record RelationCandidate(
    MaskedSentence sentence, Slot subject, Slot object, List<String> features, boolean ruleRead) {

  /** The subject's entity. */
  public Entity subjectEntity() {
    return subject.entity();
  }

  /** The object as a term: its entity, or its date's literal. */
  public Term objectTerm() {
    return object.date() != null ? object.date().literal() : object.entity();
  }
}
