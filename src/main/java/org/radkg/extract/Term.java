package org.radkg.extract;

/** The object of a relation: an entity or a literal value. */
public sealed interface Term permits Entity, LiteralValue {}
