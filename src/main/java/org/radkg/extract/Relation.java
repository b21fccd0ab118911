package org.radkg.extract;

/**
 * One asserted fact with the sentence that states it.
 *
 * @param subject the subject entity
 * @param predicate the relation
 * @param object an entity or a literal
 * @param evidence the supporting sentence
 */
public record Relation(Entity subject, Predicate predicate, Term object, Evidence evidence) {}
