package org.radkg.learn;

import java.util.List;

/**
 * A relation candidate with the outcome gold alignment gave it.
 *
 * @param article the gold article key it comes from (the cross-validation unit)
 * @param fact a key naming the fact the candidate would assert (subject, predicate-free object),
 *     for de-duplication
 * @param features the model's contextual predicates
 * @param label the gold predicate's local name, or "none"
 * @param ruleVerdict what the rules read between the pair ("none", "fwd-memberOf", ...)
 */
public record LabeledCandidate(
    String article, String fact, List<String> features, String label, String ruleVerdict) {

  /** True when the rules already read something between the pair. */
  public boolean ruleRead() {
    return !ruleVerdict.equals("none");
  }
}
