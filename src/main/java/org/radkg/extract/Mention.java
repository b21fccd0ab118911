package org.radkg.extract;

/**
 * An occurrence of an entity in a source text.
 *
 * @param entity the entity
 * @param begin char offset of the first character in the source document
 * @param end char offset one past the last character
 */
public record Mention(Entity entity, int begin, int end) {}
