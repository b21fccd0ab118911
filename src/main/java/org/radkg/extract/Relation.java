package org.radkg.extract;

/**
 * One asserted fact with the sentence that states it and the method that read it.
 *
 * @param subject the subject entity
 * @param predicate the relation
 * @param object an entity or a literal
 * @param evidence the supporting sentence
 * @param method how the fact was read (a rule, the person-role reader, a model version)
 */
public record Relation(
    Entity subject, Predicate predicate, Term object, Evidence evidence, ReadingMethod method) {
  /**
   * A fact read by a sentence pattern that names no method of its own ({@link
   * ReadingMethod#SENTENCE_PATTERN}).
   */
  public Relation(Entity subject, Predicate predicate, Term object, Evidence evidence) {
    this(subject, predicate, object, evidence, ReadingMethod.SENTENCE_PATTERN);
  }

  /** The subjects of the facts among {@code facts} that state {@code predicate}, in order. */
  static java.util.Set<Entity> subjectsOf(java.util.List<Relation> facts, Predicate predicate) {
    java.util.Set<Entity> out = new java.util.LinkedHashSet<>();
    for (Relation r : facts) {
      if (r.predicate() == predicate) {
        out.add(r.subject());
      }
    }
    return out;
  }

  /** This fact credited to {@code other} when it names no method of its own. */
  Relation orMethod(ReadingMethod other) {
    return method.equals(ReadingMethod.SENTENCE_PATTERN)
        ? new Relation(subject, predicate, object, evidence, other)
        : this;
  }
}
