package org.radkg.extract;

/** Receives every relation candidate the extractor considers, for training the relation model. */
@FunctionalInterface
public interface CandidateSink {
  /**
   * Called once per candidate, in sentence and slot order, from the thread that extracts the
   * article.
   */
  void accept(RelationCandidate candidate);
}
